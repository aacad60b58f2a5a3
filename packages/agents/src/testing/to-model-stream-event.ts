import {
  toInputItems,
  type AgentOutputItem,
  type ModelResponse,
  type ModelStreamEvent,
  type UsageData,
} from '@baton/core';

/**
 * A scripted stream event as Baton's `ModelStreamEvent`. Baton events pass as they are; the Agents SDK's
 * `response_done` (whose response has `id` and protocol-shaped output) becomes Baton's.
 * @internal
 */
export function toModelStreamEvent(
  event: ModelStreamEvent | Record<string, unknown>,
): ModelStreamEvent {
  if (event.type !== 'response_done') return event as ModelStreamEvent;
  const response = (event as { response?: Record<string, unknown> }).response;
  if (!response || 'responseId' in response) return event as ModelStreamEvent;
  const { id, output, usage, providerData } = response as {
    id?: string;
    output?: unknown[];
    usage?: Partial<UsageData>;
    providerData?: Record<string, unknown>;
  };
  const converted: ModelResponse = {
    output: toInputItems((output ?? []) as never) as AgentOutputItem[],
    usage: {
      ...usage,
      inputTokens: usage?.inputTokens ?? 0,
      outputTokens: usage?.outputTokens ?? 0,
      totalTokens: usage?.totalTokens ?? 0,
    },
  };
  if (id !== undefined) converted.responseId = id;
  if (providerData !== undefined) converted.providerData = providerData;
  return { type: 'response_done', response: converted };
}
