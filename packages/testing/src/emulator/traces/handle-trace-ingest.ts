import type { ServerResponse } from 'node:http';
import type { CountedQueue } from '../counted-queue.js';
import type { EmulatorFault } from '../emulator-fault.js';
import type { EmulatorRequest } from '../emulator-request.js';
import { openAIErrorBody } from '../http/openai-error-body.js';
import { sendJson } from '../http/send-json.js';
import {
  checkIngestBody,
  type IngestedTraceItem,
} from './check-ingest-body.js';

/** What the ingest endpoint keeps between requests. @internal */
export interface TraceIngestState {
  /** Every trace and span accepted, in the order they came in. */
  traces: IngestedTraceItem[];
  /** Faults for the ingest alone, so that they never hit a model request of the same test. */
  traceFaults: CountedQueue<EmulatorFault>;
}

/**
 * Answers `POST /v1/traces/ingest` as OpenAI's traces endpoint does: a 401 without a bearer key, a 400 for a body
 * of the wrong shape, else 200 and the items recorded. A queued trace fault (`server_error`, `rate_limit`,
 * `reset`) answers first, for exporters' retries.
 * @internal
 */
export function handleTraceIngest(
  state: TraceIngestState,
  request: EmulatorRequest,
  res: ServerResponse,
): void {
  const fault = state.traceFaults.take();
  if (fault?.kind === 'reset') return void res.socket?.destroy();
  if (fault?.kind === 'rate_limit') {
    const seconds = fault.retryAfterSeconds ?? 1;
    return sendJson(
      res,
      429,
      openAIErrorBody('requests', 'Rate limit reached.', 'rate_limit_exceeded'),
      { 'retry-after': String(seconds) },
    );
  }
  if (fault?.kind === 'server_error')
    return sendJson(
      res,
      fault.status ?? 500,
      openAIErrorBody('server_error', 'The server had an error.'),
    );
  const authorization = request.headers.authorization;
  if (typeof authorization !== 'string' || !/^Bearer \S/.test(authorization))
    return sendJson(
      res,
      401,
      openAIErrorBody(
        'invalid_request_error',
        'You did not provide an API key.',
        null,
      ),
    );
  const problem = checkIngestBody(request.body);
  if (problem)
    return sendJson(
      res,
      400,
      openAIErrorBody('invalid_request_error', problem, null),
    );
  state.traces.push(...(request.body as { data: IngestedTraceItem[] }).data);
  sendJson(res, 200, {});
}
