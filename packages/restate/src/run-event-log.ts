import * as restate from '@restatedev/restate-sdk';
import type { DurableStreamEvent } from './durable-stream-event.js';

/** A batch of events a worker publishes; `key` makes publishing the same event again (a replay) a no-op. */
export interface EventBatch {
  /** The events, in order, each with a key unique within the run. */
  entries: Array<{ key: string; event: DurableStreamEvent }>;
  /** Set with the run's last event: readers stop there. */
  done?: boolean;
}

/** What `read` returns. */
export interface EventPage {
  /** The events from the asked index on, each with its index. */
  events: Array<{ index: number; event: DurableStreamEvent }>;
  /** The index to read from next (pass it as `from` when reconnecting). */
  next: number;
  /** Whether the run has published its last event and `next` is past it. */
  done: boolean;
}

/** Most events one `read` returns. */
const PAGE = 200;

/**
 * A Restate virtual object, keyed by run id, holding a durable run's stream events in order: workers `append`
 * (exclusive, so appends of one run never interleave), callers `read` from an index (shared, so reading never waits
 * for a writer). A reconnecting caller passes the `next` it saw last and misses nothing.
 * @see docs/durable-runs.md
 */
export function durableRunEvents(name: string) {
  return restate.object({
    name,
    handlers: {
      append: async (
        ctx: restate.ObjectContext,
        batch: EventBatch,
      ): Promise<number> => {
        let count = (await ctx.get<number>('count')) ?? 0;
        for (const { key, event } of batch.entries) {
          if (await ctx.get<boolean>(`seen:${key}`)) continue;
          ctx.set(`seen:${key}`, true);
          ctx.set(`event:${count}`, event);
          count++;
        }
        ctx.set('count', count);
        if (batch.done) ctx.set('done', true);
        return count;
      },
      read: restate.handlers.object.shared(
        async (
          ctx: restate.ObjectSharedContext,
          request: { from?: number } | null,
        ): Promise<EventPage> => {
          const from = Math.max(0, request?.from ?? 0);
          const count = (await ctx.get<number>('count')) ?? 0;
          const done = (await ctx.get<boolean>('done')) ?? false;
          const end = Math.min(count, from + PAGE);
          const events: EventPage['events'] = [];
          for (let index = from; index < end; index++)
            events.push({
              index,
              event: (await ctx.get<DurableStreamEvent>(`event:${index}`))!,
            });
          return {
            events,
            next: Math.max(from, end),
            done: done && end >= count,
          };
        },
      ),
    },
  });
}
