import { describe, expect, it, vi } from 'vitest';
import {
  generateGroupId,
  generateSpanId,
  generateTraceId,
  timeIso,
} from './ids.js';

describe('ids', () => {
  it('makes ids of the SDK’s shapes that do not repeat across pool refills', () => {
    const seen = new Set<string>();
    // 4096 pool bytes hold 170 span ids: this crosses many refills.
    for (let index = 0; index < 2000; index += 1) {
      const id = generateSpanId();
      expect(id).toMatch(/^span_[0-9a-f]{24}$/);
      seen.add(id);
    }
    expect(seen.size).toBe(2000);
    expect(generateTraceId()).toMatch(/^trace_[0-9a-f]{32}$/);
    expect(generateGroupId()).toMatch(/^group_[0-9a-f]{24}$/);
  });
});

describe('timeIso', () => {
  it('formats the clock exactly as Date#toISOString does, across seconds and back', () => {
    const moments = [
      Date.UTC(2026, 11, 1, 13, 50, 14, 7),
      Date.UTC(2026, 11, 1, 13, 50, 14, 42),
      Date.UTC(2026, 11, 1, 13, 50, 14, 999),
      Date.UTC(2026, 11, 1, 13, 50, 15, 0),
      Date.UTC(2026, 11, 1, 13, 50, 15, 100),
      // The clock stepped back (NTP): the cached second must not be reused.
      Date.UTC(2026, 11, 1, 13, 50, 14, 500),
      Date.UTC(2027, 0, 1, 0, 0, 0, 1),
    ];
    const spy = vi.spyOn(Date, 'now');
    try {
      for (const moment of moments) {
        spy.mockReturnValue(moment);
        expect(timeIso()).toBe(new Date(moment).toISOString());
      }
    } finally {
      spy.mockRestore();
    }
  });
});
