/**
 * Instructions per run (`npm run bench:instructions -- baton baton-traced`): each implementation's own cost,
 * counted by valgrind's callgrind rather than timed, so the figure does not move with the machine's load. Each
 * implementation runs twice with the canned client (no HTTP, see `lib/canned-client.mjs`), once with `--runs`
 * runs and once with three times as many, in fresh processes under callgrind; the difference of the two totals ÷
 * the difference of the run counts is what one run costs, start-up and warm-up cancelled out. Needs valgrind
 * (Debian's `valgrind`); slow (about 50× slower than without it), so the run counts are small.
 */
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { startEmulatorProcess } from './lib/emulator-process.mjs';
import { ensureRecentNode } from './lib/ensure-node.mjs';
import { IMPLEMENTATIONS } from './lib/implementations.mjs';
import { countRunInstructions } from './lib/count-run-instructions.mjs';

ensureRecentNode(fileURLToPath(import.meta.url));

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '100' },
    mode: { type: 'string', default: 'json' },
  },
});
const names = positionals.length > 0 ? positionals : ['baton', 'baton-traced'];
for (const name of names)
  if (!IMPLEMENTATIONS[name])
    throw new Error(
      `Unknown implementation ${name}; one of ${Object.keys(IMPLEMENTATIONS).join(', ')}`,
    );

const env = { ...process.env };
delete env.NODE_OPTIONS;
const emulator = await startEmulatorProcess({ env });
try {
  console.log('| Implementation | Mode | Instructions per run (millions) |');
  console.log('| --- | --- | ---: |');
  for (const implementation of names) {
    const perRun = await countRunInstructions({
      implementation,
      mode: values.mode,
      runs: Number(values.runs),
      emulator,
      env,
    });
    console.log(
      `| ${IMPLEMENTATIONS[implementation].label} | ${values.mode} | ${(perRun / 1e6).toFixed(3)} |`,
    );
  }
} finally {
  await emulator.close();
}
