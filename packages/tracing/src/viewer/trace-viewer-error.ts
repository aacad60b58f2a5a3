const MARKER = Symbol.for('baton.error.TraceViewerError');

/**
 * A trace viewer that cannot start as asked (a non-loopback host without `allowRemote`, a port in use).
 * `@baton/tracing` imports nothing of Baton, so this error carries Baton's error marker itself.
 */
export class TraceViewerError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'TraceViewerError';
    (this as unknown as Record<symbol, boolean>)[MARKER] = true;
  }

  /** Whether `value` is a `TraceViewerError` from any copy of Baton (ESM or CJS). */
  static isInstance(value: unknown): value is TraceViewerError {
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as Record<symbol, unknown>)[MARKER] === true
    );
  }
}
