/** Renders the benchmark's results as Markdown tables (the same numbers as the JSON file). */
import { REQUESTS_PER_RUN } from '../implementations/scenario.mjs';
import { formatAgentToolsTable } from './format-agent-tools-table.mjs';
import { formatGuardrailTable } from './format-guardrail-table.mjs';
import { formatOwnCostTable } from './format-own-cost-table.mjs';
import { IMPLEMENTATIONS } from './implementations.mjs';

const MB = 1024 * 1024;
const MODE_TITLES = { json: 'non-streaming (JSON)', sse: 'streaming (SSE)' };
const AGENTS_SDK = 'openai-agents';

/**
 * The whole report: setup, runs per mode, own CPU with a canned client, cold start, targets, and the profile
 * summary when there is one.
 */
export function formatReport(report) {
  const sections = [formatHeader(report.meta)];
  for (const [mode, byImplementation] of Object.entries(report.runs ?? {})) {
    sections.push(
      `### Runs, ${MODE_TITLES[mode] ?? mode}\n\n${formatRunsTable(byImplementation, report.meta.options)}`,
    );
  }
  if (report.ownCost)
    sections.push(
      `### Own CPU per run, canned client (no HTTP)\n\n${formatOwnCostTable(report.ownCost, report.meta.options)}`,
    );
  if (report.tracingHeap)
    sections.push(
      `### Heap with tracing on\n\n${formatTracingHeap(report.tracingHeap)}`,
    );
  if (report.coldStart)
    sections.push(
      `### Cold start\n\n${formatColdStartTable(report.coldStart)}`,
    );
  if (report.guardrail)
    sections.push(
      `### Guardrail tripwire\n\n${formatGuardrailIntro()}\n\n${formatGuardrailTable(report.guardrail)}`,
    );
  if (report.agentTools)
    sections.push(
      `### Agents as tools\n\n${formatAgentToolsTable(report.agentTools.runs, report.meta.options)}`,
    );
  if (report.targets?.length)
    sections.push(`### Targets\n\n${formatTargetsTable(report.targets)}`);
  for (const [mode, profiles] of Object.entries(report.profile ?? {})) {
    sections.push(
      `### Profile, ${MODE_TITLES[mode] ?? mode}${report.meta.options?.profileCanned ? ', canned client' : ''}\n\n${formatProfile(profiles)}`,
    );
  }
  return sections.join('\n\n');
}

