import { describe, expect, it } from 'vitest';
import { timeOf } from '../../src/otel/time-of.js';

/** The HrTime the OpenTelemetry SDK makes of a `Date` at `iso`. */
function sdkTimeOf(iso: string): [number, number] {
  const ms = new Date(iso).getTime();
  return [Math.trunc(ms / 1000), Math.round((ms % 1000) * 1e6)];
}

describe('timeOf', () => {
  it('reads span times to the millisecond, within one second and across seconds', () => {
    for (const iso of [
      '2026-01-02T03:04:05.000Z',
      '2026-01-02T03:04:05.007Z',
      '2026-01-02T03:04:05.999Z',
      '2026-01-02T03:04:06.040Z',
      '2025-12-31T23:59:59.500Z',
    ])
      expect(timeOf(iso)).toEqual(sdkTimeOf(iso));
  });

  it('reads other ISO 8601 forms in full, and gives no time for what is not one', () => {
    for (const iso of [
      '2026-01-02T03:04:05Z',
      '2026-01-02T03:04:05.1234Z',
      '2026-01-02T05:04:05.250+02:00',
    ])
      expect(timeOf(iso)).toEqual(sdkTimeOf(iso));
    expect(timeOf('2026-01-02T03:04:05.1x4Z')).toBeUndefined();
    expect(timeOf('not a time')).toBeUndefined();
    expect(timeOf(null)).toBeUndefined();
    expect(timeOf('')).toBeUndefined();
  });
});
