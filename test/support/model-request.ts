import type { ModelRequest } from '@baton/core';

/** A model request saying "Hello" with no tools, default settings and text output; `overrides` replace fields. */
export function modelRequest(
  overrides: Partial<ModelRequest> = {},
): ModelRequest {
  return {
    input: [{ role: 'user', content: 'Hello' }],
    modelSettings: {},
    tools: [],
    outputFormat: { type: 'text' },
    ...overrides,
  };
}
