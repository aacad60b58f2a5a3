import { parseArgs } from 'node:util';
import { startEmulator } from '../emulator/start-emulator.js';

/** Where {@link runEmulatorCli} writes and what stops it; the defaults are the process's. */
export interface EmulatorCliOptions {
  /** Receives the base URL (one line). Default: standard output. */
  out?: (line: string) => void;
  /** Receives notices and errors. Default: standard error. */
  err?: (line: string) => void;
  /** Stops the emulator when aborted. SIGINT and SIGTERM always stop it too. */
  signal?: AbortSignal;
}

const USAGE = `Usage: baton-emulator [--port <n>] [--host <address>] [--replay <file>]... [--chunk-delay <ms>]

Starts the Baton OpenAI API emulator (POST /v1/responses, POST /v1/chat/completions) and prints its
base URL. Each --replay file answers one request, in order; then the deterministic default model answers.
Stop it with Ctrl+C.`;

/**
 * Runs the emulator as a command: parses `argv` (the arguments after the program name), starts the server,
 * prints the base URL on its own line, and resolves with the exit code once SIGINT, SIGTERM or `signal` stops
 * it. `@baton/agents` offers it as `baton emulator`.
 *
 * @example
 * ```ts
 * process.exitCode = await runEmulatorCli(process.argv.slice(2));
 * ```
 * @see docs/testing-with-the-emulator.md in the Baton repository
 */
export async function runEmulatorCli(
  argv: string[],
  options: EmulatorCliOptions = {},
): Promise<number> {
  const out =
    options.out ?? ((line: string) => process.stdout.write(`${line}\n`));
  const err =
    options.err ?? ((line: string) => process.stderr.write(`${line}\n`));
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (error) {
    err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    out(USAGE);
    return 0;
  }
  const port = Number(values.port ?? 0);
  const chunkDelayMs = Number(values['chunk-delay'] ?? 0);
  if (
    !Number.isInteger(port) ||
    port < 0 ||
    port > 65535 ||
    !(chunkDelayMs >= 0)
  ) {
    err(
      `--port must be an integer from 0 to 65535 and --chunk-delay a number of milliseconds.\n\n${USAGE}`,
    );
    return 2;
  }
  let emulator;
  try {
    const replay = (values.replay ?? []).map((file) => ({ file }));
    emulator = await startEmulator({
      port,
      host: values.host ?? '127.0.0.1',
      replay,
      chunkDelayMs,
    });
  } catch (error) {
    err(`baton-emulator: ${(error as Error).message}`);
    return 1;
  }
  out(emulator.url);
  err(
    `OpenAI API emulator listening. Use it with OPENAI_BASE_URL=${emulator.url} and any API key. Ctrl+C stops it.`,
  );
  await stopped(options.signal);
  await emulator.close();
  return 0;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string', short: 'p' },
      host: { type: 'string' },
      replay: { type: 'string', multiple: true },
      'chunk-delay': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

/** Resolves on SIGINT, SIGTERM or `signal`, then removes its listeners so the process can exit. */
function stopped(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      signal?.removeEventListener('abort', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
    if (signal?.aborted) stop();
    else signal?.addEventListener('abort', stop, { once: true });
  });
}
