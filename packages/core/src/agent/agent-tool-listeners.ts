import { UserError } from '../errors/errors.js';
import type { FunctionCallItem } from '../items/items.js';
import { getLogger } from '../logging/get-logger.js';
import type { RunStreamEvent } from '../streaming/events.js';
import type { Agent } from './agent.js';

/** One event of an agent tool's nested run, as `onStream` and `on(...)` handlers receive it. */
export interface AgentToolStreamEvent<
  TAgent extends Agent<any, any> = Agent<any, any>,
> {
  /** The nested run's event (tagged with its `origin`). */
  event: RunStreamEvent;
  /** The agent the tool runs. */
  agent: TAgent;
  /** The call of the agent tool that started the nested run. */
  toolCall?: FunctionCallItem;
}

/** An event type for `agentTool.on(name, handler)`, or `'*'` for every event. */
export type AgentToolEventName = RunStreamEvent['type'] | '*';

/** A handler of a nested run's events; a returned promise is awaited before the tool returns. */
export type AgentToolEventHandler<
  TAgent extends Agent<any, any> = Agent<any, any>,
> = (event: AgentToolStreamEvent<TAgent>) => void | Promise<void>;

const logger = getLogger('baton:agent-tool');

/**
 * The handlers of one agent tool (`onStream` and `on(...)`), and the dispatch of one nested run's events to them.
 * Events are handed over as they happen, in order, without holding the run; handlers that return promises are
 * awaited before the tool returns, and more than `maxPending` unsettled at once stops the nested run (so a slow
 * handler cannot pile up memory). A handler that throws is logged and does not fail the run.
 * @internal
 */
export class AgentToolListeners {
  readonly #byName = new Map<AgentToolEventName, Set<AgentToolEventHandler>>();

  constructor(
    readonly onStream: AgentToolEventHandler | undefined,
    readonly maxPending: number | null,
  ) {}

  get any(): boolean {
    return this.onStream !== undefined || this.#byName.size > 0;
  }

  add(name: AgentToolEventName, handler: AgentToolEventHandler): void {
    let set = this.#byName.get(name);
    if (!set) this.#byName.set(name, (set = new Set()));
    set.add(handler);
  }

  /** A listener for one nested run, and how to wait for what its handlers still do. */
  forRun(options: {
    agent: Agent<any, any>;
    toolCall?: FunctionCallItem;
    overflow: (error: Error) => void;
  }): {
    listener: (event: RunStreamEvent) => void;
    settled: () => Promise<void>;
  } {
    const pending = new Set<Promise<void>>();
    const listener = (event: RunStreamEvent) => {
      const payload = {
        event,
        agent: options.agent,
        toolCall: options.toolCall,
      };
      for (const handler of this.#handlers(event.type)) {
        const running = Promise.resolve()
          .then(() => handler(payload))
          .catch((error: unknown) =>
            logger.error('An agent tool stream handler failed:', error),
          );
        pending.add(running);
        void running.finally(() => pending.delete(running));
      }
      if (this.maxPending !== null && pending.size > this.maxPending)
        options.overflow(
          new UserError(
            `More than ${this.maxPending} events of agent "${options.agent.name}" wait for its stream handlers. ` +
              'Make the handlers faster, or raise `onStreamMaxPendingEvents` (null: no limit).',
          ),
        );
    };
    return {
      listener,
      settled: async () => {
        while (pending.size > 0) await Promise.allSettled([...pending]);
      },
    };
  }

  #handlers(type: RunStreamEvent['type']): AgentToolEventHandler[] {
    return [
      ...(this.onStream ? [this.onStream] : []),
      ...(this.#byName.get(type) ?? []),
      ...(this.#byName.get('*') ?? []),
    ];
  }
}
