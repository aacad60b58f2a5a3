import type { UsageData } from '@baton/core';
import { numericFields } from '../numeric-fields.js';

/** @internal The Chat Completions `usage` object; compatible servers add fields of their own, which are ignored. */
export interface ChatUsageLike {
  prompt_tokens?: number;
  completion_tokens?: number;
  total_tokens?: number;
  prompt_tokens_details?: Record<string, unknown> | null;
  completion_tokens_details?: Record<string, unknown> | null;
}

/**
 * @internal Maps Chat Completions usage to Baton's: prompt → input, completion → output, with the detail objects
 * (`cached_tokens`, `reasoning_tokens`, ...) kept under their wire names. No usage counts as zero tokens.
 */
export function toChatUsage(
  usage: ChatUsageLike | null | undefined,
): UsageData {
  const inputTokens = usage?.prompt_tokens ?? 0;
  const outputTokens = usage?.completion_tokens ?? 0;
  const data: UsageData = {
    requests: 1,
    inputTokens,
    outputTokens,
    totalTokens: usage?.total_tokens ?? inputTokens + outputTokens,
  };
  const inputDetails = numericFields(usage?.prompt_tokens_details);
  const outputDetails = numericFields(usage?.completion_tokens_details);
  if (inputDetails) data.inputTokensDetails = inputDetails;
  if (outputDetails) data.outputTokensDetails = outputDetails;
  return data;
}
