// Filled in with the run loop.
export class RunState<TContext = unknown, TAgent = unknown> {
  declare context: TContext;
  declare currentAgent: TAgent;
}
