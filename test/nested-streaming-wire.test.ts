import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import {
  Agent,
  RunAbortedError,
  setTraceProcessors,
  setTracingDisabled,
  tool,
  type RunStreamEvent,
  type Span,
  type TracingProcessor,
} from '@baton/agents';
import { routeByAgent, type RoutedRequest } from './support/agent-router.js';
import { responsesBodies, wirePerTest } from './support/wire-setup.js';
import {
  orchestrator,
  orchestratorTurn,
  translator as anyTranslator,
} from './support/translators.js';

const wire = wirePerTest();

const SPANISH =
  'Hola mundo, este es un texto largo para que la traducción llegue en muchos trozos';
const FRENCH =
  'Bonjour le monde, voici un texte assez long pour arriver en plusieurs morceaux';

/** The translators here run on a model of their own, so their requests are told apart from the orchestrator's. */
const translator = (language: string, tools: Agent['tools'] = []) =>
  anyTranslator(language, tools, 'gpt-4.1-nano');

function translators() {
  return orchestrator([
    translator('Spanish').asTool({ toolName: 'to_spanish' }),
    translator('French').asTool({ toolName: 'to_french' }),
  ]);
}

/** Both translator requests are answered only once both have arrived, so their streams run side by side. */
function parallelTranslations() {
  let arrived = 0;
  let release!: () => void;
  const both = new Promise<void>((resolve) => (release = resolve));
  return async (request: RoutedRequest) => {
    const turn = orchestratorTurn(request, 'Hello');
    if (turn) return turn;
    if (++arrived === 2) release();
    await both;
    return {
      text: request.instructions.includes('Spanish') ? SPANISH : FRENCH,
    };
  };
}

async function collect(stream: AsyncIterable<RunStreamEvent>) {
  const events: RunStreamEvent[] = [];
  for await (const event of stream) events.push(event);
  return events;
}

function deltasByCall(events: RunStreamEvent[]) {
  const order: string[] = [];
  const text = new Map<string, string>();
  for (const event of events) {
    if (
      event.type !== 'raw_model_stream_event' ||
      event.data.type !== 'output_text_delta'
    )
      continue;
    const callId = event.origin?.path.at(-1)?.toolCallId ?? 'top';
    order.push(callId);
    text.set(callId, (text.get(callId) ?? '') + event.data.delta);
  }
  return { order, text };
}

