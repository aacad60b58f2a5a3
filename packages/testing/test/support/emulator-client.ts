import OpenAI from 'openai';
import type { Emulator } from '../../src/emulator/start-emulator.js';

/** Options of {@link emulatorClient}. */
export interface EmulatorClientOptions {
  /** How often the client retries a failed request. Default 0, so a fault reaches the test at once. */
  maxRetries?: number;
}

/** A real `openai` client pointed at the emulator over HTTP, as an application would build one. */
export function emulatorClient(
  emulator: Emulator,
  options: EmulatorClientOptions = {},
): OpenAI {
  return new OpenAI({
    baseURL: emulator.url,
    apiKey: 'test',
    maxRetries: options.maxRetries ?? 0,
  });
}
