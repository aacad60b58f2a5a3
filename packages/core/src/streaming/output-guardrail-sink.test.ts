import { describe, expect, it } from 'vitest';
import type { AgentOutputItem } from '../items/items.js';
import type { EventSink } from './event-sink.js';
import type { RunStreamEvent } from './events.js';
import { OutputGuardrailSink } from './output-guardrail-sink.js';

function target() {
  const events: RunStreamEvent[] = [];
  const sink: EventSink = { active: true, emit: (event) => events.push(event) };
  return { sink, events };
}

const delta = (text: string): RunStreamEvent => ({
  type: 'raw_model_stream_event',
  data: { type: 'output_text_delta', delta: text },
});
const done = (output: AgentOutputItem[] = []): RunStreamEvent => ({
  type: 'raw_model_stream_event',
  data: {
    type: 'response_done',
    response: {
      output,
      usage: { inputTokens: 0, outputTokens: 0, totalTokens: 0 },
    },
  },
});
const functionCall: AgentOutputItem = {
  type: 'function_call',
  call_id: 'call_1',
  name: 'lookup',
  arguments: '{}',
  status: 'completed',
};
const texts = (events: RunStreamEvent[]) =>
  events.map((event) =>
    event.type === 'raw_model_stream_event' &&
    event.data.type === 'output_text_delta'
      ? event.data.delta
      : event.type,
  );

/** A check whose verdicts the test gives, one per call, in order. */
function checks() {
  const calls: Array<{
    text: string;
    pass: () => void;
    fail: (error: unknown) => void;
  }> = [];
  const check = (text: string) =>
    new Promise<void>((resolve, reject) =>
      calls.push({ text, pass: resolve, fail: reject }),
    );
  return { calls, check };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A sink checking every `every` characters with checks the test answers, on a turn that aborts nothing. */
function checkpointed(every: number) {
  const { sink, events } = target();
  const { calls, check } = checks();
  const guarded = new OutputGuardrailSink(sink);
  guarded.startTurn({ checkpointEvery: every, check, abortTurn: () => {} });
  return { events, calls, guarded };
}

describe('OutputGuardrailSink', () => {
  it('passes events before the model call on, and holds the model call from its first event', () => {
    const { sink, events } = target();
    const guarded = new OutputGuardrailSink(sink);
    guarded.startTurn({ check: async () => {}, abortTurn: () => {} });
    const before: RunStreamEvent = {
      type: 'agent_updated_stream_event',
      agent: {} as never,
    };
    guarded.emit(before);
    guarded.emit(delta('Hi'));
    expect(events).toEqual([before]);
    guarded.emit(done());
    guarded.release();
    expect(texts(events)).toEqual([
      'agent_updated_stream_event',
      'Hi',
      'raw_model_stream_event',
    ]);
  });

  it('ignores the verdict of a checkpoint whose turn turned out to ask for tools', async () => {
    const { sink, events } = target();
    const { calls, check } = checks();
    let aborted: unknown;
    const guarded = new OutputGuardrailSink(sink);
    guarded.startTurn({
      checkpointEvery: 3,
      check,
      abortTurn: (reason) => (aborted = reason),
    });
    guarded.emit(delta('abcd'));
    guarded.emit(done([functionCall]));
    expect(texts(events)).toEqual(['abcd', 'raw_model_stream_event']);
    calls[0]!.fail(new Error('tripped'));
    await settle();
    expect(aborted).toBeUndefined();
    await expect(guarded.settled()).resolves.toBeUndefined();
  });

  it('keeps a trip that comes after the model call ended, for the final check to throw', async () => {
    const { sink, events } = target();
    const { calls, check } = checks();
    let aborted: unknown;
    const guarded = new OutputGuardrailSink(sink);
    guarded.startTurn({
      checkpointEvery: 3,
      check,
      abortTurn: (reason) => (aborted = reason),
    });
    guarded.emit(delta('abcd'));
    guarded.emit(done());
    const tripwire = new Error('tripped');
    calls[0]!.fail(tripwire);
    await expect(guarded.settled()).rejects.toBe(tripwire);
    // The model call was over: nothing to abort, and nothing held is ever passed on.
    expect(aborted).toBeUndefined();
    guarded.release();
    expect(events).toEqual([]);
    expect(() => guarded.startTurn(undefined)).toThrow(tripwire);
  });

  it('releases what a turn still held when the next turn starts, since the run went on', () => {
    const { sink, events } = target();
    const guarded = new OutputGuardrailSink(sink);
    guarded.startTurn({ check: async () => {}, abortTurn: () => {} });
    guarded.emit(delta('thinking'));
    guarded.emit(done());
    expect(events).toEqual([]);
    guarded.startTurn(undefined);
    expect(texts(events)).toEqual(['thinking', 'raw_model_stream_event']);
    guarded.emit(delta('next'));
    expect(texts(events).at(-1)).toBe('next');
  });

  it('releases up to a passed checkpoint and keeps the rest until the next one', async () => {
    const { events, calls, guarded } = checkpointed(4);
    guarded.emit(delta('one '));
    guarded.emit(delta('two '));
    calls[0]!.pass();
    await settle();
    expect(texts(events)).toEqual(['one ']);
    expect(calls.map((call) => call.text)).toEqual(['one ', 'one two ']);
  });

  it('holds back a word a checkpoint cut in two until a later checkpoint has seen it whole', async () => {
    const { events, calls, guarded } = checkpointed(8);
    guarded.emit(delta('I will'));
    guarded.emit(delta(' ki'));
    calls[0]!.pass();
    await settle();
    expect(calls[0]!.text).toBe('I will ki');
    expect(texts(events)).toEqual(['I will']);
    guarded.emit(delta('ll you'));
    guarded.emit(delta(' now'));
    calls[1]!.pass();
    await settle();
    expect(calls[1]!.text).toBe('I will kill you now');
    // "now" may go on ("nowhere"): it waits, and the word the first checkpoint cut is whole now.
    expect(texts(events)).toEqual(['I will', ' ki', 'll you']);
  });

  it('passes on the whole checked text when what came after it starts a new word', async () => {
    const { events, calls, guarded } = checkpointed(7);
    guarded.emit(delta('one'));
    guarded.emit(delta(' two'));
    guarded.emit(delta(' three'));
    calls[0]!.pass();
    await settle();
    expect(calls[0]!.text).toBe('one two');
    expect(texts(events)).toEqual(['one', ' two']);
  });

  it('never passes on text the checkpoint did not see, even to finish a word', async () => {
    const { events, calls, guarded } = checkpointed(5);
    guarded.emit(delta('Call'));
    guarded.emit(delta(' 55'));
    guarded.emit(delta('5-0100'));
    calls[0]!.pass();
    await settle();
    expect(calls[0]!.text).toBe('Call 55');
    expect(texts(events)).toEqual(['Call']);
  });

  it('passes on a word longer than a checkpoint as it is, rather than stall the stream', async () => {
    const { events, calls, guarded } = checkpointed(4);
    guarded.emit(delta('https://exa'));
    calls[0]!.pass();
    await settle();
    expect(texts(events)).toEqual(['https://exa']);
  });
});
