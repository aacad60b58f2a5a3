import type { ModelProvider } from './model.js';

let defaultProvider: ModelProvider | undefined;

/**
 * Sets the provider used when neither the runner nor the agent names one. `@baton/agents` sets the OpenAI
 * provider on import; with `@baton/core` alone, set one yourself or give runners a `modelProvider`.
 */
export function setDefaultModelProvider(
  provider: ModelProvider | undefined,
): void {
  defaultProvider = provider;
}

/** The provider set by {@link setDefaultModelProvider}, if any. */
export function getDefaultModelProvider(): ModelProvider | undefined {
  return defaultProvider;
}
