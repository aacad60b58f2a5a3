import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  Agent,
  MaxTurnsExceededError,
  ModelBehaviorError,
  Runner,
  tool,
  type RunState,
} from '../src/index.js';
import { call, FakeModel, respond, text } from './support/fake-model.js';

async function stateOf(attempt: Promise<unknown>): Promise<RunState> {
  const error = (await attempt.then(
    () => undefined,
    (caught: unknown) => caught,
  )) as { state?: RunState } | undefined;
  if (!error?.state) throw new Error('expected the run to fail with a state');
  return error.state;
}

describe('resuming a run that ended with an error', () => {
  it('runs again only the call whose tool failed, once the tool is fixed', async () => {
    const ran: string[] = [];
    let broken = true;
    const charge = tool({
      name: 'charge',
      description: 'Charges',
      parameters: z.object({}),
      errorFunction: null,
      execute: () => {
        ran.push('charge');
        if (broken) throw new Error('card service down');
        return 'charged';
      },
    });
    const notify = tool({
      name: 'notify',
      description: 'Notifies',
      parameters: z.object({}),
      execute: () => {
        ran.push('notify');
        return 'sent';
      },
    });
    const model = new FakeModel([
      respond([call('notify', {}, 'call_notify')]),
      respond([call('charge', {}, 'call_charge')]),
      text('Charged and notified.'),
    ]);
    const agent = new Agent({
      name: 'Cashier',
      tools: [charge, notify],
      model,
    });
    const state = await stateOf(new Runner().run(agent, 'charge me'));

    broken = false;
    const result = await new Runner().run(agent, state);

    expect(result.finalOutput).toBe('Charged and notified.');
    expect(ran).toEqual(['notify', 'charge', 'charge']);
    expect(model.requests).toHaveLength(3);
    const outputs = model.requests[2]!.input.filter(
      (item) => item.type === 'function_call_output',
    );
    expect(outputs).toHaveLength(2);
  });

  it('goes on past maxTurns when the resumed run raises the limit', async () => {
    const lookup = tool({
      name: 'lookup',
      description: 'Looks up',
      parameters: z.object({}),
      execute: () => 'found',
    });
    const model = new FakeModel([
      respond([call('lookup', {})]),
      respond([call('lookup', {})]),
      text('Found it.'),
    ]);
    const agent = new Agent({ name: 'Finder', tools: [lookup], model });
    const attempt = new Runner().run(agent, 'find', { maxTurns: 2 });
    const error = await attempt.catch((caught: unknown) => caught);
    expect(MaxTurnsExceededError.isInstance(error)).toBe(true);
    const { state } = error as MaxTurnsExceededError;

    const result = await new Runner().run(agent, state!, { maxTurns: 5 });

    expect(result.finalOutput).toBe('Found it.');
    expect(result.state.currentTurn).toBe(3);
    expect(model.requests).toHaveLength(3);
  });

  it('calls the model again for a turn whose model call failed, counting the turn once', async () => {
    const model = new FakeModel([
      new Error('connection reset'),
      text('Hello.'),
    ]);
    const agent = new Agent({ name: 'Greeter', model });
    const state = await stateOf(new Runner().run(agent, 'hi'));
    expect(state.currentTurn).toBe(1);

    const result = await new Runner().run(agent, state);

    expect(result.finalOutput).toBe('Hello.');
    expect(result.state.currentTurn).toBe(1);
    expect(result.state.modelResponses).toHaveLength(1);
  });

  it('asks the model again after a final output that failed its outputType', async () => {
    const model = new FakeModel([text('not json'), text('{"total":3}')]);
    const agent = new Agent({
      name: 'Counter',
      outputType: z.object({ total: z.number() }),
      model,
    });
    const attempt = new Runner().run(agent, 'count');
    const error = await attempt.catch((caught: unknown) => caught);
    expect(ModelBehaviorError.isInstance(error)).toBe(true);

    const result = await new Runner().run(
      agent,
      (error as ModelBehaviorError).state!,
    );

    expect(result.finalOutput).toEqual({ total: 3 });
    expect(model.requests).toHaveLength(2);
  });

  it('does not run a call twice when a sibling call failed the turn', async () => {
    const ran: string[] = [];
    let broken = true;
    const tools = ['first', 'second'].map((name) =>
      tool({
        name,
        description: name,
        parameters: z.object({}),
        errorFunction: null,
        execute: () => {
          ran.push(name);
          if (name === 'second' && broken) throw new Error('down');
          return `${name} done`;
        },
      }),
    );
    const model = new FakeModel([
      respond([
        call('first', {}, 'call_first'),
        call('second', {}, 'call_second'),
      ]),
      text('Both done.'),
    ]);
    const agent = new Agent({ name: 'Pair', tools, model });
    const state = await stateOf(
      new Runner({ toolExecution: { maxFunctionToolConcurrency: 1 } }).run(
        agent,
        'go',
      ),
    );
    expect(state.generatedItems.map((item) => item.type)).toContain(
      'tool_call_output_item',
    );

    broken = false;
    const result = await new Runner().run(agent, state);

    expect(result.finalOutput).toBe('Both done.');
    expect(ran).toEqual(['first', 'second', 'second']);
  });
});