function formatTracingHeap(samples) {
  const rows = samples.map(
    ({ runs, heapAfterGcBytes, peakRssBytes }) =>
      `| ${runs} | ${(heapAfterGcBytes / 1e6).toFixed(2)} | ${(peakRssBytes / 1e6).toFixed(1)} |`,
  );
  return [
    'Baton with tracing on (local store + batch to the OpenAI exporter), JSON, one run at a time, a fresh process each.',
    '',
    '| Runs | Heap used after GC (MB) | Peak RSS (MB) |',
    '| ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

function formatGuardrailIntro() {
  return (
    'Main agent on gpt-4.1 (1000 ms to first byte), input guardrail running a checker agent on gpt-4o-mini ' +
    '(50 ms); the input is homework, so every run trips. Main requests completed: gpt-4.1 requests the client ' +
    'did not abandon, read once 1.3 s had passed since the last run.'
  );
}

/** What was measured, on what, and how loaded the machine was (other work skews every number). */
export function formatHeader(meta) {
  const { versions: v, options: o } = meta;
  const load = (values) =>
    values?.map((value) => value.toFixed(2)).join(' / ') ?? '?';
  return [
    `## Baton benchmark — ${meta.date.slice(0, 10)}`,
    '',
    `Node ${meta.node}, ${meta.platform}, ${meta.cpuCount} × ${meta.cpuModel}, ${meta.memoryGiB} GiB; ` +
      `load average ${load(meta.loadAverageAtStart)} at start, ${load(meta.loadAverageAtEnd)} at the end.`,
    `Baton ${v.baton} on openai ${v.openai}; @openai/agents ${v.openaiAgents} on openai ${v.openaiForAgentsSdk}.`,
    o.skipRuns && !o.ownCost
      ? `Guardrail tripwire: ${o.guardrailRuns} runs per SDK and mode after ${o.guardrailWarmup} warm-up runs.`
      : `${o.runs} sequential runs and ${o.concurrentRuns} runs at concurrency ${o.concurrency} per process, ` +
        `after ${o.warmup} warm-up runs; medians of ${o.repeats} fresh processes. ` +
        `One run = ${REQUESTS_PER_RUN} model calls to the emulator (a separate process): ` +
        'the input guardrail beside triage, then the specialist twice.',
  ].join('\n');
}

/**
 * One row per metric, one column per implementation, then each implementation's ratio to the floor and to
 * `@openai/agents` (lower is better for every metric but runs/s).
 */
export function formatRunsTable(byImplementation, { concurrency }) {
  const metrics = [
    ['CPU per run, sequential (ms)', 'sequential', 'cpuMsPerRun', 1, 2],
    [
      `CPU per run, concurrency ${concurrency} (ms)`,
      'concurrent',
      'cpuMsPerRun',
      1,
      2,
    ],
    [
      'CPU per run, main thread only, sequential (ms)',
      'sequential',
      'mainThreadCpuMsPerRun',
      1,
      2,
    ],
    ['Runs/s, sequential (wall)', 'sequential', 'runsPerSecond', 1, 1],
    [
      `Runs/s, concurrency ${concurrency} (wall)`,
      'concurrent',
      'runsPerSecond',
      1,
      1,
    ],
    ['Peak RSS, sequential (MB)', 'sequential', 'peakRssBytes', MB, 1],
    [
      `Peak RSS, concurrency ${concurrency} (MB)`,
      'concurrent',
      'peakRssBytes',
      MB,
      1,
    ],
    [
      'RSS after setup, before runs (MB)',
      'sequential',
      'rssAfterSetupBytes',
      MB,
      1,
    ],
    [
      'Heap used after GC, after sequential runs (MB)',
      'sequential',
      'heapAfterGcBytes',
      MB,
      2,
    ],
    [
      `Heap used after GC, after concurrency ${concurrency} (MB)`,
      'concurrent',
      'heapAfterGcBytes',
      MB,
      2,
    ],
  ];
  const names = Object.keys(byImplementation);
  const ratios = ratioColumns(names);
  const header = [
    'Metric',
    ...names.map(label),
    ...ratios.map(([a, b]) => `${label(a)} ÷ ${label(b)}`),
  ];
  const available = metrics.filter(([, phase, metric]) =>
    names.every(
      (name) => typeof byImplementation[name][phase][metric] === 'number',
    ),
  );
  const rows = available.map(([title, phase, metric, unit, digits]) => {
    const value = (name) => byImplementation[name][phase][metric];
    return [
      title,
      ...names.map((name) => (value(name) / unit).toFixed(digits)),
      ...ratios.map(([a, b]) => `${(value(a) / value(b)).toFixed(2)}×`),
    ];
  });
  return `${table(header, rows)}\n\n${formatSpread(byImplementation)}`;
}

/** How far apart the repeats were: the noise to keep in mind when reading a ratio. */
function formatSpread(byImplementation) {
  const ranges = Object.entries(byImplementation).map(([name, phases]) => {
    const range = (phase) =>
      phases[phase].cpuMsPerRunRange
        ?.map((value) => value.toFixed(2))
        .join('–') ?? '?';
    return `${label(name)} ${range('sequential')} / ${range('concurrent')}`;
  });
  return `CPU per run across the fresh processes (min–max, sequential / concurrent, ms): ${ranges.join('; ')}.`;
}

/** Import time inside the process and whole-process wall time, with ratios to `openai` and `@openai/agents`. */
export function formatColdStartTable(coldStart) {
  const reference = (name) => coldStart[name]?.importMs;
  const rows = Object.entries(coldStart).map(
    ([module, { importMs, processMs, samples }]) => {
      // The process that imports nothing is Node's own start-up: a baseline, not a module to compare.
      const baseline = module === 'node (no import)';
      return [
        baseline
          ? module
          : module
              .split(' + ')
              .map((name) => `\`import('${name}')\``)
              .join(' + '),
        importMs.toFixed(1),
        processMs.toFixed(1),
        baseline ? '–' : ratio(importMs, reference('openai')),
        baseline ? '–' : ratio(importMs, reference('@openai/agents')),
        String(samples.length),
      ];
    },
  );
  const header = [
    'Module',
    'import() (ms)',
    'Process wall (ms)',
    '÷ openai',
    '÷ @openai/agents',
    'Samples',
  ];
  return table(header, rows);
}

/** One row per target, with a ✅/❌ verdict. */
export function formatTargetsTable(targets) {
  const rows = targets.map(({ target, measured, limit, pass }) => [
    target,
    measured,
    limit,
    pass ? '✅ met' : '❌ missed',
  ]);
  return table(['Target', 'Measured', 'Limit', 'Result'], rows);
}

/** Baton's and the floor's CPU by category, per run, then Baton's heaviest functions in its own packages. */
export function formatProfile({ baton, floor }) {
  const perRun = (entry, side) =>
    entry ? (entry.ms / side.runs).toFixed(3) : '0.000';
  const floorCategories = new Map(
    floor.summary.categories.map((entry) => [entry.category, entry]),
  );
  const categoryRows = baton.summary.categories.map((entry) => [
    entry.category,
    perRun(entry, baton),
    perRun(floorCategories.get(entry.category), floor),
    percent(entry.share),
  ]);
  for (const [category, entry] of floorCategories) {
    if (!baton.summary.categories.some((own) => own.category === category)) {
      categoryRows.push([category, '0.000', perRun(entry, floor), '0.0%']);
    }
  }
  categoryRows.push([
    '**total sampled**',
    (baton.summary.totalMs / baton.runs).toFixed(3),
    (floor.summary.totalMs / floor.runs).toFixed(3),
    '100%',
  ]);
  const own = baton.summary.functions
    .filter((entry) => entry.category.startsWith('@baton/'))
    .slice(0, 15);
  const functionRows = own.map((entry) => [
    `\`${entry.file}\``,
    `\`${entry.name}\``,
    (entry.ms / baton.runs).toFixed(3),
    percent(entry.share),
  ]);
  return [
    'Self time by category (ms per run, sampled during the measured runs):\n',
    table(['Category', 'Baton', 'floor', 'share of Baton'], categoryRows),
    "\nBaton's heaviest functions in its own packages (self time):\n",
    table(['File', 'Function', 'ms/run', 'share of Baton'], functionRows),
    '\nFunctions with the most extra self time under Baton than under the floor (any package):\n',
    table(
      ['Category', 'File', 'Function', 'Baton ms/run', 'floor ms/run', 'extra'],
      extraTimeRows(baton, floor),
    ),
  ].join('\n');
}

/** The functions where Baton's run spends the most more time than the floor's, per run. */
function extraTimeRows(baton, floor, limit = 12) {
  const key = (entry) =>
    `${entry.category}\u0000${entry.file}\u0000${entry.name}`;
  const floorByKey = new Map(
    floor.summary.functions.map((entry) => [key(entry), entry.ms / floor.runs]),
  );
  return baton.summary.functions
    .map((entry) => {
      const own = entry.ms / baton.runs;
      const reference = floorByKey.get(key(entry)) ?? 0;
      return { entry, own, reference, extra: own - reference };
    })
    .sort((a, b) => b.extra - a.extra)
    .slice(0, limit)
    .map(({ entry, own, reference, extra }) => [
      entry.category,
      entry.file ? `\`${entry.file}\`` : '',
      `\`${entry.name}\``,
      own.toFixed(3),
      reference.toFixed(3),
      extra.toFixed(3),
    ]);
}

function ratioColumns(names) {
  const columns = names
    .filter((name) => name !== 'floor')
    .map((name) => [name, 'floor']);
  if (names.includes(AGENTS_SDK)) {
    for (const name of names) {
      if (name !== 'floor' && name !== AGENTS_SDK)
        columns.push([name, AGENTS_SDK]);
    }
  }
  return columns;
}

function label(name) {
  return IMPLEMENTATIONS[name]?.label ?? name;
}

function ratio(value, reference) {
  return reference ? `${(value / reference).toFixed(2)}×` : '–';
}

function percent(share) {
  return `${(share * 100).toFixed(1)}%`;
}

function table(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [
    line(header),
    line(header.map((_, index) => (index === 0 ? '---' : '---:'))),
    ...rows.map(line),
  ].join('\n');
}
