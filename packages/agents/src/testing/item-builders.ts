import {
  toInputItems,
  type AssistantMessageItem,
  type FunctionCallItem,
} from '@baton/core';
import { functionCall as batonFunctionCall, textMessage } from '@baton/testing';

/** Options of {@link assistantMessage}. */
export interface AssistantMessageOptions {
  /** The item id. */
  id?: string;
  /** The message phase (`'commentary'` or `'final_answer'`). */
  phase?: string;
  /** Extra wire fields, merged into the item (camelCase keys become snake_case). */
  providerData?: Record<string, unknown>;
}

/** A completed assistant message with one `output_text` part, in Baton's canonical shape. */
export function assistantMessage(
  text: string,
  options: AssistantMessageOptions = {},
): AssistantMessageItem {
  const item: Record<string, unknown> = {
    ...textMessage(text, options.id === undefined ? {} : { id: options.id }),
  };
  if (options.phase !== undefined) item.phase = options.phase;
  if (options.providerData !== undefined)
    item.providerData = options.providerData;
  return toInputItems([item as never])[0] as AssistantMessageItem;
}

/** Options of {@link functionCall}. */
export interface FunctionCallOptions {
  /** The call id a `function_call_output` must answer (required, as in the Agents SDK). */
  callId: string;
  /** The item id; the call id when left out, as in the Agents SDK. */
  id?: string;
  /** The tool namespace, for namespaced tools. */
  namespace?: string;
  /** Extra wire fields, merged into the item (camelCase keys become snake_case). */
  providerData?: Record<string, unknown>;
}

/** A completed `function_call` item in Baton's canonical shape; an object `args` is serialised to JSON. */
export function functionCall(
  name: string,
  args: string | Record<string, unknown>,
  options: FunctionCallOptions,
): FunctionCallItem {
  const item: Record<string, unknown> = {
    ...batonFunctionCall(name, args, {
      callId: options.callId,
      id: options.id ?? options.callId,
    }),
  };
  if (options.namespace !== undefined) item.namespace = options.namespace;
  if (options.providerData !== undefined)
    item.providerData = options.providerData;
  return toInputItems([item as never])[0] as FunctionCallItem;
}
