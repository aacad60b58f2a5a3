import { Usage } from './usage.js';

/**
 * What every instruction function, tool and hook of a run receives: the caller's own `context` object (never sent
 * to the model) and the usage so far.
 */
export class RunContext<TContext = unknown> {
  /** The object passed as `context` to `run()`; Baton never reads or sends it. */
  context: TContext;
  /** Token usage of the run so far. */
  usage: Usage;

  constructor(context: TContext = {} as TContext, usage: Usage = new Usage()) {
    this.context = context;
    this.usage = usage;
  }
}
