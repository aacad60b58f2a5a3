/** The performance targets of the benchmark issue, checked against measured results. */

const MODE_LABELS = { json: 'JSON', sse: 'SSE' };

/** How much later than its checker run's own end Baton may reject with the tripwire, at the median (ms). */
export const TRIPWIRE_SLACK_MS = 20;

/**
 * Returns one `{ target, measured, limit, pass }` per target that the results allow checking: CPU per run, heap
 * after GC and peak RSS at concurrency relative to the floor (per mode), the cold-start targets, and Baton's
 * guardrail tripwire (per mode).
 */
export function checkTargets({
  runs = {},
  coldStart,
  guardrail,
  tracingHeap,
  agentTools = {},
  concurrency,
}) {
  const checks = [];
  checks.push(...agentToolChecks(agentTools));
  for (const [mode, byImplementation] of Object.entries(runs)) {
    const baton = byImplementation.baton;
    const floor = byImplementation.floor;
    if (!baton || !floor) continue;
    const label = MODE_LABELS[mode] ?? mode;
    const relative = (target, metric, phase, limit) =>
      checks.push(
        ratioCheck(
          `${target} (${label})`,
          baton[phase][metric],
          floor[phase][metric],
          limit,
        ),
      );
    relative(
      'Baton CPU/run, sequential ≤ 1.15× floor',
      'cpuMsPerRun',
      'sequential',
      1.15,
    );
    relative(
      `Baton CPU/run, concurrency ${concurrency} ≤ 1.15× floor`,
      'cpuMsPerRun',
      'concurrent',
      1.15,
    );
    relative(
      'Baton heap after GC ≤ 1.2× floor',
      'heapAfterGcBytes',
      'sequential',
      1.2,
    );
    relative(
      `Baton peak RSS at concurrency ${concurrency} ≤ 1.1× floor`,
      'peakRssBytes',
      'concurrent',
      1.1,
    );
    checks.push(...tracingChecks(byImplementation, label, concurrency));
  }
  const agents = coldStart?.['@baton/agents'];
  const openai = coldStart?.openai;
  const core = coldStart?.['@baton/core'];
  if (agents && openai) {
    checks.push(
      ratioCheck(
        "import('@baton/agents') ≤ 1.2× import('openai')",
        agents.importMs,
        openai.importMs,
        1.2,
      ),
    );
  }
  if (core) {
    checks.push({
      target: "import('@baton/core') ≤ 100 ms",
      measured: `${core.importMs.toFixed(1)} ms`,
      limit: '100 ms',
      pass: core.importMs <= 100,
    });
  }
  checks.push(...guardrailChecks(guardrail));
  const [shorter, longer] = tracingHeap ?? [];
  if (shorter && longer)
    checks.push(
      ratioCheck(
        `Traced heap after GC, ${longer.runs} runs ≤ 1.1× after ${shorter.runs}`,
        longer.heapAfterGcBytes,
        shorter.heapAfterGcBytes,
        1.1,
      ),
    );
  return checks;
}

/** What tracing may cost: CPU per run with each traced variant ≤ 1.05× Baton untraced, when they were measured. */
const TRACED_VARIANTS = {
  'baton-traced': 'local store + batch to OpenAI exporter',
  'baton-stored': 'batch to local store',
  'baton-otel': 'OpenTelemetry processor',
};

function tracingChecks(byImplementation, label, concurrency) {
  const baton = byImplementation.baton;
  const checks = [];
  for (const [name, what] of Object.entries(TRACED_VARIANTS)) {
    const traced = byImplementation[name];
    if (!traced) continue;
    for (const [phase, phaseLabel] of [
      ['sequential', 'sequential'],
      ['concurrent', `concurrency ${concurrency}`],
    ])
      checks.push(
        ratioCheck(
          `Tracing on (${what}) CPU/run, ${phaseLabel} ≤ 1.05× untraced (${label})`,
          traced[phase].cpuMsPerRun,
          baton[phase].cpuMsPerRun,
          1.05,
        ),
      );
  }
  return checks;
}

/** The agents-as-tools scenario: Baton's CPU per run (sequential) ≤ 1.15× the floor's and ≤ `@openai/agents`'. */
function agentToolChecks(agentTools) {
  const checks = [];
  for (const [mode, byImplementation] of Object.entries(agentTools)) {
    const { baton, floor } = byImplementation;
    if (!baton || !floor) continue;
    const label = MODE_LABELS[mode] ?? mode;
    checks.push(
      ratioCheck(
        `Agent tools: Baton CPU/run, sequential ≤ 1.15× floor (${label})`,
        baton.sequential.cpuMsPerRun,
        floor.sequential.cpuMsPerRun,
        1.15,
      ),
    );
    const sdk = byImplementation['openai-agents'];
    if (sdk)
      checks.push(
        ratioCheck(
          `Agent tools: Baton CPU/run, sequential ≤ @openai/agents (${label})`,
          baton.sequential.cpuMsPerRun,
          sdk.sequential.cpuMsPerRun,
          1,
        ),
      );
  }
  return checks;
}

/** Baton's tripwire within the checker's latency + 20 ms, and no main-model request allowed to complete. */
function guardrailChecks(guardrail = {}) {
  const checks = [];
  for (const [mode, byImplementation] of Object.entries(guardrail)) {
    const baton = byImplementation.baton;
    if (!baton) continue;
    const label = MODE_LABELS[mode] ?? mode;
    checks.push(
      {
        target: `Baton tripwire ≤ checker run + ${TRIPWIRE_SLACK_MS} ms, median (${label})`,
        measured: `+${baton.beyondCheckerMedianMs.toFixed(1)} ms`,
        limit: `+${TRIPWIRE_SLACK_MS} ms`,
        pass: baton.beyondCheckerMedianMs <= TRIPWIRE_SLACK_MS,
      },
      {
        target: `Baton main-model requests completed after a trip = 0 (${label})`,
        measured: `${baton.mainRequestsCompleted} of ${baton.runs} runs`,
        limit: '0',
        pass: baton.mainRequestsCompleted === 0,
      },
    );
  }
  return checks;
}

function ratioCheck(target, value, reference, limit) {
  const ratio = value / reference;
  return {
    target,
    measured: `${ratio.toFixed(2)}×`,
    ratio,
    limit: `${limit}×`,
    pass: ratio <= limit,
  };
}
