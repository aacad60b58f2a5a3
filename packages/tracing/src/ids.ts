import { randomFillSync } from 'node:crypto';

/** The id of a no-op trace or span: processors never see it. @internal */
export const NOOP_ID = 'no-op';

// Ids are drawn from a pool of random bytes, hex-encoded once per refill: a run makes a dozen ids, and one
// `randomUUID()` plus string surgery per id was a visible share of tracing's cost per run.
const POOL_BYTES = 4096;
const pool = Buffer.allocUnsafe(POOL_BYTES);
let poolHex = '';
let poolOffset = POOL_BYTES;

function hex(length: number): string {
  const bytes = length / 2;
  if (poolOffset + bytes > POOL_BYTES) {
    randomFillSync(pool);
    poolHex = pool.toString('hex');
    poolOffset = 0;
  }
  const start = poolOffset * 2;
  poolOffset += bytes;
  return poolHex.slice(start, start + length);
}

/** A new trace id: `trace_` and 32 lowercase hex digits. */
export function generateTraceId(): string {
  return `trace_${hex(32)}`;
}

/** A new span id: `span_` and 24 lowercase hex digits. */
export function generateSpanId(): string {
  return `span_${hex(24)}`;
}

/** A new group id (one conversation's traces share it): `group_` and 24 lowercase hex digits. */
export function generateGroupId(): string {
  return `group_${hex(24)}`;
}

let secondStartMs = -1;
let secondPrefix = '';

/**
 * The current time as ISO 8601 (`2026-12-01T13:50:14.123Z`), the format of `startedAt` and `endedAt`. Every span
 * reads the clock twice; formatting a whole `Date` each time cost more than the rest of a span's bookkeeping, so
 * the part up to the second is formatted once per second and the milliseconds appended.
 * @internal
 */
export function timeIso(): string {
  const ms = Date.now();
  const offset = ms - secondStartMs;
  if (offset < 0 || offset >= 1000) {
    secondStartMs = ms - (ms % 1000);
    // `YYYY-MM-DDTHH:MM:SS.` — the ISO string without its milliseconds and zone.
    secondPrefix = new Date(secondStartMs).toISOString().slice(0, 20);
    return `${secondPrefix}${pad3(ms - secondStartMs)}Z`;
  }
  return `${secondPrefix}${pad3(offset)}Z`;
}

function pad3(value: number): string {
  return value >= 100 ? `${value}` : value >= 10 ? `0${value}` : `00${value}`;
}
