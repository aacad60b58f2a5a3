import OpenAI from 'openai';
import { Runner, type RunConfig } from '@baton/core';
import { OpenAIProvider } from '@baton/openai';
import {
  startEmulator,
  type Emulator,
  type EmulatorOptions,
} from '@baton/testing';

/** An emulator, a real `openai` client pointed at it over HTTP, and a Runner using that client. */
export interface WireSetup {
  emulator: Emulator;
  client: OpenAI;
  runner: Runner;
  close(): Promise<void>;
}

/** Starts the emulator and wires Baton to it through the real `openai` client (short retry delays for tests). */
export async function startWire(
  options: EmulatorOptions & {
    runConfig?: RunConfig;
    maxRetries?: number;
    baseURL?: (url: string) => string;
  } = {},
): Promise<WireSetup> {
  const emulator = await startEmulator(options);
  const client = new OpenAI({
    baseURL: options.baseURL ? options.baseURL(emulator.url) : emulator.url,
    apiKey: 'test-key',
    maxRetries: options.maxRetries ?? 2,
  });
  const runner = new Runner({
    modelProvider: new OpenAIProvider({ openAIClient: client }),
    model: 'gpt-4.1-mini',
    ...options.runConfig,
  });
  return { emulator, client, runner, close: () => emulator.close() };
}

/** The request bodies the emulator received on `POST /v1/responses`. */
export function responsesBodies(
  emulator: Emulator,
): Array<Record<string, unknown>> {
  return emulator.requests
    .filter((request) => request.path === '/v1/responses')
    .map((request) => request.body as Record<string, unknown>);
}
