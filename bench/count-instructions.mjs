/**
 * Instructions per run (`npm run bench:instructions -- baton baton-traced`): each implementation's cost, counted
 * by valgrind's callgrind rather than timed, so the figure does not move with the machine's load. Each
 * implementation runs twice, once with `--runs` runs and once with three times as many, in fresh processes under
 * callgrind; the difference of the two totals ÷ the difference of the run counts is what one run costs, start-up
 * and warm-up cancelled out. By default the client is canned (no HTTP, see `lib/canned-client.mjs`): the
 * implementation's own code. With `--http` every request goes to the emulator (in its own process, not counted),
 * the whole cost the CPU-per-run tables time, with `--concurrency` runs in flight. Each row after the first also
 * gives its ratio to the first. Callgrind runs Node about 50× slower, so the delays after which tracing writes and
 * exports what it has gathered are stretched by `--time-scale` (default 50): each write then covers as many runs as
 * at full speed, not one (the wall time per run under callgrind is printed, to check the factor). Needs valgrind
 * (Debian's `valgrind`); slow, so the run counts are small. `--simulate` adds callgrind's cache and branch
 * simulation (about 1.5× slower) and a second table: per run, instruction-cache, data-cache and last-level misses
 * and mispredicted branches, each with its ratio to the first row's — how far a difference in instructions is
 * also one in what makes them slow.
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
    http: { type: 'boolean', default: false },
    concurrency: { type: 'string', default: '1' },
    'time-scale': { type: 'string', default: '50' },
    simulate: { type: 'boolean', default: false },
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
  const client = values.http ? 'HTTP' : 'canned';
  console.log(
    `| Implementation | Mode | Client | Concurrency | Instructions per run (millions) | ÷ ${IMPLEMENTATIONS[names[0]].label} |`,
  );
  console.log('| --- | --- | --- | ---: | ---: | ---: |');
  let first;
  const simulated = [];
  for (const implementation of names) {
    const { perRun, msPerRun, events } = await countRunInstructions({
      implementation,
      mode: values.mode,
      runs: Number(values.runs),
      concurrency: Number(values.concurrency),
      canned: !values.http,
      timeScale: Number(values['time-scale']),
      simulate: values.simulate,
      emulator,
      env,
    });
    first ??= perRun;
    console.error(
      `${implementation}: ${msPerRun.toFixed(0)} ms per run under callgrind`,
    );
    console.log(
      `| ${IMPLEMENTATIONS[implementation].label} | ${values.mode} | ${client} | ${values.concurrency} | ${(perRun / 1e6).toFixed(3)} | ${(perRun / first).toFixed(3)}× |`,
    );
    simulated.push({ label: IMPLEMENTATIONS[implementation].label, events });
  }
  if (values.simulate) printSimulated(simulated);
} finally {
  await emulator.close();
}

// Per run, in thousands, with the ratio to the first implementation's: L1 instruction and data misses (reads and
// writes), last-level misses, mispredicted conditional and indirect branches.
function printSimulated(rows) {
  const columns = [
    'I1mr',
    'D1mr',
    'D1mw',
    'ILmr',
    'DLmr',
    'DLmw',
    'Bcm',
    'Bim',
  ];
  console.log(`\n| Implementation | ${columns.join(' | ')} |`);
  console.log(`| --- |${' ---: |'.repeat(columns.length)}`);
  const [first] = rows;
  for (const { label, events } of rows) {
    const cells = columns.map(
      (name) =>
        `${(events[name] / 1e3).toFixed(1)} k (${(events[name] / first.events[name]).toFixed(2)}×)`,
    );
    console.log(`| ${label} | ${cells.join(' | ')} |`);
  }
}
