/** The guardrail tripwire section of the Markdown report. */
import { IMPLEMENTATIONS } from './implementations.mjs';

const MODE_TITLES = { json: 'non-streamed', sse: 'streamed' };

/**
 * One row per SDK and mode: time from run start to the tripwire error (median, max), the checker run's own
 * duration, what the run took beyond it, and how many main-model requests completed although the run had tripped.
 */
export function formatGuardrailTable(guardrail) {
  const rows = [];
  for (const [mode, byImplementation] of Object.entries(guardrail)) {
    for (const [name, s] of Object.entries(byImplementation)) {
      rows.push([
        `${IMPLEMENTATIONS[name]?.label ?? name}, ${MODE_TITLES[mode] ?? mode}`,
        s.medianMs.toFixed(1),
        s.maxMs.toFixed(1),
        s.checkerMedianMs.toFixed(1),
        s.beyondCheckerMedianMs.toFixed(1),
        s.beyondCheckerMaxMs.toFixed(1),
        `${s.mainRequestsCompleted} / ${s.mainRequests}`,
        String(s.runs),
      ]);
    }
  }
  const header = [
    'SDK, mode',
    'To tripwire, median (ms)',
    'To tripwire, max (ms)',
    'Checker run, median (ms)',
    'Beyond checker, median (ms)',
    'Beyond checker, max (ms)',
    'Main requests completed / sent',
    'Runs',
  ];
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [
    line(header),
    line(header.map((_, index) => (index === 0 ? '---' : '---:'))),
    ...rows.map(line),
  ].join('\n');
}
