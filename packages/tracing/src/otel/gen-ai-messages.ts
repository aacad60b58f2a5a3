// Responses API items (and Chat Completions messages, for generation spans) in the message shape of the GenAI
// semantic conventions (`gen_ai.input.messages` / `gen_ai.output.messages`): `{ role, parts: [...] }`, parts
// `text`, `tool_call`, `tool_call_response`, `reasoning`, or a generic part named after the item's type. This is
// an export boundary: the items themselves stay as they are everywhere else.

type Json = Record<string, unknown>;

/** One part of a GenAI message. */
export type GenAIPart = { type: string } & Json;

/** One message of `gen_ai.input.messages`. */
export interface GenAIMessage {
  role: 'system' | 'user' | 'assistant' | 'tool';
  parts: GenAIPart[];
}

/** One message of `gen_ai.output.messages`. */
export interface GenAIOutputMessage extends GenAIMessage {
  finish_reason: 'stop' | 'length' | 'content_filter' | 'tool_call' | 'error';
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Arguments are JSON text on the wire; the conventions want the object when it parses. */
function parseArguments(text: unknown): unknown {
  if (typeof text !== 'string') return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function roleOf(role: unknown): GenAIMessage['role'] {
  if (role === 'developer' || role === 'system') return 'system';
  if (role === 'assistant' || role === 'tool') return role;
  return 'user';
}

function contentParts(content: unknown): GenAIPart[] {
  if (typeof content === 'string') return [{ type: 'text', content }];
  if (!Array.isArray(content)) return [];
  return content.filter(isObject).map((part): GenAIPart => {
    if (typeof part.text === 'string')
      return { type: 'text', content: part.text };
    if (typeof part.refusal === 'string')
      return { type: 'text', content: part.refusal };
    if (typeof part.image_url === 'string')
      return { type: 'uri', modality: 'image', uri: part.image_url };
    if (typeof part.file_id === 'string')
      return { type: 'file', modality: 'image', file_id: part.file_id };
    return { type: String(part.type ?? 'unknown') };
  });
}

function reasoningText(item: Json): string {
  const summary = Array.isArray(item.summary) ? item.summary : [];
  return summary
    .filter(isObject)
    .map((part) => (typeof part.text === 'string' ? part.text : ''))
    .join('\n');
}

/** A Chat Completions assistant message's `tool_calls`, as tool call parts. */
function chatToolCalls(message: Json): GenAIPart[] {
  const calls = Array.isArray(message.tool_calls) ? message.tool_calls : [];
  return calls.filter(isObject).map((call) => {
    const fn = isObject(call.function) ? call.function : {};
    return {
      type: 'tool_call',
      id: call.id,
      name: fn.name,
      arguments: parseArguments(fn.arguments),
    };
  });
}

/** One item (or chat message) as a role and its parts. */
function toMessage(item: Json): GenAIMessage {
  switch (item.type) {
    case 'function_call':
      return {
        role: 'assistant',
        parts: [
          {
            type: 'tool_call',
            id: item.call_id,
            name: item.name,
            arguments: parseArguments(item.arguments),
          },
        ],
      };
    case 'function_call_output':
      return {
        role: 'tool',
        parts: [
          {
            type: 'tool_call_response',
            id: item.call_id,
            response: item.output,
          },
        ],
      };
    case 'reasoning':
      return {
        role: 'assistant',
        parts: [{ type: 'reasoning', content: reasoningText(item) }],
      };
    case 'message':
    case undefined:
      if (item.role === 'tool')
        return {
          role: 'tool',
          parts: [
            {
              type: 'tool_call_response',
              id: item.tool_call_id,
              response: item.content,
            },
          ],
        };
      return {
        role: roleOf(item.role),
        parts: [...contentParts(item.content), ...chatToolCalls(item)],
      };
    default:
      return { role: 'assistant', parts: [{ type: String(item.type) }] };
  }
}

/**
 * Appends the JSON of `parts` to `out`, after a comma when `first` is false; returns whether `out` still has no
 * part. Messages are written piece by piece and joined once, into one flat string: an attribute that outlives the
 * span's end (exporters batch spans) is then one object for the garbage collector to move, not a tree of pieces.
 */
function appendParts(out: string[], parts: GenAIPart[], first: boolean) {
  if (parts.length === 0) return first;
  const json = JSON.stringify(parts);
  out.push(first ? json.slice(1, -1) : `,${json.slice(1, -1)}`);
  return false;
}

/** Items in order as JSON messages, adjacent ones of one role merged (one response's tool calls are one assistant message). */
function messagesJson(items: unknown[]): string {
  const out = ['['];
  let role: string | undefined;
  let noPart = true;
  for (const item of items) {
    if (!isObject(item)) continue;
    const message = toMessage(item);
    if (message.role !== role || role === 'user') {
      if (role !== undefined) out.push(']},');
      role = message.role;
      out.push(`{"role":"${role}","parts":[`);
      noPart = true;
    }
    noPart = appendParts(out, message.parts, noPart);
  }
  out.push(role === undefined ? ']' : ']}]');
  return out.join('');
}

/** The request's input (a string or items) as the JSON of `gen_ai.input.messages`. */
export function inputMessagesJson(input: unknown): string {
  if (typeof input === 'string')
    return `[{"role":"user","parts":[{"type":"text","content":${JSON.stringify(input)}}]}]`;
  return Array.isArray(input) ? messagesJson(input) : '[]';
}

/** Why the model stopped, from its output items and the response's status. */
export function finishReason(
  output: unknown[],
  response: Json = {},
): GenAIOutputMessage['finish_reason'] {
  if (output.some((item) => isObject(item) && item.type === 'function_call'))
    return 'tool_call';
  if (response.status === 'failed') return 'error';
  if (response.status !== 'incomplete') return 'stop';
  const details = isObject(response.incomplete_details)
    ? response.incomplete_details
    : {};
  return details.reason === 'content_filter' ? 'content_filter' : 'length';
}

/** The response's output items as the JSON of `gen_ai.output.messages`: one message (one response is one choice). */
export function outputMessagesJson(
  output: unknown[],
  reason: GenAIOutputMessage['finish_reason'],
): string {
  const out = ['[{"role":"assistant","parts":['];
  let noPart = true;
  for (const item of output)
    if (isObject(item))
      noPart = appendParts(out, toMessage(item).parts, noPart);
  out.push(`],"finish_reason":"${reason}"}]`);
  return out.join('');
}
