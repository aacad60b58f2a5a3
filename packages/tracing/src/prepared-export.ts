import type { TracingExporter } from './processor.js';
import type { Span } from './span.js';
import type { Trace } from './trace.js';

/**
 * The internal side of an exporter that can turn each trace or span into what it will send as soon as it is
 * queued: the `BatchTraceProcessor` then holds only that (a string, say) rather than the span with every input and
 * output item it references, which would otherwise stay alive, and be traced by the garbage collector, until the
 * batch goes out. Symbols, not names: the exporter's public interface stays the Agents SDK's.
 * @internal
 */
export const PREPARE_ITEM = Symbol.for('baton.tracing.prepareItem');
/** @internal */
export const EXPORT_PREPARED = Symbol.for('baton.tracing.exportPrepared');

/** @internal */
export interface PreparingExporter<TPrepared> extends TracingExporter {
  /** What the exporter will send for `item`, taken when the item is queued; `undefined`: nothing to send. */
  [PREPARE_ITEM](item: Trace | Span<any>): TPrepared | undefined;
  /** Sends prepared items, as `export` sends items. */
  [EXPORT_PREPARED](items: TPrepared[], signal?: AbortSignal): Promise<void>;
}

/** Whether `exporter` prepares its items when they are queued. @internal */
export function isPreparingExporter(
  exporter: TracingExporter,
): exporter is PreparingExporter<unknown> {
  const candidate = exporter as Partial<PreparingExporter<unknown>>;
  return (
    typeof candidate[PREPARE_ITEM] === 'function' &&
    typeof candidate[EXPORT_PREPARED] === 'function'
  );
}
