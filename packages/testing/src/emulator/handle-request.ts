import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AgentOutputItem } from '@baton/core';
import { applyOutputFault } from './apply-output-fault.js';
import type { ConversationsStore } from './conversations-store.js';
import { handleConversations } from './conversations/handle-conversations.js';
import { admitRequest, type AdmissionState } from './admit-request.js';
import type { CountedQueue } from './counted-queue.js';
import { defaultReply } from './default-model/default-reply.js';
import type { Endpoint } from './endpoint.js';
import type { EmulatorFault } from './emulator-fault.js';
import {
  replyToOutput,
  type EmulatorReply,
  type EmulatorUsage,
} from './emulator-reply.js';
import {
  readEmulatorRequest,
  type EmulatorRequest,
} from './emulator-request.js';
import { openAIErrorBody } from './http/openai-error-body.js';
import { sendJson, sendTruncatedJson } from './http/send-json.js';
import { sendSse } from './http/send-sse.js';
import type { Recording } from './replay/load-recording.js';
import { withWireIds } from './with-wire-ids.js';
import {
  handleTraceIngest,
  type TraceIngestState,
} from './traces/handle-trace-ingest.js';

/** The emulator's state a request is answered from. @internal */
export interface EmulatorState extends TraceIngestState, AdmissionState {
  requests: EmulatorRequest[];
  script: EmulatorReply[];
  faults: CountedQueue<EmulatorFault>;
  replays: CountedQueue<{ times?: number; recording: Recording }>;
  /** The conversations of `/v1/conversations`, which `POST /v1/responses` may continue too. */
  conversations: ConversationsStore;
  /** Endpoints by path (`/v1/responses`). */
  endpoints: Map<string, Endpoint>;
  chunkDelayMs: number;
  modelLatencyMs: Readonly<Record<string, number>>;
  /** Aborted when the emulator closes: pending delays and streams stop. */
  closing: AbortSignal;
}

type Body = Record<string, unknown>;

/**
 * Answers one HTTP request: record it, apply the next fault, then a queued recording, a scripted reply or the
 * default model's, rendered by the endpoint. Resolves once the answer is written or the client has gone.
 * @internal
 */
export async function handleRequest(
  state: EmulatorState,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const gone = clientGone(res);
  const signal = AbortSignal.any([gone, state.closing]);
  const request = await readEmulatorRequest(req);
  state.requests.push(request);
  if (gone.aborted) request.clientDisconnected = true;
  else
    gone.addEventListener('abort', () => (request.clientDisconnected = true), {
      once: true,
    });
  if (request.method === 'POST' && request.path === '/v1/traces/ingest')
    return handleTraceIngest(state, request, res);
  if (
    request.path === '/v1/conversations' ||
    request.path.startsWith('/v1/conversations/')
  ) {
    const query = new URL(req.url ?? '/', 'http://emulator').searchParams;
    return handleConversations(state.conversations, request, query, res);
  }
  const endpoint =
    request.method === 'POST' ? state.endpoints.get(request.path) : undefined;
  if (!endpoint) {
    const message = `Invalid URL (${request.method} ${request.path})`;
    return sendJson(
      res,
      404,
      openAIErrorBody('invalid_request_error', message, null),
    );
  }
  if (
    typeof request.body !== 'object' ||
    request.body === null ||
    Array.isArray(request.body)
  ) {
    const message =
      'We could not parse the JSON body of your request: send a JSON object.';
    return sendJson(
      res,
      400,
      openAIErrorBody('invalid_request_error', message, null),
    );
  }
  // A body the API refuses takes no fault, recording or scripted reply.
  const rejected = endpoint.reject?.(request.body as Body);
  if (rejected) return sendJson(res, rejected.status, rejected.body);
  if (!admitRequest(state, res)) return;
  const fault = state.faults.take();
  if (await answeredByFault(res, fault, signal)) return;
  if (!(await waitForModel(state, request.body as Body, signal))) return;
  const resetAfterEvents =
    fault?.kind === 'reset' ? fault.afterEvents : undefined;
  const pacing = { chunkDelayMs: state.chunkDelayMs, resetAfterEvents, signal };
  const replay = state.replays.take();
  if (replay) return sendRecording(res, replay.recording, pacing);
  const body = request.body as Body;
  const streamed = body.stream === true;
  if (fault?.kind === 'stream_error') {
    if (streamed)
      return sendSse(res, endpoint.streamFailure(body, fault), pacing);
    const failure = endpoint.jsonFailure(body, fault);
    return sendJson(res, failure.status, failure.body);
  }
  const reply = await replyOutput(state, endpoint, request, res);
  if (!reply) return;
  const items = withWireIds(applyOutputFault(reply.output, fault));
  if (streamed)
    return sendSse(res, endpoint.stream(body, items, reply.usage), pacing);
  const answer = endpoint.json(body, items, reply.usage);
  if (resetAfterEvents !== undefined)
    return sendTruncatedJson(
      res,
      answer.status,
      answer.body,
      resetAfterEvents === 'all',
    );
  return sendJson(res, answer.status, answer.body);
}

