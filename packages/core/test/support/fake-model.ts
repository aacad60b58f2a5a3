import type {
  AgentOutputItem,
  Model,
  ModelRequest,
  ModelResponse,
  ModelStreamEvent,
} from '../../src/index.js';

type Step =
  | ModelResponse
  | Error
  | ((request: ModelRequest) => ModelResponse | Promise<ModelResponse>);

/**
 * A tiny in-process model for core's own tests (the full ScriptedModel lives in @baton/testing, which core must
 * not depend on). Streams each text part as two deltas.
 */
export class FakeModel implements Model {
  readonly requests: ModelRequest[] = [];
  readonly #steps: Step[];

  constructor(steps: Step[]) {
    this.#steps = [...steps];
  }

  async getResponse(request: ModelRequest): Promise<ModelResponse> {
    this.requests.push(request);
    const step = this.#steps.shift();
    if (!step) throw new Error('FakeModel: no scripted response left');
    if (step instanceof Error) throw step;
    return typeof step === 'function' ? step(request) : step;
  }

  async *getStreamedResponse(
    request: ModelRequest,
  ): AsyncIterable<ModelStreamEvent> {
    const response = await this.getResponse(request);
    yield { type: 'response_started' };
    for (const item of response.output) {
      if (item.type !== 'message') continue;
      for (const part of (
        item as { content: Array<{ type: string; text?: string }> }
      ).content) {
        const text = part.text ?? '';
        const middle = Math.ceil(text.length / 2);
        for (const delta of [text.slice(0, middle), text.slice(middle)]) {
          if (request.signal?.aborted) throw request.signal.reason;
          yield { type: 'output_text_delta', delta };
        }
      }
    }
    yield { type: 'response_done', response };
  }
}

let counter = 0;

export function text(value: string): ModelResponse {
  return respond([
    {
      type: 'message',
      id: `msg_${++counter}`,
      role: 'assistant',
      status: 'completed',
      content: [{ type: 'output_text', text: value, annotations: [] }],
    },
  ]);
}

export function call(
  name: string,
  args: unknown,
  callId = `call_${++counter}`,
): AgentOutputItem {
  return {
    type: 'function_call',
    id: `fc_${counter}`,
    call_id: callId,
    name,
    arguments: typeof args === 'string' ? args : JSON.stringify(args),
    status: 'completed',
  };
}

export function respond(output: AgentOutputItem[], tokens = 10): ModelResponse {
  return {
    output,
    usage: {
      inputTokens: tokens,
      outputTokens: tokens,
      totalTokens: tokens * 2,
    },
    responseId: `resp_${++counter}`,
  };
}
