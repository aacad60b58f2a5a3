import type { TracingExporter } from './processor.js';
import type { Span } from './span.js';
import type { Trace } from './trace.js';

/** Prints traces and spans to the console (stdout), one line each: for a first look while developing. */
export class ConsoleSpanExporter implements TracingExporter {
  /** Prints each item on a line of its own. */
  async export(items: (Trace | Span<any>)[]): Promise<void> {
    for (const item of items) {
      if (item.type === 'trace')
        console.log(
          `[Exporter] Export trace traceId=${item.traceId} name=${item.name}${item.groupId ? ` groupId=${item.groupId}` : ''}`,
        );
      else console.log(`[Exporter] Export span: ${JSON.stringify(item)}`);
    }
  }
}
