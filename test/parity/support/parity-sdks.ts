import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe } from 'vitest';
import { startEmulator, type Emulator } from '@baton/testing';

/**
 * The API a parity snippet is written against: the `@openai/agents` one, since the promise under test is that
 * code written for it runs unchanged on Baton.
 */
export type Sdk = typeof import('@openai/agents');

/** The packages every parity test runs on. */
export const SDK_NAMES = ['@openai/agents', '@baton/agents'] as const;

/** One of {@link SDK_NAMES}. */
export type SdkName = (typeof SDK_NAMES)[number];

/** What a parity test gets: the SDK module, already pointed at the emulator, and the emulator itself. */
export interface ParityContext {
  /** Which package `sdk` is. */
  name: SdkName;
  /** The SDK module, its default OpenAI client on the emulator. */
  sdk: Sdk;
  /** The emulator both SDKs talk to; reset before every test. */
  emulator: Emulator;
}

type OpenAIClass = new (options: {
  baseURL: string;
  apiKey: string;
  maxRetries: number;
}) => unknown;

const require = createRequire(import.meta.url);

/**
 * The `openai` class each SDK expects. `@openai/agents` brings its own major version nested under its
 * packages; Baton takes the application's `openai`, the one this workspace resolves.
 */
async function openAIClassFor(name: SdkName): Promise<OpenAIClass> {
  if (name === '@baton/agents') return (await import('openai')).default;
  const fromAgentsOpenAI = createRequire(
    require.resolve('@openai/agents-openai'),
  );
  // `require` resolves the CommonJS entry; the SDK imports the ESM one beside it, whose classes must match.
  const root = dirname(fromAgentsOpenAI.resolve('openai'));
  const module = (await import(
    pathToFileURL(join(root, 'index.mjs')).href
  )) as {
    default: OpenAIClass;
  };
  return module.default;
}

async function loadSdk(name: SdkName): Promise<Sdk> {
  if (name === '@openai/agents') {
    const sdk = await import('@openai/agents');
    // Its trace exporter would otherwise post to the real API at the end of each run.
    sdk.setTracingDisabled(true);
    return sdk;
  }
  return (await import('@baton/agents')) as unknown as Sdk;
}

// One emulator per test file, shared by both SDKs: `@openai/agents` keeps the first default client it is given,
// so every block of the file must talk to the same address. The hook below is registered on the file's root suite
// because this module is evaluated while the file is collected.
let sharedEmulator: Promise<Emulator> | undefined;
afterAll(async () => {
  await (await sharedEmulator)?.close();
});

/**
 * Declares the same tests once per SDK (`<title> (@openai/agents)` and `<title> (@baton/agents)`). Before every
 * test the file's emulator is reset and the SDK's default client is a fresh `openai` client on it, so scripted
 * replies give both SDKs the same model behaviour.
 */
export function describeParity(
  title: string,
  declare: (context: () => ParityContext) => void,
): void {
  describe.each(SDK_NAMES)(`${title} (%s)`, (name) => {
    let emulator: Emulator;
    let sdk: Sdk;
    let OpenAI: OpenAIClass;
    beforeAll(async () => {
      sharedEmulator ??= startEmulator();
      [sdk, OpenAI, emulator] = await Promise.all([
        loadSdk(name),
        openAIClassFor(name),
        sharedEmulator,
      ]);
    });
    beforeEach(() => {
      emulator.reset();
      const client = new OpenAI({
        baseURL: emulator.url,
        apiKey: 'test-key',
        maxRetries: 0,
      });
      sdk.setDefaultOpenAIClient(
        client as Parameters<Sdk['setDefaultOpenAIClient']>[0],
      );
    });
    declare(() => ({ name, sdk, emulator }));
  });
}
