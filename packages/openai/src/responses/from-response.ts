import type { AgentOutputItem, ModelResponse, UsageData } from '@baton/core';
import { numericFields } from '../numeric-fields.js';
import { streamedModelError } from '../to-model-error.js';

/** @internal The fields of a Responses API `Response` object this module reads; everything else is ignored. */
export interface ResponseLike {
  id?: string;
  status?: string | null;
  output?: unknown[] | null;
  usage?: ResponsesUsageLike | null;
  error?: { code?: string | null; message?: string } | null;
  incomplete_details?: unknown;
}

/** @internal The Responses API `usage` object; recordings omit detail fields at times, so all are optional. */
export interface ResponsesUsageLike {
  input_tokens?: number;
  output_tokens?: number;
  total_tokens?: number;
  input_tokens_details?: Record<string, unknown> | null;
  output_tokens_details?: Record<string, unknown> | null;
}

/**
 * @internal Turns a Responses API `Response` into a {@link ModelResponse}: output items as they are, usage in
 * Baton's shape, the response id. A `failed` response becomes a `ModelRequestError`.
 */
export function toModelResponse(response: ResponseLike): ModelResponse {
  if (response.status === 'failed') {
    throw streamedModelError({
      code: response.error?.code,
      message: response.error?.message ?? 'the response failed',
      raw: response,
    });
  }
  const result: ModelResponse = {
    output: (response.output ?? []) as AgentOutputItem[],
    usage: toUsageData(response.usage),
  };
  if (response.id) result.responseId = response.id;
  if (response.status && response.status !== 'completed') {
    result.providerData = {
      status: response.status,
      incomplete_details: response.incomplete_details ?? null,
    };
  }
  return result;
}

/** @internal Maps Responses API usage; `null` (as in early stream events) counts as zero tokens. */
export function toUsageData(
  usage: ResponsesUsageLike | null | undefined,
): UsageData {
  const inputTokens = usage?.input_tokens ?? 0;
  const outputTokens = usage?.output_tokens ?? 0;
  const data: UsageData = {
    requests: 1,
    inputTokens,
    outputTokens,
    totalTokens: usage?.total_tokens ?? inputTokens + outputTokens,
  };
  const inputDetails = numericFields(usage?.input_tokens_details);
  const outputDetails = numericFields(usage?.output_tokens_details);
  if (inputDetails) data.inputTokensDetails = inputDetails;
  if (outputDetails) data.outputTokensDetails = outputDetails;
  return data;
}
