import { randomUUID } from 'node:crypto';

/** The id of a no-op trace or span: processors never see it. @internal */
export const NOOP_ID = 'no-op';

function hex(length: number): string {
  return randomUUID().replace(/-/g, '').slice(0, length);
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

/** The current time as ISO 8601, the format of `startedAt` and `endedAt`. @internal */
export function timeIso(): string {
  return new Date().toISOString();
}
