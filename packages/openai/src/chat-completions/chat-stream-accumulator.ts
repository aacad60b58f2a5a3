import type { ModelResponse } from '@baton/core';
import { generateCallId } from './generate-call-id.js';
import { messageToItems } from './messages-to-items.js';
import { toChatUsage, type ChatUsageLike } from './to-chat-usage.js';

/** @internal The fields of a Chat Completions chunk this module reads; unknown fields are ignored. */
export interface ChatChunkLike {
  id?: string;
  choices?: Array<{
    index?: number;
    delta?: ChatDeltaLike | null;
    finish_reason?: string | null;
  }> | null;
  usage?: ChatUsageLike | null;
}

interface ChatDeltaLike {
  content?: string | null;
  refusal?: string | null;
  reasoning_content?: string | null;
  reasoning?: string | null;
  tool_calls?: Array<{
    index?: number;
    id?: string | null;
    type?: string | null;
    function?: { name?: string | null; arguments?: string | null } | null;
  }> | null;
}

interface ToolCallDraft {
  id?: string;
  type?: string;
  name: string;
  arguments: string;
}

/**
 * @internal Builds one response out of Chat Completions chunks. Tool calls are accumulated by `index` (a compatible
 * server may instead send a whole call in one delta, or leave `index` out); reasoning sent as
 * `delta.reasoning_content` (or `delta.reasoning`) is kept as a `reasoning` item.
 */
export class ChatStreamAccumulator {
  #text = '';
  #refusal = '';
  #reasoning = '';
  #toolCalls = new Map<number, ToolCallDraft>();
  #usage: ChatUsageLike | undefined;
  #id: string | undefined;
  #finishReason: string | undefined;

  /** Whether a choice has said why it stopped: the stream's content is complete (usage may still follow). */
  get finished(): boolean {
    return this.#finishReason !== undefined;
  }

  /** Whether a chunk carried usage, which Baton asks for last (`stream_options.include_usage`). */
  get hasUsage(): boolean {
    return this.#usage !== undefined;
  }

  /** Adds one chunk and returns the text it adds to the answer, if any. */
  push(chunk: ChatChunkLike): string | undefined {
    if (chunk.id) this.#id ??= chunk.id;
    if (chunk.usage) this.#usage = chunk.usage;
    // Only the first choice is the answer: Baton never asks for `n > 1`.
    const choice = chunk.choices?.find(
      (candidate) => (candidate.index ?? 0) === 0,
    );
    if (!choice) return undefined;
    if (choice.finish_reason) this.#finishReason = choice.finish_reason;
    const delta = choice.delta;
    if (!delta) return undefined;
    const reasoning = delta.reasoning_content ?? delta.reasoning;
    if (typeof reasoning === 'string') this.#reasoning += reasoning;
    if (typeof delta.refusal === 'string') this.#refusal += delta.refusal;
    for (const call of delta.tool_calls ?? []) this.#addToolCall(call);
    if (typeof delta.content === 'string' && delta.content !== '') {
      this.#text += delta.content;
      return delta.content;
    }
    return undefined;
  }

  /** The response the chunks so far add up to. */
  toResponse(): ModelResponse {
    const output = messageToItems({
      content: this.#text,
      refusal: this.#refusal,
      reasoning_content: this.#reasoning,
      tool_calls: [...this.#toolCalls.entries()]
        .sort(([a], [b]) => a - b)
        .map(([, call]) => ({
          // Generated once per call and kept, so the same response always names a call alike.
          id: (call.id ??= generateCallId()),
          ...(call.type !== undefined && { type: call.type }),
          function: { name: call.name, arguments: call.arguments },
        })),
    });
    const response: ModelResponse = { output, usage: toChatUsage(this.#usage) };
    const providerData: Record<string, unknown> = {};
    if (this.#id) providerData.id = this.#id;
    if (this.#finishReason) providerData.finish_reason = this.#finishReason;
    if (Object.keys(providerData).length > 0)
      response.providerData = providerData;
    return response;
  }

  #addToolCall(call: ChatToolCallDelta): void {
    const index = call.index ?? this.#indexWithoutIndex(call);
    const draft = this.#toolCalls.get(index) ?? { name: '', arguments: '' };
    if (call.id) draft.id = call.id;
    if (call.type) draft.type = call.type;
    // Names arrive whole (some servers repeat them in every delta); arguments arrive in pieces.
    if (call.function?.name) draft.name = call.function.name;
    if (call.function?.arguments) draft.arguments += call.function.arguments;
    this.#toolCalls.set(index, draft);
  }

  // Without an `index`, a new id starts a new call, and so does a named delta without id once the last call is
  // whole (a server that sends neither ids nor indexes sends each call in one delta); anything else continues it.
  #indexWithoutIndex(call: ChatToolCallDelta): number {
    const id = call.id ?? undefined;
    const entries = [...this.#toolCalls.entries()];
    const known = entries.find(
      ([, draft]) => id !== undefined && draft.id === id,
    );
    if (known) return known[0];
    const last = entries.at(-1);
    if (!last) return 0;
    const continues =
      id === undefined &&
      !(Boolean(call.function?.name) && isWholeCall(last[1]));
    return continues ? last[0] : Math.max(...this.#toolCalls.keys()) + 1;
  }
}

type ChatToolCallDelta = NonNullable<ChatDeltaLike['tool_calls']>[number];

function isWholeCall(draft: ToolCallDraft): boolean {
  if (draft.name === '' || draft.arguments === '') return false;
  try {
    JSON.parse(draft.arguments);
    return true;
  } catch {
    return false;
  }
}
