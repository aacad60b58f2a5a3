import { parseArgs } from 'node:util';
import {
  DEFAULT_TRACE_DIR,
  DEFAULT_VIEWER_PORT,
  startTraceViewer,
} from '@baton/tracing/store';
import type { BatonCliOptions } from './run-baton-cli.js';
import { untilStopped } from './until-stopped.js';

/** The help text of `baton traces`. */
export const TRACES_USAGE = `Usage: baton traces [--port N] [--dir DIR] [--host H] [--allow-remote]

Serves the trace viewer for a local trace folder and prints its address.
  --port N         Port to listen on (0 picks a free one). Default ${DEFAULT_VIEWER_PORT}.
  --dir DIR        The trace folder. Default ${DEFAULT_TRACE_DIR} under the current directory.
  --host H         Address to bind. Default 127.0.0.1; other addresses need --allow-remote.
  --allow-remote   Serve a non-loopback --host (the viewer shows model inputs and outputs).
Ctrl+C stops it.`;

/** `baton traces`: serves the viewer until SIGINT, SIGTERM or `options.signal`. Resolves with the exit code. */
export async function runTracesCli(
  argv: string[],
  options: BatonCliOptions = {},
): Promise<number> {
  const out = options.out ?? ((line: string) => console.log(line));
  const err = options.err ?? ((line: string) => console.error(line));
  let values;
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string', short: 'p' },
        dir: { type: 'string', short: 'd' },
        host: { type: 'string' },
        'allow-remote': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    err(`${(error as Error).message}\n\n${TRACES_USAGE}`);
    return 2;
  }
  if (values.help) {
    out(TRACES_USAGE);
    return 0;
  }
  const port = Number(values.port ?? DEFAULT_VIEWER_PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    err(`--port must be an integer from 0 to 65535.\n\n${TRACES_USAGE}`);
    return 2;
  }
  let viewer;
  try {
    viewer = await startTraceViewer({
      port,
      dir: values.dir,
      host: values.host,
      allowRemote: values['allow-remote'] ?? false,
    });
  } catch (error) {
    err(`baton traces: ${(error as Error).message}`);
    return 1;
  }
  out(viewer.url);
  err(`Showing traces from ${viewer.dir}. Ctrl+C stops the viewer.`);
  await untilStopped(options.signal);
  await viewer.close();
  return 0;
}
