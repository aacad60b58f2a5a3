import type OpenAI from 'openai';
import { afterEach } from 'vitest';
import { Runner, type RunConfig } from '@baton/core';
import { OpenAIProvider } from '@baton/openai';
import {
  startEmulator,
  type Emulator,
  type EmulatorOptions,
} from '@baton/testing';
import { emulatorClient } from './emulator-client.js';

/** An emulator, a real `openai` client pointed at it over HTTP, and a Runner using that client. */
export interface WireSetup {
  emulator: Emulator;
  client: OpenAI;
  runner: Runner;
  close(): Promise<void>;
}

/** Options of {@link startWire}: the emulator's, plus how Baton is wired to it. */
export type WireOptions = EmulatorOptions & {
  /** Settings of the Runner, over the defaults (model `gpt-4.1-mini`, the `openai` client below). */
  runConfig?: RunConfig;
  /** How often the client retries. Default 2. */
  maxRetries?: number;
  /** Turns the emulator's URL into the one the client calls, such as a relay in front of it. */
  baseURL?: (url: string) => string;
};

/** Starts the emulator and wires Baton to it through the real `openai` client (short retry delays for tests). */
export async function startWire(options: WireOptions = {}): Promise<WireSetup> {
  const emulator = await startEmulator(options);
  const client = emulatorClient(emulator, {
    baseURL: options.baseURL?.(emulator.url),
    maxRetries: options.maxRetries ?? 2,
  });
  const runner = new Runner({
    modelProvider: new OpenAIProvider({ openAIClient: client }),
    model: 'gpt-4.1-mini',
    ...options.runConfig,
  });
  return { emulator, client, runner, close: () => emulator.close() };
}

/**
 * Registers an `afterEach` that closes the wires its test started, and returns the function that starts them, so a
 * test file needs no bookkeeping of its own.
 */
export function wirePerTest(): (options?: WireOptions) => Promise<WireSetup> {
  const open: WireSetup[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((wire) => wire.close()));
  });
  return async (options) => {
    const wire = await startWire(options);
    open.push(wire);
    return wire;
  };
}

/** The request bodies the emulator received on `POST /v1/responses`. */
export function responsesBodies(
  emulator: Emulator,
): Array<Record<string, unknown>> {
  return emulator.requests
    .filter((request) => request.path === '/v1/responses')
    .map((request) => request.body as Record<string, unknown>);
}
