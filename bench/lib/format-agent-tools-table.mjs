/** The agents-as-tools section of the Markdown report. */
import { AGENT_TOOL_IMPLEMENTATIONS } from './implementations.mjs';

const MODE_TITLES = { json: 'non-streamed', sse: 'streamed' };

/**
 * One row per implementation and mode: CPU per run one run at a time and at the concurrency, each also as a
 * multiple of the floor's, and runs per second.
 */
export function formatAgentToolsTable(runs, options) {
  const rows = [];
  for (const [mode, byImplementation] of Object.entries(runs)) {
    const floor = byImplementation.floor;
    for (const [name, phases] of Object.entries(byImplementation)) {
      const ratio = (phase) =>
        floor
          ? `${(phases[phase].cpuMsPerRun / floor[phase].cpuMsPerRun).toFixed(2)}×`
          : '';
      rows.push([
        `${AGENT_TOOL_IMPLEMENTATIONS[name]?.label ?? name}, ${MODE_TITLES[mode] ?? mode}`,
        phases.sequential.cpuMsPerRun.toFixed(2),
        ratio('sequential'),
        phases.concurrent.cpuMsPerRun.toFixed(2),
        ratio('concurrent'),
        phases.sequential.runsPerSecond.toFixed(0),
      ]);
    }
  }
  const header = [
    'Implementation, mode',
    'CPU/run, sequential (ms)',
    '× floor',
    `CPU/run, concurrency ${options.concurrency} (ms)`,
    '× floor',
    'Runs/s, sequential',
  ];
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [
    'An orchestrator with two agent tools (translators): it calls both in one response, they answer in parallel, ' +
      'it answers with both; four model calls per run, the sub-agents unstreamed in both modes.',
    '',
    line(header),
    line(header.map((_, index) => (index === 0 ? '---' : '---:'))),
    ...rows.map(line),
  ].join('\n');
}
