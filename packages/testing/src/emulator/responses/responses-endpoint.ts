import type { AgentOutputItem } from '@baton/core';
import { randomId } from '../../internal/random-id.js';
import type { ConversationView } from '../default-model/conversation-view.js';
import {
  streamErrorDetails,
  type Endpoint,
  type JsonAnswer,
} from '../endpoint.js';
import type { EmulatorFault } from '../emulator-fault.js';
import { buildResponse } from './build-response.js';
import type { EmulatorUsage } from '../emulator-reply.js';
import { checkReasoningPairs } from './check-reasoning-pairs.js';
import { checkComputerOutputs } from './check-computer-outputs.js';
import {
  frameResponseEvents,
  responseStreamEvents,
} from './response-stream-events.js';
import { responsesConversation } from './responses-conversation.js';

type Body = Record<string, unknown>;
type Item = Record<string, unknown>;

/** Enough stored responses for any test conversation, bounded so a long-running emulator does not grow. */
const MAX_STORED_RESPONSES = 1000;

/**
 * `POST /v1/responses`. Keeps each response's conversation so that a request continuing it through
 * `previous_response_id` is understood; an unknown id is tolerated (the request's own input is used).
 * @internal
 */
export class ResponsesEndpoint implements Endpoint {
  #store = new Map<string, Item[]>();
  // For each reasoning item produced: the id of the item that followed it in its response.
  #reasoningFollowers = new Map<string, string | undefined>();

  reject(body: Body): JsonAnswer | undefined {
    const message =
      checkReasoningPairs(body.input, this.#reasoningFollowers) ??
      checkComputerOutputs(this.#history(body), body.input);
    if (message === undefined) return undefined;
    return {
      status: 400,
      body: {
        error: {
          message,
          type: 'invalid_request_error',
          param: 'input',
          code: null,
        },
      },
    };
  }

  conversation(body: Body): ConversationView {
    return responsesConversation(body, this.#history(body));
  }

  json(
    body: Body,
    output: AgentOutputItem[],
    usage?: EmulatorUsage,
  ): JsonAnswer {
    return { status: 200, body: this.#complete(body, output, usage) };
  }

  stream(
    body: Body,
    output: AgentOutputItem[],
    usage?: EmulatorUsage,
  ): string[] {
    const completed = this.#complete(body, output, usage);
    const pending = {
      ...completed,
      status: 'in_progress',
      completed_at: null,
      output: [],
      usage: null,
    };
    return frameResponseEvents(responseStreamEvents(pending, completed));
  }

  streamFailure(
    body: Body,
    fault: Extract<EmulatorFault, { kind: 'stream_error' }>,
  ): string[] {
    const details = streamErrorDetails(fault);
    const pending = buildResponse({
      id: randomId('resp_'),
      createdAt: now(),
      body,
      status: 'in_progress',
      output: [],
    });
    const failed = { ...pending, status: 'failed', error: details };
    // The live API nests the fields under `error` here, unlike the spec (see the recordings).
    const error = {
      type: details.code,
      code: details.code,
      message: details.message,
      param: null,
    };
    return frameResponseEvents([
      { type: 'response.created', response: pending },
      { type: 'response.in_progress', response: pending },
      { type: 'error', error },
      { type: 'response.failed', response: failed },
    ]);
  }

  jsonFailure(
    body: Body,
    fault: Extract<EmulatorFault, { kind: 'stream_error' }>,
  ): JsonAnswer {
    const response = buildResponse({
      id: randomId('resp_'),
      createdAt: now(),
      body,
      status: 'failed',
      output: [],
      error: streamErrorDetails(fault),
    });
    return { status: 200, body: response };
  }

  reset(): void {
    this.#store.clear();
    this.#reasoningFollowers.clear();
  }

  #complete(
    body: Body,
    output: AgentOutputItem[],
    usage: EmulatorUsage | undefined,
  ): Item {
    const response = buildResponse({
      id: randomId('resp_'),
      createdAt: now(),
      body,
      status: 'completed',
      output,
      ...(usage && { usage }),
    });
    this.#rememberReasoning(output as Item[]);
    this.#remember(String(response.id), [
      ...this.#history(body),
      ...inputItems(body.input),
      ...(output as Item[]),
    ]);
    return response;
  }

  #history(body: Body): Item[] {
    const previous = body.previous_response_id;
    return typeof previous === 'string'
      ? (this.#store.get(previous) ?? [])
      : [];
  }

  #rememberReasoning(output: Item[]): void {
    output.forEach((item, index) => {
      if (item.type !== 'reasoning' || typeof item.id !== 'string') return;
      if (this.#reasoningFollowers.size >= MAX_STORED_RESPONSES * 4) {
        const oldest = this.#reasoningFollowers.keys().next().value;
        if (oldest !== undefined) this.#reasoningFollowers.delete(oldest);
      }
      const next = output[index + 1]?.id;
      this.#reasoningFollowers.set(
        item.id,
        typeof next === 'string' ? next : undefined,
      );
    });
  }

  #remember(id: string, items: Item[]): void {
    if (this.#store.size >= MAX_STORED_RESPONSES) {
      const oldest = this.#store.keys().next().value;
      if (oldest !== undefined) this.#store.delete(oldest);
    }
    this.#store.set(id, items);
  }
}

function inputItems(input: unknown): Item[] {
  if (typeof input === 'string')
    return [{ type: 'message', role: 'user', content: input }];
  return Array.isArray(input) ? (input as Item[]) : [];
}

function now(): number {
  return Math.floor(Date.now() / 1000);
}
