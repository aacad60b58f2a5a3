import type { AgentOutputItem } from '@baton/core';
import { estimateTokens, generatedText } from '../estimate-tokens.js';
import type { EmulatorUsage } from '../emulator-reply.js';

/** Chat Completions usage, estimated from characters like the Responses endpoint's. @internal */
export function chatUsage(
  body: Record<string, unknown>,
  output: AgentOutputItem[],
  scripted?: EmulatorUsage,
) {
  const promptTokens =
    scripted?.inputTokens ??
    estimateTokens(JSON.stringify([body.messages ?? [], body.tools ?? []]));
  const completionTokens =
    scripted?.outputTokens ??
    estimateTokens(output.map((item) => generatedText(item)).join(''));
  return {
    prompt_tokens: promptTokens,
    completion_tokens: completionTokens,
    total_tokens: promptTokens + completionTokens,
    prompt_tokens_details: {
      cached_tokens: scripted?.cachedTokens ?? 0,
      audio_tokens: 0,
    },
    completion_tokens_details: {
      reasoning_tokens: scripted?.reasoningTokens ?? 0,
      audio_tokens: 0,
      accepted_prediction_tokens: 0,
      rejected_prediction_tokens: 0,
    },
  };
}
