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
import { checkDuplicateItems } from './check-duplicate-items.js';
import { checkFunctionOutputs } from './check-function-outputs.js';
import type { ConversationsStore } from '../conversations-store.js';
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
 * `previous_response_id` is understood (an unknown id is tolerated: the request's own input is used), and reads and
 * adds to the stored conversation a request names in `conversation`. Either way, an input item the stored items
 * already hold is refused, as the API does.
 * @internal
 */
export class ResponsesEndpoint implements Endpoint {
  #store = new Map<string, Item[]>();
  // For each reasoning item produced: the id of the item that followed it in its response.
  #reasoningFollowers = new Map<string, string | undefined>();
  readonly #conversations: ConversationsStore;

  constructor(conversations: ConversationsStore) {
    this.#conversations = conversations;
  }

  reject(body: Body): JsonAnswer | undefined {
    const conversation = conversationId(body);
    if (conversation !== undefined && body.previous_response_id != null)
      return invalid(
        400,
        "Mutually exclusive parameters: Ensure you are only providing one of: 'previous_response_id' or 'conversation'.",
        null,
      );
    if (conversation !== undefined && !this.#conversations.get(conversation))
      return invalid(
        404,
        `Conversation with id '${conversation}' not found.`,
        'conversation',
      );
    const history = this.#history(body);
    const message =
      checkDuplicateItems(body.input, history) ??
      checkReasoningPairs(body.input, this.#reasoningFollowers) ??
      checkFunctionOutputs(history, body.input) ??
      checkComputerOutputs(history, body.input);
    return message === undefined ? undefined : invalid(400, message, 'input');
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
    const added = [...inputItems(body.input), ...(output as Item[])];
    this.#remember(String(response.id), [...this.#history(body), ...added]);
    const conversation = conversationId(body);
    if (conversation !== undefined)
      this.#conversations.append(conversation, added);
    return response;
  }

  #history(body: Body): Item[] {
    const conversation = conversationId(body);
    if (conversation !== undefined)
      return this.#conversations.get(conversation)?.items ?? [];
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

/** The `conversation` a body names, by id or as `{ id }`. */
function conversationId(body: Body): string | undefined {
  const conversation = body.conversation as unknown;
  if (typeof conversation === 'string') return conversation;
  const id = (conversation as { id?: unknown } | null | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
}

function invalid(
  status: number,
  message: string,
  param: string | null,
): JsonAnswer {
  return {
    status,
    body: {
      error: { message, type: 'invalid_request_error', param, code: null },
    },
  };
}

function inputItems(input: unknown): Item[] {
  if (typeof input === 'string')
    return [{ type: 'message', role: 'user', content: input }];
  return Array.isArray(input) ? (input as Item[]) : [];
}

function now(): number {
  return Math.floor(Date.now() / 1000);
}
