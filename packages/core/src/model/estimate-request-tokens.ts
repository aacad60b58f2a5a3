import type { ModelRequest } from './model.js';

/**
 * A cheap estimate of a request's tokens before it is sent: one token per four characters of its instructions,
 * input items and tool definitions as JSON (`input`), and the `maxTokens` setting when set (`output`, else 0).
 * Rate limits and budgets use it; the response's usage then replaces it.
 * @internal
 */
export function estimateRequestTokens(
  request: Pick<ModelRequest, 'systemInstructions' | 'input' | 'tools'> & {
    modelSettings: { maxTokens?: number };
  },
): { input: number; output: number } {
  const text = JSON.stringify([
    request.systemInstructions ?? '',
    request.input,
    request.tools,
  ]);
  return {
    input: Math.ceil(text.length / 4),
    output: request.modelSettings.maxTokens ?? 0,
  };
}
