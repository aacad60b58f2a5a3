import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import {
  Agent,
  defineOutputGuardrail,
  GuardrailExecutionError,
  OutputGuardrailTripwireTriggered,
  Runner,
  tool,
  UserError,
  type AgentOutputItem,
  type Model,
  type ModelRequest,
  type ModelStreamEvent,
  type OutputGuardrailFunctionArgs,
  type RunConfig,
  type RunStreamEvent,
} from '../src/index.js';
import { call, respond } from './support/fake-model.js';

/** One model call of a {@link TypingModel}: the text, in deltas, and any items after the message. */
interface Typed {
  deltas: string[];
  after?: AgentOutputItem[];
  /** Awaited before delta `index` is streamed. */
  before?: (index: number) => Promise<void>;
}

/**
 * A model that streams its text one delta at a time, a macrotask apart (so a check started on one delta has
 * answered before the next), and stops when its signal aborts, recording how far it got.
 */
class TypingModel implements Model {
  readonly streamed: number[] = [];
  readonly signals: AbortSignal[] = [];
  readonly #calls: Typed[];

  constructor(calls: Typed[]) {
    this.#calls = [...calls];
  }

  getResponse(): never {
    throw new Error('TypingModel streams only');
  }

  async *getStreamedResponse(
    request: ModelRequest,
  ): AsyncIterable<ModelStreamEvent> {
    const typed = this.#calls.shift()!;
    const signal = request.signal!;
    this.signals.push(signal);
    const count = this.streamed.push(0) - 1;
    yield { type: 'response_started' };
    for (const [index, delta] of typed.deltas.entries()) {
      await typed.before?.(index);
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (signal.aborted) throw signal.reason;
      this.streamed[count] = index + 1;
      yield { type: 'output_text_delta', delta };
    }
    const message: AgentOutputItem = {
      type: 'message',
      id: `msg_${count}`,
      role: 'assistant',
      status: 'completed',
      content: [
        { type: 'output_text', text: typed.deltas.join(''), annotations: [] },
      ],
    };
    yield {
      type: 'response_done',
      response: respond([message, ...(typed.after ?? [])]),
    };
  }
}

const words = (text: string) => text.match(/\s*\S+/g)!;

/** A guardrail that trips on phone numbers and records every text it was given. */
function phoneGuardrail() {
  const checks: Array<{ text: string; partial: boolean }> = [];
  const guardrail = defineOutputGuardrail({
    name: 'no phone numbers',
    execute: ({ agentOutput, details }: OutputGuardrailFunctionArgs) => {
      const text =
        typeof agentOutput === 'string'
          ? agentOutput
          : JSON.stringify(agentOutput);
      checks.push({ text, partial: details?.partial === true });
      return {
        tripwireTriggered: /\d{3}-\d{4}/.test(text),
        outputInfo: { checked: text.length },
      };
    },
  });
  return { guardrail, checks };
}

/** Reads a stream to its end, keeping the text deltas and the names of the events. */
function read(result: AsyncIterable<RunStreamEvent>) {
  const seen = {
    text: '',
    events: [] as string[],
    error: undefined as unknown,
  };
  const done = (async () => {
    try {
      for await (const event of result) {
        if (event.type === 'raw_model_stream_event') {
          seen.events.push(`raw:${event.data.type}`);
          if (event.data.type === 'output_text_delta')
            seen.text += event.data.delta;
        } else if (event.type === 'run_item_stream_event') {
          seen.events.push(`item:${event.name}`);
        } else seen.events.push(`agent:${event.agent.name}`);
      }
    } catch (error) {
      seen.error = error;
    }
  })();
  return { seen, done };
}

async function streamed(
  agent: Agent<any, any>,
  config: RunConfig,
  input = 'How do I reach billing?',
) {
  const result = await new Runner(config).run(agent, input, { stream: true });
  const { seen, done } = read(result);
  await done;
  return { seen, result };
}

const phoneAnswer = words(
  'You can call the billing team at 555-0100 any weekday morning.',
);

