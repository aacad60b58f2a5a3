import { OpenAIProvider, Runner } from '@baton/agents';
import { startEmulator, type Emulator } from '@baton/testing';

/** The model the examples call on OpenAI unless `BATON_MODEL` names another. */
export const EXAMPLE_MODEL = 'gpt-4.1-mini';

/** Where an example's requests go, and how to run agents there. */
export interface Connection {
  /** Runs agents against OpenAI, or against the local emulator when there is no API key. */
  readonly runner: Runner;
  /** The emulator, when running offline: script it to shape the next replies. Undefined on OpenAI. */
  readonly emulator: Emulator | undefined;
  /** One line saying where requests go; every example prints it first. */
  readonly banner: string;
  /** Stops the emulator, if one was started. Call it once the example is done. */
  close(): Promise<void>;
}

/** Options of {@link connect}. */
export interface ConnectOptions {
  /** Where to read `OPENAI_API_KEY` and `BATON_MODEL` from. Default `process.env`. */
  env?: Record<string, string | undefined>;
  /**
   * Offline only: how long the emulator makes the examples' model (`gpt-4.1-mini`) wait before answering, so a
   * small model beside it (a guardrail's) answers first, as it would on OpenAI. Default 0.
   */
  modelLatencyMs?: number;
  /** Offline only: the emulator's pause between stream chunks, in milliseconds, so parallel streams interleave. */
  chunkDelayMs?: number;
}

/**
 * Connects an example to OpenAI when `OPENAI_API_KEY` is set, and otherwise starts the Baton emulator in-process
 * so every example runs offline, with no account.
 *
 * The runner gets its own provider rather than changing Baton's defaults, so several examples can run one after
 * another in the same process (as the tests do), each against its own emulator.
 */
export async function connect(
  options: ConnectOptions = {},
): Promise<Connection> {
  const env = options.env ?? process.env;
  const model = env.BATON_MODEL || EXAMPLE_MODEL;
  const apiKey = env.OPENAI_API_KEY;
  if (apiKey) {
    return {
      runner: new Runner({
        model,
        modelProvider: new OpenAIProvider({ apiKey }),
      }),
      emulator: undefined,
      banner: `OPENAI_API_KEY is set: calling OpenAI with model ${model} (set BATON_MODEL to use another).`,
      close: async () => {},
    };
  }
  const emulator = await startEmulator({
    modelLatencyMs: options.modelLatencyMs
      ? { [model]: options.modelLatencyMs }
      : undefined,
    chunkDelayMs: options.chunkDelayMs,
  });
  // The emulator accepts any key; the client insists on having one.
  const modelProvider = new OpenAIProvider({
    baseURL: emulator.url,
    apiKey: 'emulator',
  });
  return {
    runner: new Runner({ model, modelProvider }),
    emulator,
    banner:
      `No OPENAI_API_KEY set: running on the local Baton emulator at ${emulator.url} ` +
      '(set OPENAI_API_KEY to use OpenAI).',
    close: () => emulator.close(),
  };
}
