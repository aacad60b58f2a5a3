import type { AgentOutputItem } from '@baton/core';
import {
  chunkString,
  splitIntoDeltas,
} from '../../internal/split-into-deltas.js';
import { randomId } from '../../internal/random-id.js';
import type { ConversationView } from '../default-model/conversation-view.js';
import {
  streamErrorDetails,
  type Endpoint,
  type JsonAnswer,
} from '../endpoint.js';
import type { EmulatorFault } from '../emulator-fault.js';
import { openAIErrorBody } from '../http/openai-error-body.js';
import { chatConversation } from './chat-conversation.js';
import { chatMessageOf, type ChatMessageParts } from './chat-message-of.js';
import { chatUsage } from './chat-usage.js';
import type { EmulatorUsage } from '../emulator-reply.js';

type Body = Record<string, unknown>;

const SYSTEM_FINGERPRINT = 'fp_baton_emulator';
const ARGUMENT_DELTA_SIZE = 8;

/**
 * `POST /v1/chat/completions`: a `chat.completion` object, or `chat.completion.chunk`s framed as `data: <json>`
 * and ended by `data: [DONE]`, with usage in a last, choice-less chunk when `stream_options.include_usage` is set.
 * @internal
 */
export class ChatCompletionsEndpoint implements Endpoint {
  conversation(body: Body): ConversationView {
    return chatConversation(body);
  }

  json(
    body: Body,
    output: AgentOutputItem[],
    usage?: EmulatorUsage,
  ): JsonAnswer {
    const message = chatMessageOf(output);
    const assistant: Record<string, unknown> = {
      role: 'assistant',
      content: message.content,
      refusal: message.refusal,
      annotations: [],
    };
    if (message.toolCalls.length > 0) assistant.tool_calls = message.toolCalls;
    return {
      status: 200,
      body: {
        ...header(body, randomId('chatcmpl-'), 'chat.completion'),
        choices: [
          {
            index: 0,
            message: assistant,
            logprobs: null,
            finish_reason: finishReason(message),
          },
        ],
        usage: chatUsage(body, output, usage),
      },
    };
  }

  stream(
    body: Body,
    output: AgentOutputItem[],
    usage?: EmulatorUsage,
  ): string[] {
    const includeUsage =
      (body.stream_options as { include_usage?: unknown } | undefined)
        ?.include_usage === true;
    const base = header(body, randomId('chatcmpl-'), 'chat.completion.chunk');
    const chunk = (
      delta: Record<string, unknown>,
      finish: string | null = null,
    ) => ({
      ...base,
      choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
      ...(includeUsage ? { usage: null } : {}),
    });
    const message = chatMessageOf(output);
    const chunks: Array<Record<string, unknown>> = [
      ...deltaChunks(message).map((delta) => chunk(delta)),
      chunk({}, finishReason(message)),
    ];
    if (includeUsage)
      chunks.push({
        ...base,
        choices: [],
        usage: chatUsage(body, output, usage),
      });
    return [
      ...chunks.map((value) => `data: ${JSON.stringify(value)}\n\n`),
      'data: [DONE]\n\n',
    ];
  }

  streamFailure(
    body: Body,
    fault: Extract<EmulatorFault, { kind: 'stream_error' }>,
  ): string[] {
    const { code, message } = streamErrorDetails(fault);
    const first = {
      ...header(body, randomId('chatcmpl-'), 'chat.completion.chunk'),
      choices: [
        {
          index: 0,
          delta: { role: 'assistant', content: '' },
          logprobs: null,
          finish_reason: null,
        },
      ],
    };
    return [
      `data: ${JSON.stringify(first)}\n\n`,
      `data: ${JSON.stringify(openAIErrorBody(code, message))}\n\n`,
    ];
  }

  jsonFailure(
    _body: Body,
    fault: Extract<EmulatorFault, { kind: 'stream_error' }>,
  ): JsonAnswer {
    const { code, message } = streamErrorDetails(fault);
    return { status: 500, body: openAIErrorBody(code, message) };
  }

  reset(): void {}
}

function header(body: Body, id: string, object: string) {
  return {
    id,
    object,
    created: Math.floor(Date.now() / 1000),
    model: typeof body.model === 'string' ? body.model : 'gpt-4.1',
    service_tier: 'default',
    system_fingerprint: SYSTEM_FINGERPRINT,
  };
}

function finishReason(message: ChatMessageParts): string {
  return message.toolCalls.length > 0 ? 'tool_calls' : 'stop';
}

/** The deltas in live order: role first, then text, then each tool call (id and name, then argument pieces). */
function deltaChunks(
  message: ChatMessageParts,
): Array<Record<string, unknown>> {
  const first: Record<string, unknown> = {
    role: 'assistant',
    content: message.content === null ? null : '',
    refusal: null,
  };
  const deltas: Array<Record<string, unknown>> = [first];
  for (const piece of splitIntoDeltas(message.content ?? ''))
    deltas.push({ content: piece });
  if (message.refusal !== null) deltas.push({ refusal: message.refusal });
  message.toolCalls.forEach((call, index) => {
    const opening = {
      index,
      id: call.id,
      type: 'function',
      function: { name: call.function.name, arguments: '' },
    };
    // The live API puts the first call's opening in the role chunk when there is no text.
    if (index === 0 && message.content === null) first.tool_calls = [opening];
    else deltas.push({ tool_calls: [opening] });
    for (const piece of chunkString(
      call.function.arguments,
      ARGUMENT_DELTA_SIZE,
    )) {
      deltas.push({ tool_calls: [{ index, function: { arguments: piece } }] });
    }
  });
  return deltas;
}
