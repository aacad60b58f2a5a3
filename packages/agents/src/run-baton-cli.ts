import { readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';

const USAGE = `Usage: baton <command> [options]

Commands:
  emulator [--port N] [--host H] [--replay FILE]   Start the local OpenAI emulator (POST /v1/responses,
                                                   /v1/chat/completions); point OPENAI_BASE_URL at it.
  traces [--port N] [--dir D] [--host H]           Open the trace viewer for a local trace folder
                                                   (default .baton/traces, http://127.0.0.1:6419/).
  graph <module> [--export NAME]                   Print an exported agent's graph as Mermaid text.
  version                                          Print Baton's version.
  help                                             Show this help.`;

/** Where the CLI writes, and how a host stops a long-running command; defaults are the process's own. */
export interface BatonCliOptions {
  /** Writes one line of normal output. */
  out?: (line: string) => void;
  /** Writes one line of error output. */
  err?: (line: string) => void;
  /** Stops a long-running command (the emulator, the trace viewer) as SIGINT would. */
  signal?: AbortSignal;
}

/**
 * The `baton` command line. Resolves with the exit code once the command is done (the emulator serves until it
 * is interrupted).
 */
export async function runBatonCli(
  argv: string[],
  options: BatonCliOptions = {},
): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'emulator': {
      // Loaded only for this command: the emulator is a testing tool, not part of an application's startup.
      const { runEmulatorCli } = await import('@baton/testing');
      return await runEmulatorCli(rest, options);
    }
    case 'traces': {
      const { runTracesCli } = await import('./run-traces-cli.js');
      return await runTracesCli(rest, options);
    }
    case 'graph': {
      const { runGraphCli } = await import('./run-graph-cli.js');
      return await runGraphCli(rest, options);
    }
    case 'version':
    case '--version':
    case '-v':
      console.log(readVersion());
      return 0;
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      console.log(USAGE);
      return 0;
    default:
      console.error(`Unknown command "${command}".\n\n${USAGE}`);
      return 2;
  }
}

function readVersion(): string {
  // The bin lives at dist/<format>/cli.js; its package.json is two folders up (found the same way from ESM and CJS).
  const packageJson = join(
    dirname(realpathSync(process.argv[1] ?? '.')),
    '..',
    '..',
    'package.json',
  );
  return (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string })
    .version;
}
