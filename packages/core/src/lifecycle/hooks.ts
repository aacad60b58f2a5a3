import { EventEmitterDelegate } from './event-emitter-delegate.js';
import type { AgentHookEvents, RunHookEvents } from './lifecycle-events.js';

/** The lifecycle events of an agent: `Agent` is one of these. */
export class AgentHooks<TContext = unknown> extends EventEmitterDelegate<
  AgentHookEvents<TContext>
> {}

/** The lifecycle events of every agent a runner runs: `Runner` is one of these. */
export class RunHooks<TContext = unknown> extends EventEmitterDelegate<
  RunHookEvents<TContext>
> {}
