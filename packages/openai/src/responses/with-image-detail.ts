import type { AgentInputItem } from '@baton/core';

/**
 * @internal The Responses API schema requires `detail` on every `input_image`, while users (and the `@openai/agents`
 * shapes they port) often leave it out. Fills in the API's own default, `auto`, copying only the messages that
 * need it; the common case returns the input array itself.
 */
export function withImageDetail(input: AgentInputItem[]): AgentInputItem[] {
  let copy: AgentInputItem[] | undefined;
  for (let index = 0; index < input.length; index++) {
    const item = input[index]!;
    const content = (item as { content?: unknown }).content;
    if (!Array.isArray(content) || !content.some(needsDetail)) continue;
    copy ??= [...input];
    copy[index] = {
      ...item,
      content: content.map((part: unknown) =>
        needsDetail(part) ? { ...(part as object), detail: 'auto' } : part,
      ),
    } as AgentInputItem;
  }
  return copy ?? input;
}

function needsDetail(part: unknown): boolean {
  return (
    typeof part === 'object' &&
    part !== null &&
    (part as { type?: unknown }).type === 'input_image' &&
    (part as { detail?: unknown }).detail === undefined
  );
}
