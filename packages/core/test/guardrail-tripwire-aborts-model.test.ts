import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  Agent,
  defineInputGuardrail,
  defineOutputGuardrail,
  GuardrailExecutionError,
  InputGuardrailTripwireTriggered,
  OutputGuardrailTripwireTriggered,
  Runner,
  RunState,
  tool,
  type InputGuardrail,
  type ModelRequest,
  type ModelResponse,
} from '../src/index.js';
import { call, FakeModel, respond, text } from './support/fake-model.js';

/** A model call that never answers on its own: it ends only when its signal aborts. */
function hangingCall(seen: { aborted?: unknown }) {
  return (request: ModelRequest) =>
    new Promise<ModelResponse>((_, reject) => {
      request.signal!.addEventListener('abort', () => {
        seen.aborted = request.signal!.reason;
        reject(request.signal!.reason);
      });
    });
}

/** A guardrail whose verdict the test gives when it likes. */
function controlledGuardrail(options: Partial<InputGuardrail> = {}) {
  let decide!: (tripped: boolean) => void;
  let fail!: (error: unknown) => void;
  const seen: { signal?: AbortSignal } = {};
  const guardrail = defineInputGuardrail({
    name: 'homework',
    execute: ({ signal }) => {
      seen.signal = signal;
      return new Promise((resolve, reject) => {
        decide = (tripped) =>
          resolve({ tripwireTriggered: tripped, outputInfo: { tripped } });
        fail = reject;
      });
    },
    ...options,
  });
  return {
    guardrail,
    seen,
    decide: (tripped: boolean) => decide(tripped),
    fail: (error: unknown) => fail(error),
  };
}

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the run to fail');
    },
    (error: unknown) => error,
  );

