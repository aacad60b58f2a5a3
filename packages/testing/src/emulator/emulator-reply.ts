import type { AgentOutputItem } from '@baton/core';
import type { EmulatorRequest } from './emulator-request.js';

/** A tool call in a scripted reply. */
export interface EmulatorToolCall {
  /** The function's name. */
  name: string;
  /** The arguments: an object (sent as JSON) or a raw string (sent as it is, even if it is not valid JSON). */
  arguments?: Record<string, unknown> | string;
  /** The call id; a fresh `call_...` id when left out. */
  callId?: string;
}

/** Token counts a scripted reply reports instead of the emulator's estimate (for exact cost figures). */
export interface EmulatorUsage {
  /** Input tokens (cached ones included). */
  inputTokens: number;
  /** Output tokens (reasoning ones included). */
  outputTokens: number;
  /** Input tokens served from the prompt cache. Default 0. */
  cachedTokens?: number;
  /** Output tokens spent on reasoning. Default 0. */
  reasoningTokens?: number;
}

/** A reply the emulator renders in the format of whichever endpoint was called. */
export type EmulatorReplyValue =
  /** An assistant message with this text. */
  (
    | { text: string }
    /** One or more function calls (parallel when several). */
    | { toolCalls: EmulatorToolCall[] }
    /** Canonical Responses API output items, sent as they are (ids are added where missing). */
    | { output: AgentOutputItem[] }
    /** An assistant message whose text is this value as JSON (structured output). */
    | { json: unknown }
  ) & {
    /** The usage the response reports, instead of the estimate from characters. */
    usage?: EmulatorUsage;
  };

/** Computes the reply from the request, for scripts that depend on what the client sent. */
export type EmulatorReplyFunction = (
  request: EmulatorRequest,
) => EmulatorReplyValue | Promise<EmulatorReplyValue>;

/**
 * One scripted reply: `{ text }`, `{ toolCalls }`, `{ output }`, `{ json }`, or a function of the request.
 * Replies are consumed one per request, in order.
 */
export type EmulatorReply = EmulatorReplyValue | EmulatorReplyFunction;

/** Turns a reply into canonical output items (without ids; those are added when rendering). @internal */
export function replyToOutput(reply: EmulatorReplyValue): AgentOutputItem[] {
  if ('output' in reply) return reply.output;
  if ('toolCalls' in reply) {
    return reply.toolCalls.map((call) => ({
      type: 'function_call',
      call_id: call.callId ?? '',
      name: call.name,
      arguments:
        typeof call.arguments === 'string'
          ? call.arguments
          : JSON.stringify(call.arguments ?? {}),
      status: 'completed',
    }));
  }
  const text = 'text' in reply ? reply.text : JSON.stringify(reply.json);
  return [
    {
      type: 'message',
      role: 'assistant',
      status: 'completed',
      content: [{ type: 'output_text', text, annotations: [] }],
    },
  ];
}
