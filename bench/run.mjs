/**
 * The Baton benchmark (`npm run bench`): the customer-service scenario (an input guardrail beside triage →
 * handoff → tool → answer, four model calls per run) on Baton, on a hand-written floor over the bare `openai` client, and on `@openai/agents`,
 * all against the Baton emulator running in its own process. Prints Markdown to stdout (progress goes to
 * stderr) and writes the same results as JSON to `bench/results/latest.json`. See bench/README.md.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { assertSameRequests } from './lib/assert-same-requests.mjs';
import { checkTargets } from './lib/check-targets.mjs';
import { startEmulatorProcess } from './lib/emulator-process.mjs';
import { ensureBuild } from './lib/ensure-build.mjs';
import { ensureRecentNode, invocationDirectory } from './lib/ensure-node.mjs';
import { formatReport } from './lib/format-report.mjs';
import { IMPLEMENTATIONS } from './lib/implementations.mjs';
import { measureColdStart } from './lib/measure-cold-start.mjs';
import { measureAgentTools } from './lib/measure-agent-tools.mjs';
import { measureGuardrail } from './lib/measure-guardrail.mjs';
import { measureRuns } from './lib/measure-runs.mjs';
import { measureTracingHeap } from './lib/measure-tracing-heap.mjs';
import { parseOptions, USAGE } from './lib/parse-options.mjs';
import { profileHotPath } from './lib/profile-hot-path.mjs';
import { verifyRequests } from './lib/verify-requests.mjs';
import { loadOpenAI } from './implementations/load-openai.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const log = (message) => console.error(message);

ensureRecentNode(fileURLToPath(import.meta.url));

let options;
try {
  options = parseOptions(process.argv.slice(2));
} catch (error) {
  console.error(`${error.message}\n\n${USAGE}`);
  process.exit(2);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}

try {
  await main(options);
} catch (error) {
  console.error(`bench: ${error.message}`);
  process.exitCode = 1;
}

async function main(options) {
  const startedAt = Date.now();
  ensureBuild({ skipBuild: options.skipBuild });
  const env = childEnvironment();
  const report = { meta: await describeRun(options) };
  const emulator = await startEmulatorProcess({ env });
  try {
    if (options.only === undefined) {
      log('bench: checking that every implementation sends the same requests');
      report.verification = await verifyRequests({ options, emulator, env });
      assertSameRequests(report.verification, log);
    }
    if (!options.skipRuns) {
      log(
        `bench: measuring runs (${options.repeats} fresh processes per measurement)`,
      );
      report.runs = await measureRuns({ options, emulator, env, log });
    }
    if (options.ownCost) {
      log('bench: own CPU per run, canned client (no HTTP)');
      report.ownCost = await measureRuns({
        options,
        emulator,
        env,
        log,
        canned: true,
      });
    }
    if (options.tracingHeap) {
      log('bench: heap with tracing on, 1,000 and 10,000 runs');
      report.tracingHeap = await measureTracingHeap({
        options,
        emulator,
        env,
        log,
      });
    }
    if (!options.skipColdStart) {
      log(`bench: cold start (${options.coldRepeats} processes per module)`);
      report.coldStart = measureColdStart({
        env,
        repeats: options.coldRepeats,
      });
    }
    if (!options.skipGuardrail) {
      log(
        `bench: guardrail tripwire (${options.guardrailRuns} runs per SDK and mode)`,
      );
      report.guardrail = await measureGuardrail({ options, env, log });
    }
    if (!options.skipAgentTools) {
      log('bench: agents as tools (an orchestrator with two agent tools)');
      report.agentTools = await measureAgentTools({ options, env, log });
    }
    report.targets = checkTargets({
      runs: report.runs,
      coldStart: report.coldStart,
      guardrail: report.guardrail,
      tracingHeap: report.tracingHeap,
      agentTools: report.agentTools?.runs,
      concurrency: options.concurrency,
    });
    if (options.profile) {
      log('bench: profiling Baton and the floor');
      const directory = resolve(BENCH, 'results', 'profiles');
      rmSync(directory, { recursive: true, force: true });
      report.profile = await profileHotPath({
        options,
        emulator,
        env,
        directory,
        log,
      });
    }
  } finally {
    await emulator.close();
  }
  report.meta.durationSeconds = (Date.now() - startedAt) / 1000;
  report.meta.loadAverageAtEnd = loadavg();
  const output = options.output
    ? resolve(invocationDirectory(), options.output)
    : resolve(BENCH, 'results', 'latest.json');
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(
    output,
    `${JSON.stringify(compactProfiles(report), null, 2)}\n`,
  );
  console.log(formatReport(report));
  log(
    `bench: done in ${report.meta.durationSeconds.toFixed(0)} s; JSON in ${relative(invocationDirectory(), output)}`,
  );
}

/** The workers must load the built packages as users do: no `--conditions=@baton/source` may leak into them. */
function childEnvironment() {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  return env;
}

async function describeRun(options) {
  const versionOf = (path) =>
    JSON.parse(readFileSync(resolve(BENCH, path), 'utf8')).version;
  return {
    date: new Date().toISOString(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    cpuCount: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    loadAverageAtStart: loadavg(),
    versions: {
      baton: versionOf('../packages/agents/package.json'),
      openai: (await loadOpenAI('workspace')).version,
      openaiForAgentsSdk: (await loadOpenAI('agents-sdk')).version,
      openaiAgents: versionOf('../node_modules/@openai/agents/package.json'),
    },
    implementations: Object.fromEntries(
      options.implementations.map((name) => [
        name,
        IMPLEMENTATIONS[name].description,
      ]),
    ),
    options,
  };
}

/** The JSON keeps each profile's summary with its top functions; the raw profiles stay on disk. */
function compactProfiles(report) {
  if (!report.profile) return report;
  const profile = Object.fromEntries(
    Object.entries(report.profile).map(([mode, byImplementation]) => [
      mode,
      Object.fromEntries(
        Object.entries(byImplementation).map(
          ([name, { runs, profiles, summary }]) => [
            name,
            {
              runs,
              profiles: profiles.map((file) => relative(BENCH, file)),
              totalMs: summary.totalMs,
              categories: summary.categories,
              functions: summary.functions.slice(0, 40),
            },
          ],
        ),
      ),
    ]),
  );
  return { ...report, profile };
}