describe('input guardrails', () => {
  it('abort the in-flight model call when a parallel guardrail trips, without waiting for the model', async () => {
    const seen: { aborted?: unknown } = {};
    const model = new FakeModel([hangingCall(seen)]);
    const check = controlledGuardrail();
    const agent = new Agent({
      name: 'support',
      model,
      inputGuardrails: [check.guardrail],
    });
    const running = failureOf(new Runner().run(agent, 'Solve 2x + 3 = 7'));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(model.requests).toHaveLength(1);
    check.decide(true);
    const error = await running;
    expect(InputGuardrailTripwireTriggered.isInstance(error)).toBe(true);
    const tripwire = error as InputGuardrailTripwireTriggered;
    expect(tripwire.result.output.outputInfo).toEqual({ tripped: true });
    expect(tripwire.state?.currentTurn).toBe(1);
    expect(seen.aborted).toBe(error);
  });

  it('make no model request when a parallel guardrail trips at once, before the model call starts', async () => {
    const model = new FakeModel([text('never')]);
    const agent = new Agent({
      name: 'support',
      model,
      inputGuardrails: [
        {
          name: 'instant',
          execute: () => ({ tripwireTriggered: true, outputInfo: 'no' }),
        },
      ],
    });
    const error = await failureOf(new Runner().run(agent, 'x'));
    expect(InputGuardrailTripwireTriggered.isInstance(error)).toBe(true);
    expect(model.requests).toHaveLength(0);
  });

  it('make zero model requests when a blocking guardrail trips', async () => {
    const model = new FakeModel([text('never')]);
    const agent = new Agent({
      name: 'support',
      model,
      inputGuardrails: [
        {
          name: 'blocking',
          runInParallel: false,
          execute: () => ({ tripwireTriggered: true, outputInfo: 'no' }),
        },
      ],
    });
    const error = await failureOf(new Runner().run(agent, 'x'));
    expect(InputGuardrailTripwireTriggered.isInstance(error)).toBe(true);
    expect(model.requests).toHaveLength(0);
  });

  it('hold the model’s answer, running no tool, until every parallel guardrail has passed', async () => {
    const ran: string[] = [];
    const refund = tool({
      name: 'refund',
      description: '',
      parameters: z.object({}),
      execute: () => void ran.push('refund'),
    });
    const check = controlledGuardrail();
    const agent = new Agent({
      name: 'support',
      model: new FakeModel([respond([call('refund', {})]), text('done')]),
      tools: [refund],
      inputGuardrails: [check.guardrail],
    });
    const running = failureOf(new Runner().run(agent, 'Refund me'));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(ran).toEqual([]);
    check.decide(true);
    expect(InputGuardrailTripwireTriggered.isInstance(await running)).toBe(
      true,
    );
    expect(ran).toEqual([]);
  });

  it('let the run go on once they pass, and report their results', async () => {
    const check = controlledGuardrail();
    const agent = new Agent({
      name: 'support',
      model: new FakeModel([text('Your refund is on its way.')]),
      inputGuardrails: [check.guardrail],
    });
    const running = new Runner().run(agent, 'Refund me');
    await new Promise((resolve) => setTimeout(resolve, 5));
    check.decide(false);
    const result = await running;
    expect(result.finalOutput).toBe('Your refund is on its way.');
    expect(result.inputGuardrailResults).toEqual([
      {
        guardrail: { type: 'input', name: 'homework' },
        output: { tripwireTriggered: false, outputInfo: { tripped: false } },
      },
    ]);
  });

  it('end the run with GuardrailExecutionError when a guardrail throws, aborting the model call too', async () => {
    const seen: { aborted?: unknown } = {};
    const check = controlledGuardrail();
    const agent = new Agent({
      name: 'support',
      model: new FakeModel([hangingCall(seen)]),
      inputGuardrails: [check.guardrail],
    });
    const running = failureOf(new Runner().run(agent, 'x'));
    await new Promise((resolve) => setTimeout(resolve, 5));
    const cause = new Error('checker offline');
    check.fail(cause);
    const error = await running;
    expect(GuardrailExecutionError.isInstance(error)).toBe(true);
    expect((error as GuardrailExecutionError).error).toBe(cause);
    expect(seen.aborted).toBe(error);
  });

  it('abort the other guardrails’ signal when one trips, so their nested runs stop', async () => {
    const slow = controlledGuardrail();
    const agent = new Agent({
      name: 'support',
      model: new FakeModel([text('x')]),
      inputGuardrails: [
        slow.guardrail,
        {
          name: 'fast',
          execute: () => ({ tripwireTriggered: true, outputInfo: null }),
        },
      ],
    });
    await failureOf(new Runner().run(agent, 'x'));
    expect(slow.seen.signal?.aborted).toBe(true);
  });

  it("run the runner's and the starting agent's guardrails on the first turn only", async () => {
    const calls: string[] = [];
    const record = (name: string): InputGuardrail => ({
      name,
      execute: () => {
        calls.push(name);
        return { tripwireTriggered: false, outputInfo: null };
      },
    });
    const target = new Agent({
      name: 'target',
      model: new FakeModel([text('done')]),
      inputGuardrails: [record('target')],
    });
    const triage = new Agent({
      name: 'triage',
      model: new FakeModel([respond([call('transfer_to_target', {})])]),
      handoffs: [target],
      inputGuardrails: [record('triage')],
    });
    const runner = new Runner({ inputGuardrails: [record('runner')] });
    const result = await runner.run(triage, 'x');
    expect(result.finalOutput).toBe('done');
    expect(calls).toEqual(['runner', 'triage']);
  });
});

