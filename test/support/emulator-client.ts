import OpenAI from 'openai';
import type { Emulator } from '@baton/testing';

/** Options of {@link emulatorClient}. */
export interface EmulatorClientOptions {
  /** How often the client retries a failed request. Default 0, so a fault reaches the test at once. */
  maxRetries?: number;
  /** Where to send requests instead of the emulator's URL, such as a relay in front of it. */
  baseURL?: string;
}

/** A real `openai` client talking to the emulator over HTTP, as an application would build one. */
export function emulatorClient(
  emulator: Emulator,
  options: EmulatorClientOptions = {},
): OpenAI {
  return new OpenAI({
    apiKey: 'test-key',
    baseURL: options.baseURL ?? emulator.url,
    maxRetries: options.maxRetries ?? 0,
  });
}
