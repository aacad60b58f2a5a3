import type OpenAI from 'openai';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startEmulator, type Emulator } from '@baton/testing';
import { emulatorClient } from './emulator-client.js';

/** The emulator and the model under test that talks to it. */
export interface EmulatedModel<TModel> {
  /** Started once for the calling file or `describe` block; its queues and record are emptied before each test. */
  readonly emulator: Emulator;
  /** Built once, on a client without retries pointed at the emulator. */
  readonly model: TModel;
}

/**
 * Registers the hooks that give the calling file (or `describe` block) one emulator and one model on top of it,
 * reset before each test and closed after the last. Read both through the returned object once tests run.
 */
export function emulatedModel<TModel>(
  createModel: (client: OpenAI) => TModel,
): EmulatedModel<TModel> {
  let started: { emulator: Emulator; model: TModel } | undefined;
  beforeAll(async () => {
    const emulator = await startEmulator();
    started = { emulator, model: createModel(emulatorClient(emulator)) };
  });
  afterAll(() => started?.emulator.close());
  beforeEach(() => {
    started?.emulator.reset();
  });
  const current = () => {
    if (!started) throw new Error('emulatedModel: read it inside a test');
    return started;
  };
  return {
    get emulator() {
      return current().emulator;
    },
    get model() {
      return current().model;
    },
  };
}
