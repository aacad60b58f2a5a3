/**
 * Runs one step of a run that reaches outside it: a model call, a tool invocation, a guardrail's verdict. Every
 * such step goes through here under a key that is stable for the run (`turn-3/model`, `turn-3/tool/call_abc`,
 * `turn-1/input-guardrail/<name>`, `turn-3/output-guardrail/<name>`), so a durable-execution
 * adapter can journal the result and, when the run is replayed, return it instead of calling `fn` again.
 * Everything else a turn does is computed from the run's state.
 *
 * The default calls `fn` directly.
 */
export type StepRunner = <T>(key: string, fn: () => Promise<T>) => Promise<T>;

/** The default step runner: no journal, just the call. @internal */
export const runStepDirectly: StepRunner = (_key, fn) => fn();
