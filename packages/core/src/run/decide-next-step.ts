import type { FunctionToolResult } from '../agent/tool-use-behavior.js';
import { ModelBehaviorError, ModelRefusalError } from '../errors/errors.js';
import { RunMessageOutputItem } from '../items/run-item.js';
import type { RunState } from '../state/run-state.js';
import type { ClassifiedOutput } from './classify-output.js';
import { invalidFinalOutputErrors } from './handle-run-error.js';
import type { NextStep } from './next-step.js';
import type { Turn } from './prepare-turn.js';
import type { SchemaParseResult } from '../tools/tool-schema.js';
import { isPromise, type MaybePromise } from './is-promise.js';

/**
 * Decides what follows a turn: a handoff wins; then, if the model called tools, their results go back to the model
 * unless the agent's `toolUseBehavior` makes one final; with no tool calls, the last message's text is the final
 * output (parsed when the agent has an output type), and a message that is only a refusal ends the run with
 * `ModelRefusalError`. A response with neither output nor calls runs the model again. The step comes back as it is
 * unless deciding has to wait (a `toolUseBehavior` function, a schema that checks asynchronously).
 * @internal
 */
export function decideNextStep(options: {
  turn: Turn;
  state: RunState<any, any>;
  classified: ClassifiedOutput;
  toolResults: FunctionToolResult[];
}): MaybePromise<NextStep> {
  const { turn, state, classified, toolResults } = options;
  const first = classified.handoffCalls[0];
  if (first)
    return {
      type: 'handoff',
      handoff: first.handoff,
      call: first.call,
      from: turn.agent,
    };

  // A screenshot waits for the model: a turn with computer calls always goes on (unless a tool's result ends it).
  if (classified.toolCalls.length > 0 || classified.computerCalls.length > 0) {
    const behavior = turn.agent.toolUseBehavior;
    // The default behaviour sends the results back: nothing to wait for.
    if (behavior === 'run_llm_again' || toolResults.length === 0)
      return { type: 'run_again' };
    return toolsToFinalOutput(turn, state, toolResults).then(
      (decided) => decided ?? { type: 'run_again' },
    );
  }

  const message = classified.items.findLast(
    (item) => item instanceof RunMessageOutputItem,
  );
  if (!message) return { type: 'run_again' };
  const { text, refusal } = messageText(message);
  if (text === '' && refusal !== '')
    throw new ModelRefusalError(refusal, state);
  const parsed = turn.agent.outputSchema().parseText(text);
  return isPromise(parsed)
    ? parsed.then((settled) => finalOutput(settled, turn, state))
    : finalOutput(parsed, turn, state);
}

function finalOutput(
  parsed: SchemaParseResult,
  turn: Turn,
  state: RunState<any, any>,
): NextStep {
  if (!parsed.ok) {
    const error = new ModelBehaviorError(
      `Agent "${turn.agent.name}" returned a final output that does not match its outputType: ${parsed.message}.`,
      { state },
    );
    invalidFinalOutputErrors.add(error);
    throw error;
  }
  return { type: 'final_output', output: parsed.value };
}

function messageText(message: RunMessageOutputItem) {
  let text = '';
  let refusal = '';
  for (const part of message.rawItem.content) {
    if (part.type === 'output_text') text += part.text;
    else if (part.type === 'refusal') refusal += part.refusal;
  }
  return { text, refusal };
}

/** Only a real tool's result can become the final output; calls to unknown tools are not in `results`. */
async function toolsToFinalOutput(
  turn: Turn,
  state: RunState<any, any>,
  results: FunctionToolResult[],
): Promise<NextStep | undefined> {
  const behavior = turn.agent.toolUseBehavior;
  if (behavior === 'run_llm_again' || results.length === 0) return undefined;
  if (typeof behavior === 'function') {
    const decision = await behavior(state.context, results);
    return decision.isFinalOutput
      ? { type: 'final_output', output: decision.finalOutput }
      : undefined;
  }
  const stopping =
    behavior === 'stop_on_first_tool'
      ? results[0]
      : results.find((result) =>
          behavior.stopAtToolNames.includes(result.tool.name),
        );
  if (!stopping) return undefined;
  return {
    type: 'final_output',
    output: await toolOutputAsFinal(turn, state, stopping),
  };
}

/**
 * A tool's result as the agent's final output. An agent with an `outputType` gets the tool's object, checked against
 * it (text that is JSON is parsed first, as `@openai/agents` does); a text agent gets text — the tool's string, or
 * its JSON form — so `finalOutput` is what its type says.
 */
async function toolOutputAsFinal(
  turn: Turn,
  state: RunState<any, any>,
  result: FunctionToolResult,
): Promise<unknown> {
  const schema = turn.agent.outputSchema();
  if (schema.isText) return asText(result.output);
  const parsed =
    typeof result.output === 'string'
      ? await schema.parse(result.output)
      : await schema.check(result.output);
  if (parsed.ok) return parsed.value;
  throw new ModelBehaviorError(
    `Tool "${result.tool.name}" ended the run, but its output does not match agent "${turn.agent.name}"'s outputType: ${parsed.message}.`,
    { state },
  );
}

function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
