import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  Agent,
  InputGuardrailTripwireTriggered,
  removeAllTools,
  RunToolCallOutputItem,
  Runner,
  tool,
  UserError,
  type FunctionToolResult,
  type ModelProvider,
  type StepRunner,
} from '../src/index.js';
import { call, FakeModel, respond, text } from './support/fake-model.js';

const pixel = 'iVBORw0KGgo=';
const screenshot = tool({
  name: 'screenshot',
  description: '',
  parameters: z.object({}),
  execute: () => ({ type: 'image', image: `data:image/png;base64,${pixel}` }),
});
const failing = tool({
  name: 'failing',
  description: '',
  parameters: z.object({}),
  execute: () => {
    throw new Error('no disk');
  },
});

function functionOutputs(model: FakeModel, request = 1) {
  return model.requests[request]!.input.filter(
    (item) => item.type === 'function_call_output',
  ) as Array<{ call_id: string; output: unknown }>;
}

describe('model precedence', () => {
  it("lets an agent's own model win over the runner's, as @openai/agents does", async () => {
    const asked: Array<string | undefined> = [];
    const provider: ModelProvider = {
      getModel: (name) => {
        asked.push(name);
        return new FakeModel([text('hi')]);
      },
    };
    const runner = new Runner({
      model: 'runner-model',
      modelProvider: provider,
    });
    await runner.run(new Agent({ name: 'a', model: 'agent-model' }), 'x');
    await runner.run(new Agent({ name: 'b' }), 'x');
    expect(asked).toEqual(['agent-model', 'runner-model']);
  });
});

