import type { RunContext } from '../context/run-context.js';
import { ToolCallError, ToolTimeoutError } from '../errors/errors.js';
import type {
  FunctionCallItem,
  FunctionCallOutputItem,
} from '../items/items.js';
import type { FunctionTool, ToolCallDetails } from './function-tool.js';
import { toFunctionOutput } from './to-function-output.js';
import { attachToolCallScope, type ToolCallScope } from './tool-call-scope.js';
import type { SchemaParseResult } from './tool-schema.js';
import { isPromise, type MaybePromise } from '../run/is-promise.js';

/** What running one function call produced: the text for the model and, when it worked, the tool's own value. */
export interface ToolInvocation {
  /** Sent to the model as the `function_call_output`'s `output`: text, or content parts for images and files. */
  output: FunctionCallOutputItem['output'];
  /** What `execute` returned; when the call failed, the error text the model was given. */
  value: unknown;
  /**
   * Why the call failed (bad arguments, a throw, a timeout), when it did, as text: for traces. Text, so that a
   * journaling step runner can store the invocation as JSON.
   */
  error?: string;
}

/**
 * Runs one function call through its tool: parse, check, execute with a timeout, and turn every failure into
 * text the model can act on. Throws only `ToolCallError` (when `errorFunction` is `null`).
 * @internal
 */
export async function invokeFunctionTool<TContext>(options: {
  tool: FunctionTool<TContext, any, any>;
  call: FunctionCallItem;
  runContext: RunContext<TContext>;
  signal: AbortSignal;
  /** Where `details.emit` sends progress; nowhere when left out. */
  emit?: (data: unknown) => void;
  /** What an agent tool needs of the calling run. */
  scope?: ToolCallScope;
}): Promise<ToolInvocation> {
  const { tool, call, runContext } = options;
  // A call queued behind others must not start once the run (or its turn) has been stopped.
  if (options.signal.aborted) throw options.signal.reason;
  const parsing = parseArguments(tool, call.arguments);
  const input = isPromise(parsing) ? await parsing : parsing;
  if (!input.ok)
    return {
      output: input.message,
      value: input.message,
      error: input.message,
    };

  const controller = new AbortController();
  const onAbort = () => controller.abort(options.signal.reason);
  if (options.signal.aborted) onAbort();
  else options.signal.addEventListener('abort', onAbort, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const running = Promise.resolve().then(() =>
      tool.execute(
        input.value as never,
        runContext,
        callDetails(call, controller.signal, options),
      ),
    );
    const result = await raceAbort(
      tool.timeoutMs === undefined
        ? running
        : raceTimeout(running, tool.timeoutMs, controller),
      controller.signal,
    );
    return { output: toFunctionOutput(result), value: result };
  } catch (error) {
    if (options.signal.aborted) throw options.signal.reason;
    if (tool.errorFunction === null) {
      throw new ToolCallError(
        `Tool "${tool.name}" failed: ${messageOf(error)}`,
        { toolName: tool.name, cause: error },
      );
    }
    const output = tool.errorFunction
      ? await tool.errorFunction(runContext, error)
      : `An error occurred while running the tool "${tool.name}". Please try again. Error: ${messageOf(error)}`;
    return { output, value: output, error: messageOf(error) };
  } finally {
    clearTimeout(timer);
    options.signal.removeEventListener('abort', onAbort);
  }

  function raceTimeout(
    running: Promise<unknown>,
    timeoutMs: number,
    abort: AbortController,
  ) {
    running.catch(() => {}); // its outcome no longer matters once the timeout wins
    return Promise.race([
      running,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          const error = new ToolTimeoutError(
            `Tool "${tool.name}" timed out after ${timeoutMs} ms.`,
            { timeoutMs, toolName: tool.name },
          );
          abort.abort(error);
          reject(error);
        }, timeoutMs);
      }),
    ]);
  }
}

function ignoreProgress(): void {}

function callDetails(
  call: FunctionCallItem,
  signal: AbortSignal,
  options: { emit?: (data: unknown) => void; scope?: ToolCallScope },
): ToolCallDetails {
  return attachToolCallScope(
    { toolCall: call, signal, emit: options.emit ?? ignoreProgress },
    options.scope,
  );
}

/** Settles as soon as the signal aborts, so a tool that ignores its signal cannot hold the run. */
function raceAbort<T>(running: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    // Detached in the same reactions that settle, rather than in a `finally` (two promises more per call).
    running.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

type ParsedArguments =
  { ok: true; value: unknown } | { ok: false; message: string };

/**
 * Parses a call's JSON arguments and checks them against the tool's schema; at once (no promise) when the schema's
 * check is synchronous, as zod's is.
 * @internal
 */
export function parseArguments(
  tool: FunctionTool<any, any, any>,
  text: string,
): MaybePromise<ParsedArguments> {
  let parsed: unknown;
  try {
    parsed = text.trim() === '' ? {} : JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      message: `The arguments for tool "${tool.name}" are not valid JSON (${messageOf(error)}). Call it again with a JSON object.`,
    };
  }
  const checked = tool.schema.parseValue(parsed);
  return isPromise(checked)
    ? checked.then((settled) => argumentsChecked(tool, settled))
    : argumentsChecked(tool, checked);
}

function argumentsChecked(
  tool: FunctionTool<any, any, any>,
  checked: SchemaParseResult,
): ParsedArguments {
  if (checked.ok) return checked;
  return {
    ok: false,
    message: `The arguments for tool "${tool.name}" do not match its schema: ${checked.message}. Call it again with corrected arguments.`,
  };
}

/** @internal */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