describe("outputGuardrailStreaming: 'buffered'", () => {
  it('streams nothing of a final message whose output guardrail trips', async () => {
    const { guardrail } = phoneGuardrail();
    const agent = new Agent({
      name: 'support',
      model: new TypingModel([{ deltas: phoneAnswer }]),
      outputGuardrails: [guardrail],
    });
    const { seen } = await streamed(agent, {
      outputGuardrailStreaming: 'buffered',
    });
    expect(OutputGuardrailTripwireTriggered.isInstance(seen.error)).toBe(true);
    expect(seen.events).toEqual([]);
  });

  it('is needed: by default the rejected text has streamed before the tripwire', async () => {
    const { guardrail } = phoneGuardrail();
    const agent = new Agent({
      name: 'support',
      model: new TypingModel([{ deltas: phoneAnswer }]),
      outputGuardrails: [guardrail],
    });
    const { seen } = await streamed(agent, {});
    expect(OutputGuardrailTripwireTriggered.isInstance(seen.error)).toBe(true);
    expect(seen.text).toBe(phoneAnswer.join(''));
  });

  it('releases every event of a passed final message, in the order it streamed, after the guardrail passed', async () => {
    const deltas = words('Your refund was sent on Monday.');
    let verdict!: (tripped: boolean) => void;
    let asked = false;
    const agent = new Agent({
      name: 'support',
      model: new TypingModel([{ deltas }]),
      outputGuardrails: [
        {
          name: 'slow check',
          execute: () => {
            asked = true;
            return new Promise((resolve) => {
              verdict = (tripped) =>
                resolve({ tripwireTriggered: tripped, outputInfo: null });
            });
          },
        },
      ],
    });
    const result = await new Runner({
      outputGuardrailStreaming: 'buffered',
    }).run(agent, 'Where is my refund?', { stream: true });
    const { seen, done } = read(result);
    await vi.waitFor(() => expect(asked).toBe(true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen.events).toEqual([]);
    verdict(false);
    await done;
    expect(seen.error).toBeUndefined();
    expect(seen.text).toBe(deltas.join(''));
    expect(seen.events).toEqual([
      'raw:response_started',
      ...deltas.map(() => 'raw:output_text_delta'),
      'raw:response_done',
      'item:message_output_created',
    ]);
    expect(result.finalOutput).toBe(deltas.join(''));
  });

  it('releases a turn that calls tools as soon as its response is complete, before its tools run', async () => {
    const client = { text: () => '' };
    const ran: string[] = [];
    const lookup = tool({
      name: 'lookup_order',
      description: 'Look an order up',
      parameters: z.object({}),
      // The text before the call must have reached the client by now; if it were held, this would never pass.
      execute: async () => {
        await vi.waitFor(() => expect(client.text()).toBe('Let me check.'));
        ran.push('lookup_order');
        return 'shipped';
      },
    });
    const { guardrail, checks } = phoneGuardrail();
    const agent = new Agent({
      name: 'support',
      tools: [lookup],
      model: new TypingModel([
        { deltas: words('Let me check.'), after: [call('lookup_order', {})] },
        { deltas: words('It shipped yesterday.') },
      ]),
      outputGuardrails: [guardrail],
    });
    const result = await new Runner({
      outputGuardrailStreaming: 'buffered',
    }).run(agent, 'Where is my order?', { stream: true });
    const { seen, done } = read(result);
    client.text = () => seen.text;
    await done;
    expect(seen.error).toBeUndefined();
    expect(ran).toEqual(['lookup_order']);
    expect(seen.text).toBe('Let me check.It shipped yesterday.');
    expect(checks).toEqual([{ text: 'It shipped yesterday.', partial: false }]);
  });

  it('holds back a structured output whole, even in checkpointed mode', async () => {
    const json = JSON.stringify({ phone: '555-0100', team: 'billing' });
    const { guardrail, checks } = phoneGuardrail();
    const agent = new Agent({
      name: 'support',
      model: new TypingModel([{ deltas: json.match(/.{1,4}/g)! }]),
      outputType: z.object({ phone: z.string(), team: z.string() }),
      outputGuardrails: [guardrail],
    });
    const { seen } = await streamed(agent, {
      outputGuardrailStreaming: { checkpointEvery: 4 },
    });
    expect(OutputGuardrailTripwireTriggered.isInstance(seen.error)).toBe(true);
    expect(seen.events).toEqual([]);
    expect(checks.map((check) => check.partial)).toEqual([false]);
  });

  it('can be chosen for one run', async () => {
    const { guardrail } = phoneGuardrail();
    const agent = new Agent({
      name: 'support',
      model: new TypingModel([{ deltas: phoneAnswer }]),
      outputGuardrails: [guardrail],
    });
    const result = await new Runner().run(agent, 'x', {
      stream: true,
      outputGuardrailStreaming: 'buffered',
    });
    const { seen, done } = read(result);
    await done;
    expect(OutputGuardrailTripwireTriggered.isInstance(seen.error)).toBe(true);
    expect(seen.events).toEqual([]);
  });
});

describe('outputGuardrailStreaming: { checkpointEvery }', () => {
  it('aborts the model call at the first checkpoint that trips and streams only the text checked before it', async () => {
    const { guardrail, checks } = phoneGuardrail();
    const model = new TypingModel([
      { deltas: [...phoneAnswer, ...words(' Ask for Sam. '.repeat(10))] },
    ]);
    const agent = new Agent({
      name: 'support',
      model,
      outputGuardrails: [guardrail],
    });
    const { seen } = await streamed(agent, {
      outputGuardrailStreaming: { checkpointEvery: 10 },
    });
    expect(OutputGuardrailTripwireTriggered.isInstance(seen.error)).toBe(true);
    const tripwire = seen.error as OutputGuardrailTripwireTriggered;
    expect(tripwire.result.agentOutput).toContain('555-0100');
    expect(model.signals[0]!.aborted).toBe(true);
    expect(model.streamed[0]).toBeLessThan(phoneAnswer.length + 5);
    const passed = checks.filter((check) => !/\d{3}-\d{4}/.test(check.text));
    // The last checkpoint that passed ended in a word that might go on: its text up to that word was streamed.
    const lastPassed = passed.at(-1)!.text;
    expect(seen.text).toBe(lastPassed.slice(0, lastPassed.lastIndexOf(' ')));
    expect(seen.text).not.toContain('555');
    expect(checks.every((check) => check.partial)).toBe(true);
    expect(tripwire.state?.finalOutput).toBeUndefined();
  });

  it('streams passed text in chunks while the answer is still being written, then checks the whole answer', async () => {
    const deltas = words(
      'Refunds reach your card within five working days of approval.',
    );
    const client = { text: () => '' };
    const { guardrail, checks } = phoneGuardrail();
    const agent = new Agent({
      name: 'support',
      model: new TypingModel([
        {
          deltas,
          // The last delta waits until the client has text: with the answer held to the end it never would.
          before: async (index) => {
            if (index === deltas.length - 1)
              await vi.waitFor(() => expect(client.text()).not.toBe(''));
          },
        },
      ]),
      outputGuardrails: [guardrail],
    });
    const result = await new Runner({
      outputGuardrailStreaming: { checkpointEvery: 20 },
    }).run(agent, 'When?', { stream: true });
    const { seen, done } = read(result);
    client.text = () => seen.text;
    await done;
    expect(seen.error).toBeUndefined();
    expect(seen.text).toBe(deltas.join(''));
    expect(result.finalOutput).toBe(deltas.join(''));
    const partial = checks.filter((check) => check.partial);
    expect(partial.length).toBeGreaterThanOrEqual(2);
    for (const check of partial) expect(deltas.join('')).toContain(check.text);
    expect(checks.at(-1)).toEqual({ text: deltas.join(''), partial: false });
  });

  it('never runs two checks at once: text that came during a check is checked as one piece when it ends', async () => {
    const deltas = words('one two three four five six seven eight nine ten');
    let running = 0;
    let most = 0;
    const texts: string[] = [];
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const agent = new Agent({
      name: 'support',
      model: new TypingModel([
        {
          deltas,
          before: async (index) => {
            if (index !== 6) return;
            open();
            await vi.waitFor(() => expect(texts).toHaveLength(2));
          },
        },
      ]),
      outputGuardrails: [
        {
          name: 'slow',
          execute: async ({ agentOutput }) => {
            running += 1;
            most = Math.max(most, running);
            texts.push(String(agentOutput));
            if (texts.length === 1) await gate;
            running -= 1;
            return { tripwireTriggered: false, outputInfo: null };
          },
        },
      ],
    });
    const { seen } = await streamed(agent, {
      outputGuardrailStreaming: { checkpointEvery: 3 },
    });
    expect(seen.error).toBeUndefined();
    expect(most).toBe(1);
    expect(texts[0]).toBe('one');
    // Six deltas had come by the time the first check ended: the next one saw all of them.
    expect(texts[1]).toBe(deltas.slice(0, 6).join(''));
    expect(texts.at(-1)).toBe(deltas.join(''));
  });

  it('ends the run with GuardrailExecutionError when a checkpoint guardrail throws, aborting the model call', async () => {
    const model = new TypingModel([{ deltas: phoneAnswer }]);
    const agent = new Agent({
      name: 'support',
      model,
      outputGuardrails: [
        {
          name: 'broken',
          execute: ({ details }) => {
            if (details?.partial) throw new Error('checker offline');
            return { tripwireTriggered: false, outputInfo: null };
          },
        },
      ],
    });
    const { seen } = await streamed(agent, {
      outputGuardrailStreaming: { checkpointEvery: 5 },
    });
    expect(GuardrailExecutionError.isInstance(seen.error)).toBe(true);
    expect((seen.error as GuardrailExecutionError).error).toMatchObject({
      message: 'checker offline',
    });
    expect(model.signals[0]!.aborted).toBe(true);
    expect(seen.text).toBe('');
  });

  it('streams turns of agents without output guardrails as they come', async () => {
    const client = { text: () => '' };
    const deltas = words('Hello there, how can I help?');
    const agent = new Agent({
      name: 'support',
      model: new TypingModel([
        {
          deltas,
          before: async (index) => {
            if (index === deltas.length - 1)
              await vi.waitFor(() => expect(client.text()).not.toBe(''));
          },
        },
      ]),
    });
    const result = await new Runner({
      outputGuardrailStreaming: 'buffered',
    }).run(agent, 'hi', { stream: true });
    const { seen, done } = read(result);
    client.text = () => seen.text;
    await done;
    expect(seen.text).toBe(deltas.join(''));
  });

  it('rejects a checkpoint size that is not a positive integer, and modes it does not know', () => {
    for (const checkpointEvery of [0, -5, 2.5, Number.NaN])
      expect(
        () => new Runner({ outputGuardrailStreaming: { checkpointEvery } }),
      ).toThrow(UserError);
    for (const mode of [null, 'checkpointed'])
      expect(
        () =>
          new Runner({
            outputGuardrailStreaming: mode as unknown as 'buffered',
          }),
      ).toThrow(UserError);
  });
});

describe('streaming options given to one run', () => {
  it("override the runner's: inputGuardrailStreaming: 'immediate' streams before the input guardrail answered", async () => {
    let verdict!: () => void;
    const agent = new Agent({
      name: 'support',
      model: new TypingModel([{ deltas: words('Hello there.') }]),
      inputGuardrails: [
        {
          name: 'slow',
          execute: () =>
            new Promise((resolve) => {
              verdict = () =>
                resolve({ tripwireTriggered: false, outputInfo: null });
            }),
        },
      ],
    });
    const result = await new Runner({
      inputGuardrailStreaming: 'buffered',
    }).run(agent, 'hi', { stream: true, inputGuardrailStreaming: 'immediate' });
    const { seen, done } = read(result);
    await vi.waitFor(() => expect(seen.text).toBe('Hello there.'));
    verdict();
    await done;
    expect(seen.error).toBeUndefined();
  });
});
