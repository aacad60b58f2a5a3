import type { Prompt } from '@baton/core';
import { compact } from '../compact.js';

/**
 * @internal An agent's prompt template as the Responses API's `prompt` field: `{ id, version, variables }`. Image
 * variables get the `detail` the API requires (its default, `auto`) when they leave it out.
 */
export function toResponsesPrompt(prompt: Prompt): Record<string, unknown> {
  const variables =
    prompt.variables === undefined
      ? undefined
      : Object.fromEntries(
          Object.entries(prompt.variables).map(([name, value]) => [
            name,
            typeof value === 'object' &&
            value.type === 'input_image' &&
            value.detail === undefined
              ? { ...value, detail: 'auto' }
              : value,
          ]),
        );
  return compact({ id: prompt.promptId, version: prompt.version, variables });
}
