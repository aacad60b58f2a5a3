import { fromProtocolItem } from './from-protocol-item.js';
import type {
  AgentInputItem,
  AssistantMessageItem,
  InputContent,
  InputMessageItem,
  OutputContent,
} from './items.js';

function withOptions(
  item: Record<string, unknown>,
  options: Record<string, unknown> | undefined,
): AgentInputItem {
  // Options are extra wire fields, spelled as the SDK's `providerData` (camelCase is turned into snake_case).
  return fromProtocolItem(
    (options === undefined
      ? item
      : { ...item, providerData: options }) as AgentInputItem,
  );
}

/**
 * A user message item, as the Agents SDK's `user()` builds it, in Baton's canonical shape.
 *
 * @param input the text, or content parts (SDK-shaped parts such as `{ type: 'input_image', image }` are converted).
 * @param options extra fields for the item, passed to the model as they are.
 * @example
 * await run(agent, [user('What is on this picture?'), user([{ type: 'input_image', image_url: url }])]);
 */
export function user(
  input: string | InputContent[],
  options?: Record<string, unknown>,
): InputMessageItem {
  return withOptions(
    {
      type: 'message',
      role: 'user',
      content:
        typeof input === 'string'
          ? [{ type: 'input_text', text: input }]
          : input,
    },
    options,
  ) as InputMessageItem;
}

/**
 * A system message item, as the Agents SDK's `system()` builds it.
 *
 * @param input the system prompt.
 * @param options extra fields for the item, passed to the model as they are.
 */
export function system(
  input: string,
  options?: Record<string, unknown>,
): InputMessageItem {
  return withOptions(
    { type: 'message', role: 'system', content: input },
    options,
  ) as InputMessageItem;
}

/**
 * A completed assistant message item (for few-shot examples or replayed history), as the Agents SDK's
 * `assistant()` builds it.
 *
 * @param content the reply text, or output content parts.
 * @param options extra fields for the item, passed to the model as they are.
 */
export function assistant(
  content: string | OutputContent[],
  options?: Record<string, unknown>,
): AssistantMessageItem {
  return withOptions(
    {
      type: 'message',
      role: 'assistant',
      content:
        typeof content === 'string'
          ? [{ type: 'output_text', text: content, annotations: [] }]
          : content,
      status: 'completed',
    },
    options,
  ) as AssistantMessageItem;
}
