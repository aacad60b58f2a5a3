import type { Agent } from '../agent/agent.js';
import type { RunContext } from '../context/run-context.js';
import {
  MaxTurnsExceededError,
  ModelBehaviorError,
  ModelRefusalError,
  UserError,
} from '../errors/errors.js';
import type { AgentInputItem } from '../items/items.js';
import { RunMessageOutputItem, type RunItem } from '../items/run-item.js';
import type { ModelResponse } from '../model/model.js';
import type { RunState } from '../state/run-state.js';
import { applyChange } from './apply-change.js';
import type { LoopContext } from './loop.js';
import type { NextStep } from './next-step.js';

/** The errors a run error handler can turn into a final output. */
export type RunErrorKind = 'maxTurns' | 'modelRefusal' | 'invalidFinalOutput';

/** The run as far as it got, for a run error handler. */
export interface RunErrorData<TContext = unknown> {
  input: string | AgentInputItem[];
  newItems: RunItem[];
  history: AgentInputItem[];
  output: AgentInputItem[];
  rawResponses: ModelResponse[];
  lastAgent: Agent<any, any>;
  state: RunState<TContext, any>;
}

/** What a run error handler is given. */
export interface RunErrorHandlerInput<TContext = unknown> {
  error: MaxTurnsExceededError | ModelRefusalError | ModelBehaviorError;
  context: RunContext<TContext>;
  runData: RunErrorData<TContext>;
}

/** A final output to end the run with instead of the error; `includeInHistory` (default true) adds it as a message. */
export interface RunErrorHandlerResult {
  finalOutput: unknown;
  includeInHistory?: boolean;
}

/** Turns an error into a final output, or returns nothing to let the error end the run. */
export type RunErrorHandler<TContext = unknown> = (
  input: RunErrorHandlerInput<TContext>,
) => RunErrorHandlerResult | void | Promise<RunErrorHandlerResult | void>;

/** Handlers by error kind, and a `default` for the kinds without one (the `@openai/agents` shape). */
export type RunErrorHandlers<TContext = unknown> = Partial<
  Record<RunErrorKind, RunErrorHandler<TContext>>
> & { default?: RunErrorHandler<TContext> };

/** Errors of a final output that broke the agent's `outputType`, told apart from other model behaviour errors. @internal */
export const invalidFinalOutputErrors = new WeakSet<object>();

/**
 * Gives a run error handler the chance to end the run with a final output instead of an error: for `maxTurns`, a
 * refusal, or a final output that broke the `outputType`. Resolves with the final-output step, or undefined to let
 * the error stand.
 * @internal
 */
export async function handleRunError(
  context: LoopContext,
  error: unknown,
  handlers: RunErrorHandlers<any> | undefined,
): Promise<Extract<NextStep, { type: 'final_output' }> | undefined> {
  const kind = errorKind(error);
  const handler = kind && (handlers?.[kind] ?? handlers?.default);
  if (!handler) return undefined;
  const { state, sink } = context;
  const handled = await handler({
    error: error as RunErrorHandlerInput['error'],
    context: state.context,
    runData: {
      input: state.originalInput,
      newItems: state.generatedItems.slice(),
      history: state.history(),
      output: state.generatedItems.map((item) => item.rawItem),
      rawResponses: state.modelResponses.slice(),
      lastAgent: state.currentAgent,
      state,
    },
  });
  if (!handled) return undefined;
  const agent: Agent<any, any> = state.currentAgent;
  const schema = agent.outputSchema();
  const checked = await schema.check(handled.finalOutput);
  if (!checked.ok || (schema.isText && typeof handled.finalOutput !== 'string'))
    throw new UserError(
      `The ${kind} error handler returned a final output that does not fit agent "${agent.name}"'s outputType` +
        `${checked.ok ? ': a text agent needs a string' : `: ${checked.message}`}.`,
      { cause: error, state },
    );
  if (handled.includeInHistory !== false) {
    const text = schema.isText
      ? (checked.value as string)
      : JSON.stringify(checked.value);
    applyChange(state, sink, {
      type: 'items_added',
      items: [
        new RunMessageOutputItem(
          {
            type: 'message',
            role: 'assistant',
            status: 'completed',
            content: [{ type: 'output_text', text, annotations: [] }],
          },
          agent,
        ),
      ],
    });
  }
  return { type: 'final_output', output: checked.value };
}

function errorKind(error: unknown): RunErrorKind | undefined {
  if (MaxTurnsExceededError.isInstance(error)) return 'maxTurns';
  if (ModelRefusalError.isInstance(error)) return 'modelRefusal';
  if (
    ModelBehaviorError.isInstance(error) &&
    invalidFinalOutputErrors.has(error)
  )
    return 'invalidFinalOutput';
  return undefined;
}
