import type { AgentOutputItem } from '@baton/core';
import type { ConversationView } from './default-model/conversation-view.js';
import type { EmulatorFault } from './emulator-fault.js';
import type { EmulatorUsage } from './emulator-reply.js';

/** A complete non-streaming answer. @internal */
export interface JsonAnswer {
  status: number;
  body: unknown;
}

/**
 * One emulated API endpoint: how it reads a conversation and how it renders a reply (canonical items with wire
 * ids) or a mid-stream failure in its own wire format. The request flow itself is shared.
 * @internal
 */
export interface Endpoint {
  /** The API's 400 for a body it refuses, checked before anything else; undefined when the body is accepted. */
  reject?(body: Record<string, unknown>): JsonAnswer | undefined;
  /** What the default model sees of the request body. */
  conversation(body: Record<string, unknown>): ConversationView;
  /** The non-streaming answer; `usage`, when given, replaces the estimated token counts. */
  json(
    body: Record<string, unknown>,
    output: AgentOutputItem[],
    usage?: EmulatorUsage,
  ): JsonAnswer;
  /** The framed SSE events of a streamed answer. */
  stream(
    body: Record<string, unknown>,
    output: AgentOutputItem[],
    usage?: EmulatorUsage,
  ): string[];
  /** A `stream_error` fault, streamed. */
  streamFailure(
    body: Record<string, unknown>,
    fault: Extract<EmulatorFault, { kind: 'stream_error' }>,
  ): string[];
  /** A `stream_error` fault on a non-streaming request. */
  jsonFailure(
    body: Record<string, unknown>,
    fault: Extract<EmulatorFault, { kind: 'stream_error' }>,
  ): JsonAnswer;
  /** Forgets any state kept between requests. */
  reset(): void;
}

/** The error a `stream_error` fault reports, unless it names its own. @internal */
export function streamErrorDetails(fault: {
  code?: string;
  message?: string;
}): { code: string; message: string } {
  return {
    code: fault.code ?? 'server_error',
    message:
      fault.message ??
      'An error occurred while processing your request. You can retry your request, or contact us if the error persists.',
  };
}
