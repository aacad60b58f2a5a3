import {
  GuardrailExecutionError,
  ToolInputGuardrailTripwireTriggered,
  ToolOutputGuardrailTripwireTriggered,
} from '../guardrails/guardrail-errors.js';
import type {
  ToolGuardrailFunctionOutput,
  ToolGuardrailResult,
} from '../guardrails/tool-guardrail.js';
import type { Agent } from '../agent/agent.js';
import type { FunctionCallItem } from '../items/items.js';
import type { RunState } from '../state/run-state.js';
import type { FunctionTool } from '../tools/function-tool.js';
import type { ToolInvocation } from '../tools/invoke-tool.js';
import {
  toolGuardrailTriggered,
  traceGuardrail,
  traceToolCall,
} from '../tracing/trace-run.js';

/** A tool call's outcome after its guardrails, and what they said. @internal */
export interface GuardedInvocation extends ToolInvocation {
  guardrailResults: ToolGuardrailResult[];
}

/**
 * Runs a tool call through the tool's guardrails: input guardrails in order before it runs (a `rejectContent` answers
 * the model with its message and the tool never runs), then output guardrails on its result (a `rejectContent`
 * replaces the result). `throwException` ends the run with the matching tripwire error; a guardrail that throws,
 * with `GuardrailExecutionError`.
 * @internal
 */
export function guardToolCall(
  options: GuardToolCallOptions,
): Promise<GuardedInvocation> {
  // One function span covers the call and its guardrails.
  return traceToolCall(options.agent, options.call, () => guarded(options));
}

interface GuardToolCallOptions {
  tool: FunctionTool<any, any, any>;
  call: FunctionCallItem;
  agent: Agent<any, any>;
  state: RunState<any, any>;
  invoke: () => Promise<ToolInvocation>;
}

async function guarded(
  options: GuardToolCallOptions,
): Promise<GuardedInvocation> {
  const { tool, call, agent, state } = options;
  const data = { context: state.context, agent, toolCall: call };
  const guardrailResults: ToolGuardrailResult[] = [];
  const verdict = async (
    type: 'tool_input' | 'tool_output',
    name: string,
    check: () =>
      ToolGuardrailFunctionOutput | Promise<ToolGuardrailFunctionOutput>,
  ) => {
    let output: ToolGuardrailFunctionOutput;
    try {
      output = await traceGuardrail(name, check, toolGuardrailTriggered);
    } catch (error) {
      throw new GuardrailExecutionError(
        `Tool ${type === 'tool_input' ? 'input' : 'output'} guardrail "${name}" of tool "${tool.name}" failed to complete: ${error instanceof Error ? error.message : String(error)}`,
        error,
        state,
      );
    }
    const result: ToolGuardrailResult = { guardrail: { type, name }, output };
    guardrailResults.push(result);
    if (output.behavior.type === 'throwException') {
      const Tripwire =
        type === 'tool_input'
          ? ToolInputGuardrailTripwireTriggered
          : ToolOutputGuardrailTripwireTriggered;
      throw new Tripwire(
        `Tool ${type === 'tool_input' ? 'input' : 'output'} guardrail "${name}" of tool "${tool.name}" triggered: ${JSON.stringify(output.outputInfo) ?? 'no details'}`,
        result,
        state,
      );
    }
    return output.behavior.type === 'rejectContent'
      ? output.behavior.message
      : undefined;
  };
  for (const guardrail of tool.inputGuardrails) {
    const rejection = await verdict('tool_input', guardrail.name, () =>
      guardrail.run(data),
    );
    if (rejection !== undefined)
      return { output: rejection, value: rejection, guardrailResults };
  }
  const invocation = await options.invoke();
  for (const guardrail of tool.outputGuardrails) {
    const rejection = await verdict('tool_output', guardrail.name, () =>
      guardrail.run({ ...data, output: invocation.value }),
    );
    if (rejection !== undefined)
      return { output: rejection, value: rejection, guardrailResults };
  }
  return { ...invocation, guardrailResults };
}