describe('tool outputs', () => {
  it('sends a structured image output as an input_image content part, not as JSON text', async () => {
    const model = new FakeModel([
      respond([call('screenshot', {})]),
      text('ok'),
    ]);
    await new Runner().run(
      new Agent({ name: 'a', model, tools: [screenshot] }),
      'x',
    );
    expect(functionOutputs(model)[0]!.output).toEqual([
      {
        type: 'input_image',
        image_url: `data:image/png;base64,${pixel}`,
      },
    ]);
  });

  it('sends text and file parts, and bytes as data URLs', async () => {
    const files = tool({
      name: 'files',
      description: '',
      parameters: z.object({}),
      execute: () => [
        { type: 'text', text: 'the report' },
        {
          type: 'file',
          file: {
            data: new Uint8Array([37, 80, 68, 70]),
            mediaType: 'application/pdf',
            filename: 'r.pdf',
          },
        },
      ],
    });
    const model = new FakeModel([respond([call('files', {})]), text('ok')]);
    await new Runner().run(
      new Agent({ name: 'a', model, tools: [files] }),
      'x',
    );
    expect(functionOutputs(model)[0]!.output).toEqual([
      { type: 'input_text', text: 'the report' },
      {
        type: 'input_file',
        file_data: 'data:application/pdf;base64,JVBERg==',
        filename: 'r.pdf',
      },
    ]);
  });

  it('keeps the error text the model saw as the output item of a failed tool', async () => {
    const model = new FakeModel([respond([call('failing', {})]), text('ok')]);
    const result = await new Runner().run(
      new Agent({ name: 'a', model, tools: [failing] }),
      'x',
    );
    const item = result.newItems.find(
      (entry) => entry instanceof RunToolCallOutputItem,
    ) as RunToolCallOutputItem;
    expect(item.output).toMatch(/no disk/);
    expect(item.output).toBe(item.rawItem.output);
  });

  it('returns the object a tool returned when stop_on_first_tool or stopAtToolNames ends the run of an agent with an outputType', async () => {
    const image = z.object({ type: z.literal('image'), image: z.string() });
    for (const toolUseBehavior of [
      'stop_on_first_tool' as const,
      { stopAtToolNames: ['screenshot'] },
    ]) {
      const model = new FakeModel([respond([call('screenshot', {})])]);
      const agent = new Agent({
        name: 'a',
        model,
        tools: [screenshot],
        outputType: image,
        toolUseBehavior,
      });
      const result = await new Runner().run(agent, 'x');
      expect(result.finalOutput).toEqual({
        type: 'image',
        image: `data:image/png;base64,${pixel}`,
      });
    }
  });

  it("gives a text agent the tool's output as text, as its finalOutput type says", async () => {
    const model = new FakeModel([respond([call('screenshot', {})])]);
    const agent = new Agent({
      name: 'a',
      model,
      tools: [screenshot],
      toolUseBehavior: 'stop_on_first_tool',
    });
    const result = await new Runner().run(agent, 'x');
    expect(result.finalOutput).toBe(
      JSON.stringify({
        type: 'image',
        image: `data:image/png;base64,${pixel}`,
      }),
    );
  });

  it("parses a tool's final output with the agent's outputType, as @openai/agents does", async () => {
    const weather = z.object({ city: z.string(), sunny: z.boolean() });
    const asText = tool({
      name: 'as_text',
      description: '',
      parameters: z.object({}),
      execute: () => JSON.stringify({ city: 'Oslo', sunny: false }),
    });
    const wrong = tool({
      name: 'wrong',
      description: '',
      parameters: z.object({}),
      execute: () => ({ city: 'Oslo' }),
    });
    const agentWith = (name: string, model: FakeModel) =>
      new Agent({
        name: 'a',
        model,
        tools: [asText, wrong],
        outputType: weather,
        toolUseBehavior: { stopAtToolNames: [name] },
      });
    const parsed = await new Runner().run(
      agentWith('as_text', new FakeModel([respond([call('as_text', {})])])),
      'x',
    );
    expect(parsed.finalOutput).toEqual({ city: 'Oslo', sunny: false });
    await expect(
      new Runner().run(
        agentWith('wrong', new FakeModel([respond([call('wrong', {})])])),
        'x',
      ),
    ).rejects.toThrow(/does not match agent "a"'s outputType/);
  });

  it("hands toolUseBehavior functions results in the SDK's shape", async () => {
    let seen: FunctionToolResult[] = [];
    const model = new FakeModel([respond([call('failing', {})])]);
    const agent = new Agent({
      name: 'a',
      model,
      tools: [failing],
      toolUseBehavior: (_context, results) => {
        seen = results;
        return { isFinalOutput: true, finalOutput: 'stopped' };
      },
    });
    await new Runner().run(agent, 'x');
    expect(seen).toHaveLength(1);
    expect(seen[0]!.type).toBe('function_output');
    expect(seen[0]!.tool).toBe(failing);
    expect(seen[0]!.output).toMatch(/no disk/);
    expect(seen[0]!.runItem).toBeInstanceOf(RunToolCallOutputItem);
  });
});

describe('results', () => {
  it('expose runContext, activeAgent, interruptions, and a copy of newItems', async () => {
    const model = new FakeModel([text('hi')]);
    const agent = new Agent({ name: 'a', model });
    const result = await new Runner().run(agent, 'x', { context: { id: 7 } });
    expect(result.runContext.context).toEqual({ id: 7 });
    expect(result.runContext.usage.totalTokens).toBe(20);
    expect(result.state.usage).toBe(result.runContext.usage);
    expect(result.activeAgent).toBe(agent);
    expect(result.interruptions).toEqual([]);
    result.newItems.pop();
    expect(result.newItems).toHaveLength(1);
  });

  it('stream as a ReadableStream of events with the turn count', async () => {
    const model = new FakeModel([
      respond([call('screenshot', {})]),
      text('hi'),
    ]);
    const result = await new Runner().run(
      new Agent({ name: 'a', model, tools: [screenshot] }),
      'x',
      { stream: true, maxTurns: 4 },
    );
    const types: string[] = [];
    const reader = result.toStream().getReader();
    for (;;) {
      const next = await reader.read();
      if (next.done) break;
      types.push(next.value.type);
    }
    expect(types).toContain('raw_model_stream_event');
    expect(result.currentTurn).toBe(2);
    expect(result.maxTurns).toBe(4);
    expect(result.finalOutput).toBe('hi');
  });
});

describe('the step runner', () => {
  it('sees every model call and tool invocation under a stable key, and can answer them from a journal', async () => {
    const journal = new Map<string, unknown>();
    const recording: StepRunner = async (key, fn) => {
      const value = await fn();
      journal.set(key, value);
      return value;
    };
    const model = new FakeModel([
      respond([call('screenshot', {}, 'c1')]),
      text('hi'),
    ]);
    const agent = new Agent({ name: 'a', model, tools: [screenshot] });
    await new Runner().run(agent, 'x', { stepRunner: recording });
    expect([...journal.keys()]).toEqual([
      'turn-1/model',
      'turn-1/tool/c1',
      'turn-2/model',
    ]);

    const replaying: StepRunner = async (key) => journal.get(key) as never;
    const silent = new FakeModel([]);
    const replayed = await new Runner().run(
      agent.clone({ model: silent }),
      'x',
      { stepRunner: replaying },
    );
    expect(replayed.finalOutput).toBe('hi');
    expect(silent.requests).toHaveLength(0);
  });
});

describe('the step runner and guardrails', () => {
  it('journals each guardrail verdict as a step, so a replay neither calls the guardrail nor changes its verdict', async () => {
    const checked: string[] = [];
    const onTopic = {
      name: 'on_topic',
      execute: async () => {
        checked.push('input');
        return { tripwireTriggered: false, outputInfo: { onTopic: true } };
      },
    };
    const polite = {
      name: 'polite',
      execute: async () => {
        checked.push('output');
        return { tripwireTriggered: false, outputInfo: 'ok' };
      },
    };
    const agent = new Agent({
      name: 'a',
      model: new FakeModel([text('hi')]),
      inputGuardrails: [onTopic],
      outputGuardrails: [polite],
    });
    const journal = new Map<string, unknown>();
    const recording: StepRunner = async (key, fn) => {
      const value = await fn();
      journal.set(key, value);
      return value;
    };
    const first = await new Runner().run(agent, 'x', { stepRunner: recording });
    expect(first.inputGuardrailResults[0]!.output.outputInfo).toEqual({
      onTopic: true,
    });
    expect([...journal.keys()].sort()).toEqual([
      'turn-1/input-guardrail/on_topic',
      'turn-1/model',
      'turn-1/output-guardrail/polite',
    ]);
    expect(checked).toEqual(['input', 'output']);

    const replaying: StepRunner = async (key) => journal.get(key) as never;
    const replayed = await new Runner().run(
      agent.clone({ model: new FakeModel([]) }),
      'x',
      { stepRunner: replaying },
    );
    expect(replayed.finalOutput).toBe('hi');
    expect(checked).toEqual(['input', 'output']);
    expect(replayed.inputGuardrailResults[0]!.output.outputInfo).toEqual({
      onTopic: true,
    });
    expect(replayed.outputGuardrailResults[0]!.output.outputInfo).toBe('ok');
  });

  it('ends a replayed run with the tripwire its journal recorded', async () => {
    const agent = new Agent({
      name: 'a',
      model: new FakeModel([text('never shown')]),
      inputGuardrails: [
        {
          name: 'strict',
          execute: async () => {
            throw new Error('a replay must not call the guardrail');
          },
        },
      ],
    });
    const journal: StepRunner = async (key, fn) =>
      key === 'turn-1/input-guardrail/strict'
        ? ({ tripwireTriggered: true, outputInfo: 'flagged' } as never)
        : fn();
    await expect(
      new Runner().run(agent, 'x', { stepRunner: journal }),
    ).rejects.toSatisfy((error) =>
      InputGuardrailTripwireTriggered.isInstance(error),
    );
  });
});

describe('options Baton has not built yet', () => {
  it('fail with a UserError naming the feature instead of being ignored', async () => {
    const agent = new Agent({ name: 'a', model: new FakeModel([text('x')]) });
    const options = { toolErrorFormatter: () => 'failed' } as never;
    await expect(new Runner().run(agent, 'x', options)).rejects.toThrow(
      /`toolErrorFormatter` needs tool error formatters/,
    );
    expect(
      () => new Runner({ callModelInputFilter: () => ({}) } as never),
    ).toThrow(UserError);
    expect(
      () => new Runner({ sandbox: {}, errorHandlers: undefined } as never),
    ).not.toThrow();
  });

  it('are found whether set as own keys (enumerable or not), through a prototype or by a class getter', () => {
    class WithGetter {
      get toolNameCollisionPolicy() {
        return 'rename';
      }
    }
    const inherited = Object.create({ reasoningItemIdPolicy: 'omit' });
    const hidden = Object.defineProperty({}, 'sandbox', {
      value: { image: 'x' },
      enumerable: false,
    });
    for (const options of [
      { stream: false, sandbox: { image: 'x' } },
      inherited,
      hidden,
      new WithGetter(),
    ])
      expect(() => new Runner(options as never)).toThrow(
        /needs .*, which is not built in Baton yet/,
      );
    expect(() => new Runner({ stream: true } as never)).not.toThrow();
  });
});

describe('runner settings with @openai/agents names', () => {
  it('apply handoffInputFilter to handoffs without a filter of their own', async () => {
    const targetModel = new FakeModel([text('done')]);
    const target = new Agent({ name: 'target', model: targetModel });
    const triage = new Agent({
      name: 'triage',
      handoffs: [target],
      model: new FakeModel([
        respond([call('lookup_order', {}), call('transfer_to_target', {})]),
      ]),
      tools: [
        tool({
          name: 'lookup_order',
          description: '',
          parameters: z.object({}),
          execute: () => 'order 1',
        }),
      ],
    });
    await new Runner({ handoffInputFilter: removeAllTools }).run(triage, 'x');
    expect(targetModel.requests[0]!.input.map((item) => item.type)).toEqual([
      'message',
    ]);
  });

  it('read toolNotFoundBehavior and toolExecution', async () => {
    const model = new FakeModel([respond([call('missing', {})])]);
    await expect(
      new Runner({ toolNotFoundBehavior: 'raise_error' }).run(
        new Agent({ name: 'a', model }),
        'x',
      ),
    ).rejects.toThrow(/does not exist/);
    const runner = new Runner({
      toolExecution: { maxFunctionToolConcurrency: 1 },
    });
    expect(runner.config.toolConcurrency).toBe(1);
  });
});
