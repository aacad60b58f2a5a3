import type {
  ResponseSpanData,
  ResponseSpanUsage,
  SpanError,
} from '@baton/tracing';
import type { UsageData } from '../context/usage.js';
import type { ModelResponse } from '../model/model.js';

/** A model call's usage as a response span records it (snake_case, cached and reasoning tokens when known). @internal */
export function tracedUsage(usage: UsageData): ResponseSpanUsage {
  const traced: ResponseSpanUsage = {
    input_tokens: usage.inputTokens,
    output_tokens: usage.outputTokens,
    total_tokens: usage.totalTokens,
  };
  const cached = usage.inputTokensDetails?.cached_tokens;
  if (cached !== undefined) traced.cached_input_tokens = cached;
  const reasoning = usage.outputTokensDetails?.reasoning_tokens;
  if (reasoning !== undefined) traced.reasoning_tokens = reasoning;
  return traced;
}

/** The response as a response span keeps it when the run includes sensitive data: its id and output items. @internal */
export function tracedResponse(
  response: ModelResponse,
): NonNullable<ResponseSpanData['_response']> {
  return {
    ...(response.responseId && { id: response.responseId }),
    output: response.output,
  };
}

/** A span's error for a thrown value: its message (the run's own errors say what to do next). @internal */
export function spanErrorOf(error: unknown): SpanError {
  return {
    message: error instanceof Error ? error.message : String(error),
  };
}
