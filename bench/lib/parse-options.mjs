/** The command line of `bench/run.mjs`. */
import { parseArgs } from 'node:util';
import {
  DEFAULT_IMPLEMENTATIONS,
  IMPLEMENTATIONS,
} from './implementations.mjs';

/** What `--help` prints. */
export const USAGE = `Usage: npm run bench -- [options]

  --runs N              runs measured one after another, per process (default 200)
  --concurrent-runs M   runs measured at --concurrency, per process (default 250)
  --concurrency C       runs in flight in the concurrent phase (default 50)
  --warmup W            unmeasured runs before each measurement (default 100)
  --repeats R           fresh processes per measurement; medians are reported (default 3)
  --modes LIST          json, sse or both (default json,sse)
  --implementations LIST  of ${Object.keys(IMPLEMENTATIONS).join(', ')} (default ${DEFAULT_IMPLEMENTATIONS.join(',')})
  --cold-repeats K      fresh processes per module for cold start, at least 7 (default 9)
  --profile             also CPU-profile Baton and the floor and summarize the hot path
  --profile-runs P      runs in each profiled process (default 1000)
  --profile-concurrency Q  runs in flight in each profiled process (default 1)
  --profile-canned      profile with the canned client (no HTTP): Baton's own code, warm, to set beside the HTTP profile
  --own-cost            also measure each implementation's own CPU per run with a canned client (no HTTP)
  --tracing-heap        also check that tracing keeps the heap flat: heap after GC after 1,000 and 10,000 traced runs
  --skip-build          do not run \`npm run build\` first (dist must exist)
  --skip-cold-start     do not measure cold start
  --skip-runs           do not measure runs (with --profile: only profile)
  --guardrail-runs G    guardrail tripwire runs per SDK and mode (default 10)
  --guardrail-warmup V  unmeasured guardrail runs before them (default 2)
  --skip-guardrail      do not measure the guardrail tripwire
  --skip-agent-tools    do not measure the agents-as-tools scenario
  --only guardrail      measure the guardrail tripwire only (no verification, runs or cold start)
  --only agent-tools    measure the agents-as-tools scenario only
  --output FILE         where the JSON goes (default bench/results/latest.json)
  --help                print this`;

const DEFAULTS = {
  runs: 200,
  concurrentRuns: 250,
  concurrency: 50,
  warmup: 100,
  repeats: 3,
  coldRepeats: 9,
  profileRuns: 1000,
  profileConcurrency: 1,
  guardrailRuns: 10,
  guardrailWarmup: 2,
};

/** Parses `argv` (without node and the script) into options; throws with a readable message when invalid. */
export function parseOptions(argv) {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      runs: { type: 'string' },
      'concurrent-runs': { type: 'string' },
      concurrency: { type: 'string' },
      warmup: { type: 'string' },
      repeats: { type: 'string' },
      modes: { type: 'string', default: 'json,sse' },
      implementations: {
        type: 'string',
        default: DEFAULT_IMPLEMENTATIONS.join(','),
      },
      'cold-repeats': { type: 'string' },
      profile: { type: 'boolean', default: false },
      'profile-runs': { type: 'string' },
      'profile-concurrency': { type: 'string' },
      'profile-canned': { type: 'boolean', default: false },
      'own-cost': { type: 'boolean', default: false },
      'tracing-heap': { type: 'boolean', default: false },
      'skip-build': { type: 'boolean', default: false },
      'skip-cold-start': { type: 'boolean', default: false },
      'skip-runs': { type: 'boolean', default: false },
      'guardrail-runs': { type: 'string' },
      'guardrail-warmup': { type: 'string' },
      'skip-guardrail': { type: 'boolean', default: false },
      'skip-agent-tools': { type: 'boolean', default: false },
      only: { type: 'string' },
      output: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  const options = {
    runs: count(values.runs, 'runs', DEFAULTS.runs),
    concurrentRuns: count(
      values['concurrent-runs'],
      'concurrent-runs',
      DEFAULTS.concurrentRuns,
    ),
    concurrency: count(values.concurrency, 'concurrency', DEFAULTS.concurrency),
    warmup: count(values.warmup, 'warmup', DEFAULTS.warmup, 0),
    repeats: count(values.repeats, 'repeats', DEFAULTS.repeats),
    modes: list(values.modes, 'modes', ['json', 'sse']),
    implementations: list(
      values.implementations,
      'implementations',
      Object.keys(IMPLEMENTATIONS),
    ),
    coldRepeats: count(
      values['cold-repeats'],
      'cold-repeats',
      DEFAULTS.coldRepeats,
      7,
    ),
    profile: values.profile,
    profileRuns: count(
      values['profile-runs'],
      'profile-runs',
      DEFAULTS.profileRuns,
    ),
    profileConcurrency: count(
      values['profile-concurrency'],
      'profile-concurrency',
      DEFAULTS.profileConcurrency,
    ),
    profileCanned: values['profile-canned'],
    ownCost: values['own-cost'],
    tracingHeap: values['tracing-heap'],
    skipBuild: values['skip-build'],
    skipColdStart: values['skip-cold-start'],
    skipRuns: values['skip-runs'],
    guardrailRuns: count(
      values['guardrail-runs'],
      'guardrail-runs',
      DEFAULTS.guardrailRuns,
    ),
    guardrailWarmup: count(
      values['guardrail-warmup'],
      'guardrail-warmup',
      DEFAULTS.guardrailWarmup,
      0,
    ),
    skipGuardrail: values['skip-guardrail'],
    skipAgentTools: values['skip-agent-tools'],
    only: values.only === undefined ? undefined : values.only.trim(),
    output: values.output,
    help: values.help,
  };
  if (
    options.only !== undefined &&
    !['guardrail', 'agent-tools'].includes(options.only)
  ) {
    throw new Error(
      `--only takes guardrail or agent-tools (the parts that can run alone); got ${JSON.stringify(values.only)}`,
    );
  }
  if (options.only !== undefined) {
    options.skipRuns = true;
    options.skipColdStart = true;
    options.skipGuardrail = options.only !== 'guardrail';
    options.skipAgentTools = options.only !== 'agent-tools';
  }
  if (!options.implementations.includes('floor')) {
    throw new Error(
      '--implementations must include floor: every ratio is taken against it',
    );
  }
  return options;
}

function count(text, name, fallback, minimum = 1) {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < minimum) {
    throw new Error(
      `--${name} must be an integer of at least ${minimum}, not ${JSON.stringify(text)}`,
    );
  }
  return value;
}

function list(text, name, allowed) {
  const items = text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  const unknown = items.filter((item) => !allowed.includes(item));
  if (items.length === 0 || unknown.length > 0) {
    throw new Error(
      `--${name} takes a comma-separated list of ${allowed.join(', ')}; got ${JSON.stringify(text)}`,
    );
  }
  return [...new Set(items)];
}