describe('streamed runs with input guardrails', () => {
  async function eventsBeforeVerdict(
    inputGuardrailStreaming?: 'buffered' | 'immediate',
  ) {
    const check = controlledGuardrail();
    const agent = new Agent({
      name: 'support',
      model: new FakeModel([text('Hello there')]),
      inputGuardrails: [check.guardrail],
    });
    const result = await new Runner({ inputGuardrailStreaming }).run(
      agent,
      'x',
      { stream: true },
    );
    const seen: string[] = [];
    const reading = (async () => {
      for await (const event of result) seen.push(event.type);
    })();
    await new Promise((resolve) => setTimeout(resolve, 10));
    const before = [...seen];
    check.decide(false);
    await reading;
    return { before, after: seen };
  }

  it('show nothing of the model call until the guardrails pass, then everything', async () => {
    const { before, after } = await eventsBeforeVerdict();
    expect(before).toEqual([]);
    expect(after).toContain('raw_model_stream_event');
    expect(after).toContain('run_item_stream_event');
  });

  it("stream the model's events at once with inputGuardrailStreaming: 'immediate'", async () => {
    const { before } = await eventsBeforeVerdict('immediate');
    expect(before).toContain('raw_model_stream_event');
  });

  it('stream nothing of a run whose guardrail trips', async () => {
    const check = controlledGuardrail();
    const agent = new Agent({
      name: 'support',
      model: new FakeModel([text('Here is your homework answer')]),
      inputGuardrails: [check.guardrail],
    });
    const result = await new Runner().run(agent, 'x', { stream: true });
    const seen: string[] = [];
    const reading = failureOf(
      (async () => {
        for await (const event of result) seen.push(event.type);
      })(),
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    check.decide(true);
    expect(InputGuardrailTripwireTriggered.isInstance(await reading)).toBe(
      true,
    );
    expect(seen).toEqual([]);
  });
});

describe('output guardrails', () => {
  const noPhoneNumbers = defineOutputGuardrail({
    name: 'no phone numbers',
    execute: ({ agentOutput }) => ({
      tripwireTriggered: /\d{3}-\d{4}/.test(String(agentOutput)),
      outputInfo: { checked: agentOutput },
    }),
  });

  it('hide an output that trips them and end the run with OutputGuardrailTripwireTriggered', async () => {
    const agent = new Agent({
      name: 'support',
      model: new FakeModel([text('Call me at 555-0100.')]),
      outputGuardrails: [noPhoneNumbers],
    });
    const error = await failureOf(new Runner().run(agent, 'x'));
    expect(OutputGuardrailTripwireTriggered.isInstance(error)).toBe(true);
    const tripwire = error as OutputGuardrailTripwireTriggered;
    expect(tripwire.state?.finalOutput).toBeUndefined();
    expect(tripwire.result.agent).toBe(agent);
  });

  it("let an output through when they pass, with the runner's guardrails too", async () => {
    const agent = new Agent({
      name: 'support',
      model: new FakeModel([text('Your refund is on its way.')]),
      outputGuardrails: [noPhoneNumbers],
    });
    const result = await new Runner({
      outputGuardrails: [
        {
          name: 'polite',
          execute: () => ({ tripwireTriggered: false, outputInfo: null }),
        },
      ],
    }).run(agent, 'x');
    expect(result.finalOutput).toBe('Your refund is on its way.');
    expect(result.outputGuardrailResults.map((r) => r.guardrail.name)).toEqual([
      'polite',
      'no phone numbers',
    ]);
  });

  it('keep their verdicts through RunState.toString and fromString', async () => {
    const agent = new Agent({
      name: 'support',
      model: new FakeModel([text('Your refund is on its way.')]),
      inputGuardrails: [
        {
          name: 'homework',
          execute: () => ({ tripwireTriggered: false, outputInfo: { ok: 1 } }),
        },
      ],
      outputGuardrails: [noPhoneNumbers],
    });
    const result = await new Runner().run(agent, 'x');
    const restored = await RunState.fromString(agent, result.state.toString());
    expect(restored.inputGuardrailResults).toEqual(
      result.inputGuardrailResults,
    );
    expect(restored.outputGuardrailResults[0]?.agent).toBe(agent);
    expect(restored.outputGuardrailResults[0]?.output).toEqual(
      result.outputGuardrailResults[0]?.output,
    );
  });
});
