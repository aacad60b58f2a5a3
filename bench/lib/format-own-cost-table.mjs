/** Renders the canned-client measurement: each implementation's own CPU per run, without HTTP. */
import { IMPLEMENTATIONS } from './implementations.mjs';

const PHASES = { sequential: 'sequential', concurrent: 'concurrency' };

/**
 * One row per mode and phase: the median CPU per run of every implementation in µs, then what Baton adds to the
 * floor (the floor's own code being next to nothing, this is Baton's cost) and Baton ÷ `@openai/agents`.
 */
export function formatOwnCostTable(ownCost, { concurrency }) {
  const names = Object.keys(Object.values(ownCost)[0] ?? {});
  const header = [
    'Mode, phase',
    ...names.map((name) => `${IMPLEMENTATIONS[name]?.label ?? name} (µs)`),
    'Baton − floor (µs)',
    'Baton ÷ @openai/agents',
  ];
  const rows = [];
  for (const [mode, byImplementation] of Object.entries(ownCost)) {
    for (const [phase, title] of Object.entries(PHASES)) {
      const us = (name) => byImplementation[name]?.[phase]?.cpuMsPerRun * 1000;
      const suffix = phase === 'concurrent' ? ` ${concurrency}` : '';
      rows.push([
        `${mode.toUpperCase()}, ${title}${suffix}`,
        ...names.map((name) => us(name).toFixed(0)),
        names.includes('baton') && names.includes('floor')
          ? (us('baton') - us('floor')).toFixed(0)
          : '–',
        names.includes('openai-agents') && names.includes('baton')
          ? `${(us('baton') / us('openai-agents')).toFixed(2)}×`
          : '–',
      ]);
    }
  }
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [
    line(header),
    line(header.map((_, index) => (index === 0 ? '---' : '---:'))),
    ...rows.map(line),
  ].join('\n');
}
