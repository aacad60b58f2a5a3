import type { AgentOutputItem } from '@baton/core';
import { estimateTokens, generatedText } from '../estimate-tokens.js';

/** Chat Completions usage, estimated from characters like the Responses endpoint's. @internal */
export function chatUsage(
  body: Record<string, unknown>,
  output: AgentOutputItem[],
) {
  const promptTokens = estimateTokens(
    JSON.stringify([body.messages ?? [], body.tools ?? []]),
  );
  const completionTokens = estimateTokens(
    output.map((item) => generatedText(item)).join(''),
  );
  return {
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: promptTokens + completionTokens,
    prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
    completion_tokens_details: {
      reasoning_tokens: 0,
      audio_tokens: 0,
      accepted_prediction_tokens: 0,
      rejected_prediction_tokens: 0,
    },
  };
}
