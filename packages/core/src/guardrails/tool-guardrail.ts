import type { Agent } from '../agent/agent.js';
import type { RunContext } from '../context/run-context.js';
import type { FunctionCallItem } from '../items/items.js';

/** What a tool guardrail decides: let the call (or its result) through, replace it with a message, or end the run. */
export type ToolGuardrailBehavior =
  | { type: 'allow' }
  | { type: 'rejectContent'; message: string }
  | { type: 'throwException' };

/** A tool guardrail's verdict. */
export interface ToolGuardrailFunctionOutput {
  /** Details for results and errors. */
  // eslint-disable-next-line no-restricted-syntax -- as in @openai/agents: ported code reads its fields directly
  outputInfo?: any;
  behavior: ToolGuardrailBehavior;
}

/** What a tool input guardrail sees: the call, before the tool runs. */
export interface ToolInputGuardrailData<TContext = unknown> {
  context: RunContext<TContext>;
  agent: Agent<any, any>;
  toolCall: FunctionCallItem;
}

/** What a tool output guardrail sees: the call and what the tool returned. */
export interface ToolOutputGuardrailData<
  TContext = unknown,
> extends ToolInputGuardrailData<TContext> {
  output: unknown;
}

/** Checks a tool call before the tool runs. */
export interface ToolInputGuardrailDefinition<TContext = unknown> {
  type: 'tool_input';
  name: string;
  run: (
    data: ToolInputGuardrailData<TContext>,
  ) => ToolGuardrailFunctionOutput | Promise<ToolGuardrailFunctionOutput>;
}

/** Checks what a tool returned before the model sees it. */
export interface ToolOutputGuardrailDefinition<TContext = unknown> {
  type: 'tool_output';
  name: string;
  run: (
    data: ToolOutputGuardrailData<TContext>,
  ) => ToolGuardrailFunctionOutput | Promise<ToolGuardrailFunctionOutput>;
}

/** What one tool guardrail said. */
export interface ToolGuardrailResult {
  guardrail: { type: 'tool_input' | 'tool_output'; name: string };
  output: ToolGuardrailFunctionOutput;
}

/**
 * Defines a guardrail that checks a tool call's arguments before the tool runs: `allow` runs it, `rejectContent`
 * answers the model with a message instead (the tool never runs), `throwException` ends the run with
 * `ToolInputGuardrailTripwireTriggered`.
 * @see docs/guardrails.md
 */
export function defineToolInputGuardrail<TContext = unknown>(options: {
  name: string;
  run: ToolInputGuardrailDefinition<TContext>['run'];
}): ToolInputGuardrailDefinition<TContext> {
  return { type: 'tool_input', name: options.name, run: options.run };
}

/**
 * Defines a guardrail that checks what a tool returned before the model sees it: `allow` passes it on,
 * `rejectContent` sends a message instead, `throwException` ends the run with `ToolOutputGuardrailTripwireTriggered`.
 * @see docs/guardrails.md
 */
export function defineToolOutputGuardrail<TContext = unknown>(options: {
  name: string;
  run: ToolOutputGuardrailDefinition<TContext>['run'];
}): ToolOutputGuardrailDefinition<TContext> {
  return { type: 'tool_output', name: options.name, run: options.run };
}

/** Builds tool guardrail verdicts, as `@openai/agents` names them. */
export const ToolGuardrailFunctionOutputFactory = {
  /** Let the call (or its result) through. */
  allow(outputInfo?: unknown): ToolGuardrailFunctionOutput {
    return { outputInfo, behavior: { type: 'allow' } };
  },
  /** Replace the call's result with `message`, which the model reads instead. */
  rejectContent(
    message: string,
    outputInfo?: unknown,
  ): ToolGuardrailFunctionOutput {
    return { outputInfo, behavior: { type: 'rejectContent', message } };
  },
  /** End the run with a tool guardrail tripwire error. */
  throwException(outputInfo?: unknown): ToolGuardrailFunctionOutput {
    return { outputInfo, behavior: { type: 'throwException' } };
  },
};