/** An abort signal that fires when the client goes away before the answer is complete. */
/** Waits the model's configured latency; false when the client left (or the emulator closed) meanwhile. */
async function waitForModel(
  state: EmulatorState,
  body: Body,
  signal: AbortSignal,
): Promise<boolean> {
  const model = (body as { model?: unknown }).model;
  const latency =
    typeof model === 'string' && Object.hasOwn(state.modelLatencyMs, model)
      ? state.modelLatencyMs[model]!
      : 0;
  if (latency <= 0) return true;
  return sleep(latency, true, { signal }).catch(() => false);
}

function clientGone(res: ServerResponse): AbortSignal {
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  return controller.signal;
}

/** Applies the transport faults; true when the request has been answered (or dropped) by one. */
async function answeredByFault(
  res: ServerResponse,
  fault: EmulatorFault | undefined,
  signal: AbortSignal,
): Promise<boolean> {
  switch (fault?.kind) {
    case 'rate_limit': {
      const ms = fault.retryAfterMs;
      const seconds =
        ms === undefined
          ? (fault.retryAfterSeconds ?? 1)
          : Math.ceil(ms / 1000);
      const wait = ms === undefined ? `${seconds}s` : `${ms}ms`;
      const message = `Rate limit reached for requests. Please try again in ${wait}.`;
      sendJson(
        res,
        429,
        openAIErrorBody('requests', message, 'rate_limit_exceeded'),
        {
          'retry-after': String(seconds),
          ...(ms !== undefined && { 'retry-after-ms': String(ms) }),
        },
      );
      return true;
    }
    case 'server_error': {
      const message =
        'The server had an error while processing your request. Sorry about that!';
      sendJson(
        res,
        fault.status ?? 500,
        openAIErrorBody('server_error', message),
      );
      return true;
    }
    case 'reset':
      if (fault.afterEvents !== undefined) return false;
      res.socket?.destroy();
      return true;
    case 'slow_first_byte':
      return !(await sleep(fault.delayMs, true, { signal }).catch(() => false));
    // Content faults and stream errors shape the answer itself; they are applied further on.
    case 'malformed_arguments':
    case 'unknown_tool':
    case 'stream_error':
    case undefined:
      return false;
  }
}

async function replyOutput(
  state: EmulatorState,
  endpoint: Endpoint,
  request: EmulatorRequest,
  res: ServerResponse,
): Promise<{ output: AgentOutputItem[]; usage?: EmulatorUsage } | undefined> {
  const reply =
    state.script.shift() ??
    defaultReply(endpoint.conversation(request.body as Body));
  try {
    const value = typeof reply === 'function' ? await reply(request) : reply;
    return { output: replyToOutput(value), usage: value.usage };
  } catch (error) {
    const message = `The emulator's scripted reply function threw: ${(error as Error)?.message ?? String(error)}`;
    // Told not to retry: a retry would consume the next scripted reply and hide the failure.
    sendJson(
      res,
      500,
      openAIErrorBody('server_error', message, 'emulator_reply_failed'),
      { 'x-should-retry': 'false' },
    );
    return undefined;
  }
}

function sendRecording(
  res: ServerResponse,
  recording: Recording,
  pacing: {
    chunkDelayMs: number;
    resetAfterEvents: number | 'all' | undefined;
    signal: AbortSignal;
  },
): Promise<void> | void {
  if (recording.kind === 'sse')
    return sendSse(res, recording.frames, {
      ...pacing,
      status: recording.status,
    });
  const body = JSON.parse(recording.text) as unknown;
  if (pacing.resetAfterEvents !== undefined)
    return sendTruncatedJson(
      res,
      recording.status,
      body,
      pacing.resetAfterEvents === 'all',
    );
  // Sent as recorded, byte for byte, rather than re-serialised.
  if (res.headersSent || res.destroyed) return;
  res.writeHead(recording.status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(recording.text),
  });
  res.end(recording.text);
}