describe('one stream for nested runs', () => {
  it('carries both sub-agents’ deltas, tagged with their call, interleaved as they arrive', async () => {
    const { emulator, runner } = await wire({ chunkDelayMs: 2 });
    routeByAgent(emulator, parallelTranslations());

    const result = await runner.run(translators(), 'Translate "Hello"', {
      stream: true,
      nestedEvents: true,
    });
    const events = await collect(result);

    const { order, text } = deltasByCall(events);
    expect(text.get('call_es')).toBe(SPANISH);
    expect(text.get('call_fr')).toBe(FRENCH);
    expect(text.get('top')).toBe(`${SPANISH} | ${FRENCH}`);
    // Side by side: the stream switches between the two sub-agents before either has finished.
    const nested = order.filter((id) => id !== 'top');
    const switches = nested.filter(
      (id, index) => index > 0 && id !== nested[index - 1],
    ).length;
    expect(switches).toBeGreaterThan(1);
    // Each nested event says where it comes from; the orchestrator's own have no origin.
    const spanish = events.filter(
      (event) => event.origin?.path[0]?.toolCallId === 'call_es',
    );
    expect(spanish.map((event) => event.type)).toEqual(
      expect.arrayContaining([
        'raw_model_stream_event',
        'run_item_stream_event',
      ]),
    );
    for (const event of spanish)
      expect(event.origin).toEqual({
        depth: 1,
        path: [
          {
            toolCallId: 'call_es',
            toolName: 'to_spanish',
            agentName: 'Spanish translator',
          },
        ],
      });
    const topLevel = events.filter((event) => event.origin === undefined);
    expect(
      topLevel
        .filter((event) => event.type === 'run_item_stream_event')
        .map((event) => event.type === 'run_item_stream_event' && event.name),
    ).toEqual([
      'tool_called',
      'tool_called',
      'tool_output',
      'tool_output',
      'message_output_created',
    ]);
    // The run's text stream is the orchestrator's answer only.
    expect(result.finalOutput).toBe(`${SPANISH} | ${FRENCH}`);
    // The sub-agents streamed over HTTP, like the orchestrator.
    expect(responsesBodies(emulator).map((body) => body.stream)).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it('keeps the stream to the top-level run’s events by default, and sub-agents then call their model unstreamed', async () => {
    const { emulator, runner } = await wire();
    routeByAgent(emulator, parallelTranslations());

    const result = await runner.run(translators(), 'Translate', {
      stream: true,
    });
    const events = await collect(result);

    expect(events.every((event) => event.origin === undefined)).toBe(true);
    expect(deltasByCall(events).text.get('top')).toBe(`${SPANISH} | ${FRENCH}`);
    expect(responsesBodies(emulator).map((body) => body.stream)).toEqual([
      true,
      false,
      false,
      true,
    ]);
  });

  it('gives onStream the sub-agent’s events even when the calling run does not stream', async () => {
    const { emulator, runner } = await wire();
    routeByAgent(emulator, parallelTranslations());
    const heard: string[] = [];
    const wildcard: string[] = [];
    const spanishTool = translator('Spanish')
      .asTool({
        toolName: 'to_spanish',
        onStream: ({ event, agent, toolCall }) => {
          if (
            event.type === 'raw_model_stream_event' &&
            event.data.type === 'output_text_delta'
          )
            heard.push(
              `${agent.name}/${toolCall?.call_id}:${event.data.delta}`,
            );
        },
      })
      .on('*', ({ event }) => void wildcard.push(event.type));
    const agent = orchestrator([
      spanishTool,
      translator('French').asTool({ toolName: 'to_french' }),
    ]);

    const result = await runner.run(agent, 'Translate');

    expect(result.finalOutput).toBe(`${SPANISH} | ${FRENCH}`);
    expect(heard.join('').replaceAll('Spanish translator/call_es:', '')).toBe(
      SPANISH,
    );
    expect(wildcard).toContain('run_item_stream_event');
    // Only the Spanish translator has a listener: only it streams.
    expect(
      responsesBodies(emulator)
        .filter((body) => body.stream === true)
        .map((body) => body.instructions),
    ).toEqual(['You translate into Spanish.']);
  });

  it('tags a sub-agent’s sub-agent with the whole path, depth 2', async () => {
    const { emulator, runner } = await wire();
    routeByAgent(emulator, (request) => {
      const { instructions, outputs } = request;
      if (outputs.size > 0) return { text: `${[...outputs.values()][0]}!` };
      if (instructions.startsWith('You orchestrate'))
        return {
          toolCalls: [
            {
              name: 'to_spanish',
              arguments: { input: 'Hi' },
              callId: 'call_a',
            },
          ],
        };
      if (instructions.includes('Spanish'))
        return {
          toolCalls: [
            { name: 'check', arguments: { input: 'Hola' }, callId: 'call_b' },
          ],
        };
      return { text: 'ok' };
    });
    const checker = new Agent({ name: 'Checker', instructions: 'You check.' });
    const spanish = translator('Spanish', [
      checker.asTool({ toolName: 'check' }),
    ]);
    const agent = orchestrator([spanish.asTool({ toolName: 'to_spanish' })]);

    const result = await runner.run(agent, 'Translate', {
      stream: true,
      nestedEvents: true,
    });
    const events = await collect(result);

    expect(result.finalOutput).toBe('ok!!');
    const deepest = events.filter((event) => event.origin?.depth === 2);
    expect(deepest.length).toBeGreaterThan(0);
    expect(deepest[0]!.origin!.path.map((entry) => entry.agentName)).toEqual([
      'Spanish translator',
      'Checker',
    ]);
    expect(deepest[0]!.origin!.path.map((entry) => entry.toolCallId)).toEqual([
      'call_a',
      'call_b',
    ]);
  });
});

describe('tool progress', () => {
  const spans: Span<any>[] = [];
  const recorder: TracingProcessor = {
    onTraceStart: async () => {},
    onTraceEnd: async () => {},
    onSpanStart: async () => {},
    onSpanEnd: async (span) => void spans.push(span),
    shutdown: async () => {},
    forceFlush: async () => {},
  };
  beforeEach(() => {
    spans.length = 0;
    setTracingDisabled(false);
    setTraceProcessors([recorder]);
  });
  afterEach(() => {
    setTraceProcessors([]);
    setTracingDisabled(true);
  });

  function progressTool() {
    return tool({
      name: 'fetch_pages',
      description: 'Fetches pages',
      parameters: z.object({ count: z.number() }),
      execute: ({ count }, _context, details) => {
        for (let page = 1; page <= count; page++)
          details.emit({ page, of: count });
        return `${count} pages`;
      },
    });
  }

  it('streams what a tool emits as tool_progress_stream_event, and records it on the tool’s span', async () => {
    const { emulator, runner } = await wire();
    emulator.script(
      {
        toolCalls: [
          { name: 'fetch_pages', arguments: { count: 2 }, callId: 'call_p' },
        ],
      },
      { text: 'Fetched.' },
    );
    const agent = new Agent({ name: 'Reader', tools: [progressTool()] });

    const result = await runner.run(agent, 'Read', { stream: true });
    const events = await collect(result);

    const progress = events.filter(
      (event) => event.type === 'tool_progress_stream_event',
    );
    expect(
      progress.map((event) => ({
        toolName: event.toolName,
        callId: event.callId,
        agent: event.agent.name,
        data: event.data,
        origin: event.origin,
      })),
    ).toEqual([
      {
        toolName: 'fetch_pages',
        callId: 'call_p',
        agent: 'Reader',
        data: { page: 1, of: 2 },
        origin: undefined,
      },
      {
        toolName: 'fetch_pages',
        callId: 'call_p',
        agent: 'Reader',
        data: { page: 2, of: 2 },
        origin: undefined,
      },
    ]);
    const functionSpan = spans.find(
      (span) => span.spanData.type === 'function',
    );
    expect(
      functionSpan!.events.map((event) => [event.name, event.data]),
    ).toEqual([
      ['tool_progress', { data: { page: 1, of: 2 } }],
      ['tool_progress', { data: { page: 2, of: 2 } }],
    ]);
    expect(functionSpan!.toJSON()!.events).toHaveLength(2);
  });

  it('tags the progress of a tool inside a sub-agent with its path, and nests the sub-agent’s spans under the call', async () => {
    const { emulator, runner } = await wire();
    routeByAgent(emulator, (request) => {
      if (request.outputs.size > 0)
        return { text: [...request.outputs.values()][0]! };
      if (request.instructions.startsWith('You orchestrate'))
        return {
          toolCalls: [
            { name: 'research', arguments: { input: 'go' }, callId: 'call_r' },
          ],
        };
      return {
        toolCalls: [
          { name: 'fetch_pages', arguments: { count: 1 }, callId: 'call_f' },
        ],
      };
    });
    const researcher = new Agent({
      name: 'Researcher',
      instructions: 'You research.',
      tools: [progressTool()],
    });
    const agent = orchestrator([researcher.asTool({ toolName: 'research' })]);

    const result = await runner.run(agent, 'Research', {
      stream: true,
      nestedEvents: true,
    });
    const events = await collect(result);

    expect(result.finalOutput).toBe('1 pages');
    const progress = events.find(
      (event) => event.type === 'tool_progress_stream_event',
    );
    expect(progress).toMatchObject({
      callId: 'call_f',
      data: { page: 1, of: 1 },
      origin: {
        depth: 1,
        path: [{ toolCallId: 'call_r', agentName: 'Researcher' }],
      },
    });
    const research = spans.find(
      (span) =>
        span.spanData.type === 'function' && span.spanData.name === 'research',
    )!;
    const nestedAgent = spans.find(
      (span) =>
        span.spanData.type === 'agent' && span.spanData.name === 'Researcher',
    )!;
    expect(nestedAgent.parentId).toBe(research.spanId);
    expect(nestedAgent.traceId).toBe(research.traceId);
  });
});

describe('stopping a run with nested runs', () => {
  async function inFlight(options: { abort: 'break' | 'signal' }) {
    const { emulator, runner } = await wire({
      modelLatencyMs: { 'gpt-4.1-nano': 60_000 },
    });
    routeByAgent(emulator, parallelTranslations());
    const controller = new AbortController();
    const result = await runner.run(translators(), 'Translate', {
      stream: true,
      nestedEvents: true,
      signal: controller.signal,
    });
    const seen: RunStreamEvent[] = [];
    const pending = () =>
      emulator.requests.filter((request) =>
        String(
          (request.body as { instructions?: string }).instructions,
        ).startsWith('You translate'),
      );
    try {
      for await (const event of result) {
        seen.push(event);
        // Both sub-agents have sent their request (and wait for the slow model): stop now.
        if (
          event.type === 'run_item_stream_event' &&
          event.name === 'tool_called' &&
          seen.filter(
            (e) =>
              e.type === 'run_item_stream_event' && e.name === 'tool_called',
          ).length === 2
        ) {
          await vi.waitFor(() => expect(pending()).toHaveLength(2));
          if (options.abort === 'break') break;
          controller.abort(new Error('stop'));
        }
      }
    } catch (error) {
      seen.push({ error } as never);
    }
    return { emulator, result, pending, seen };
  }

  it.each(['break', 'signal'] as const)(
    'closes every sub-agent’s HTTP request when the consumer stops (%s)',
    async (abort) => {
      const { emulator, result, pending, seen } = await inFlight({ abort });

      if (abort === 'break') {
        await result.completed;
        expect(result.cancelled).toBe(true);
      } else {
        await expect(result.completed).rejects.toThrow(/aborted: stop/);
        expect(seen.at(-1)).toEqual({ error: expect.any(RunAbortedError) });
      }
      await vi.waitFor(() =>
        expect(pending().map((request) => request.clientDisconnected)).toEqual([
          true,
          true,
        ]),
      );
      // Nothing after the stop: the orchestrator is not asked again.
      expect(responsesBodies(emulator)).toHaveLength(3);
      expect(result.finalOutput).toBeUndefined();
    },
  );
});
