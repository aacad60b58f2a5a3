import type { RunContext } from '../context/run-context.js';
import { ToolCallError } from '../errors/errors.js';
import { fromProtocolItem } from '../items/from-protocol-item.js';
import type { FunctionCallItem } from '../items/items.js';
import type { FunctionTool, ToolCallDetails } from './function-tool.js';
import { invokeFunctionTool as runFunctionCall } from './invoke-tool.js';

/** Arguments of {@link invokeFunctionTool}. */
export interface InvokeFunctionToolArgs<TContext = unknown, TResult = unknown> {
  /** The tool to run. */
  tool: FunctionTool<TContext, any, TResult>;
  /** The run context `execute` receives. */
  runContext: RunContext<TContext>;
  /** The arguments as the model would send them: a JSON string. */
  input: string;
  /** The call being answered and an abort signal; both optional outside a run. */
  details?: Partial<ToolCallDetails>;
}

/**
 * Runs a function tool outside the run loop, exactly as a run would: the input is parsed and checked against
 * the schema, `execute` runs under the tool's `timeoutMs` and `signal`, and a failure becomes the text the model
 * would read (from `errorFunction`). Resolves with what `execute` returned, or with that text when it failed;
 * with `errorFunction: null` the tool's error is thrown instead.
 *
 * @example
 * const result = await invokeFunctionTool({ tool: getWeather, runContext: new RunContext(), input: '{"city":"Oslo"}' });
 */
export async function invokeFunctionTool<TContext, TResult>(
  args: InvokeFunctionToolArgs<TContext, TResult>,
): Promise<TResult | string> {
  const { tool, runContext, input, details } = args;
  const given = details?.toolCall
    ? (fromProtocolItem(details.toolCall) as FunctionCallItem)
    : undefined;
  const call: FunctionCallItem =
    given && given.arguments === input
      ? given
      : {
          type: 'function_call',
          call_id: given?.call_id ?? `call_${globalThis.crypto.randomUUID()}`,
          name: tool.name,
          arguments: input,
          ...(given?.id === undefined ? {} : { id: given.id }),
        };
  try {
    const invocation = await runFunctionCall({
      tool,
      call,
      runContext,
      signal: details?.signal ?? new AbortController().signal,
      emit: details?.emit,
    });
    // What `execute` returned, or the error text the model would have been given.
    return invocation.value as TResult | string;
  } catch (error) {
    // The loop's invoker wraps the tool's own error; outside a run the caller gets that error, as in the SDK.
    if (ToolCallError.isInstance(error)) throw error.error;
    throw error;
  }
}
