import type OpenAI from 'openai';
import { afterEach, beforeEach } from 'vitest';
import {
  startEmulator,
  type Emulator,
} from '../../src/emulator/start-emulator.js';
import { emulatorClient } from './emulator-client.js';

/** The emulator and client of the test that is running; both are replaced before each test. */
export interface EmulatorPerTest {
  /** A fresh emulator with empty queues and request record. */
  readonly emulator: Emulator;
  /** An `openai` client pointed at it, without retries. */
  readonly client: OpenAI;
}

/**
 * Gives every test of the calling file its own emulator and client: started in `beforeEach`, closed in
 * `afterEach`. Read them through the returned object, since the values change from test to test.
 */
export function emulatorPerTest(): EmulatorPerTest {
  let current: { emulator: Emulator; client: OpenAI } | undefined;
  beforeEach(async () => {
    const emulator = await startEmulator();
    current = { emulator, client: emulatorClient(emulator) };
  });
  afterEach(async () => {
    await current?.emulator.close();
    current = undefined;
  });
  const started = () => {
    if (!current) throw new Error('emulatorPerTest: read it inside a test');
    return current;
  };
  return {
    get emulator() {
      return started().emulator;
    },
    get client() {
      return started().client;
    },
  };
}
