/** The JSON error body the OpenAI API sends with a non-2xx status. */
export interface OpenAIErrorBody {
  error: {
    message: string;
    type: string;
    param: string | null;
    code: string | null;
  };
}

/**
 * An error body in the OpenAI API's shape; `code` defaults to `type` as it does for server errors.
 * @internal
 */
export function openAIErrorBody(
  type: string,
  message: string,
  code: string | null = type,
): OpenAIErrorBody {
  return { error: { message, type, param: null, code } };
}
