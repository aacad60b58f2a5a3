import type OpenAI from 'openai';

/** The model a provider uses when `getModel()` is called without a name and `OPENAI_DEFAULT_MODEL` is not set. */
export const DEFAULT_OPENAI_MODEL = 'gpt-4.1';

/** Which OpenAI API a provider's models talk to. */
export type OpenAIAPI = 'responses' | 'chat_completions';

// Module-wide defaults, read by providers that were not given explicit options. Every change bumps the version,
// so a provider that already made its client makes a new one on its next call instead of keeping a stale one.
let defaultClient: OpenAI | undefined;
let defaultKey: string | undefined;
let defaultAPI: OpenAIAPI = 'responses';
let defaultsVersion = 0;

/**
 * Sets the `openai` client that providers use when they are given no client, key or endpoint of their own.
 * @example
 * setDefaultOpenAIClient(new OpenAI({ baseURL: 'http://localhost:11434/v1', apiKey: 'ollama' }));
 */
export function setDefaultOpenAIClient(client: OpenAI): void {
  defaultClient = client;
  defaultsVersion += 1;
}

/** Sets the API key providers use when they are given none; it takes precedence over `OPENAI_API_KEY`. */
export function setDefaultOpenAIKey(key: string): void {
  defaultKey = key;
  defaultsVersion += 1;
}

/** Chooses the API that providers without a `useResponses` option talk to (`'responses'` unless changed). */
export function setOpenAIAPI(api: OpenAIAPI): void {
  defaultAPI = api;
}

/** @internal The client set by {@link setDefaultOpenAIClient}, if any. */
export function getDefaultOpenAIClient(): OpenAI | undefined {
  return defaultClient;
}

/** @internal The key set by {@link setDefaultOpenAIKey}, if any. */
export function getDefaultOpenAIKey(): string | undefined {
  return defaultKey;
}

/** @internal The API set by {@link setOpenAIAPI}. */
export function getOpenAIAPI(): OpenAIAPI {
  return defaultAPI;
}

/** @internal Changes whenever a default client or key is set. */
export function getDefaultsVersion(): number {
  return defaultsVersion;
}
