import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Agent, RunState, tool, type AgentInputItem } from '@baton/agents';
import { routeByAgent, type RoutedRequest } from './support/agent-router.js';
import { openAPIValidator } from './support/openapi-validator.js';
import {
  orchestrator,
  orchestratorTurn,
  translator,
} from './support/translators.js';
import { responsesBodies, wirePerTest } from './support/wire-setup.js';

const wire = wirePerTest();
const validator = openAPIValidator();

const TRANSLATIONS: Record<string, string> = {
  Spanish: 'Hola, mundo',
  French: 'Bonjour, le monde',
};

/** The orchestrator calls both translators at once, then joins their outputs; each translator answers its text. */
function orchestrate(request: RoutedRequest) {
  const turn = orchestratorTurn(request, 'Hello, world');
  if (turn) return turn;
  const language = /into (\w+)/.exec(request.instructions)?.[1] ?? '';
  return { text: TRANSLATIONS[language] ?? '?' };
}

function expectValidRequests(bodies: Array<Record<string, unknown>>) {
  for (const body of bodies)
    expect(validator.validateRequest('CreateResponse', body)).toEqual([]);
}

describe('agents as tools over HTTP', () => {
  it('runs two sub-agents for one response and gives the orchestrator their answers as tool outputs', async () => {
    const { emulator, runner } = await wire();
    routeByAgent(emulator, orchestrate);
    const spanish = translator('Spanish');
    const french = translator('French');
    const agent = orchestrator([
      spanish.asTool({
        toolName: 'to_spanish',
        toolDescription: 'Into Spanish',
      }),
      french.asTool({ toolName: 'to_french', toolDescription: 'Into French' }),
    ]);

    const result = await runner.run(agent, 'Translate "Hello, world"');

    expect(result.finalOutput).toBe('Hola, mundo | Bonjour, le monde');
    const bodies = responsesBodies(emulator);
    expectValidRequests(bodies);
    expect(bodies).toHaveLength(4);
    const offered = (bodies[0]!.tools as Array<Record<string, unknown>>).map(
      (definition) => [definition.name, definition.parameters],
    );
    expect(offered).toEqual([
      ['to_spanish', expect.objectContaining({ required: ['input'] })],
      ['to_french', expect.objectContaining({ required: ['input'] })],
    ]);
    // Each sub-agent gets the `input` argument as its own input, and nothing of the orchestrator's conversation.
    const subInputs = bodies
      .filter((body) => String(body.instructions).startsWith('You translate'))
      .map((body) => body.input);
    expect(subInputs).toEqual([
      [expect.objectContaining({ role: 'user', content: 'Hello, world' })],
      [expect.objectContaining({ role: 'user', content: 'Hello, world' })],
    ]);
    // The sub-agents' model calls count in the orchestrator's usage.
    expect(result.usage.requests).toBe(4);
    expect(result.usage.totalTokens).toBeGreaterThan(0);
  });

  it('passes structured input to the sub-agent and its structured output back as JSON', async () => {
    const { emulator, runner } = await wire();
    const glossary = new Agent({
      name: 'Glossary',
      instructions: 'You look terms up.',
      outputType: z.object({ term: z.string(), meaning: z.string() }),
    });
    routeByAgent(emulator, (request) => {
      if (request.instructions.startsWith('You look'))
        return { json: { term: 'baton', meaning: 'a stick passed on' } };
      if (request.outputs.size > 0)
        return { text: `Found: ${[...request.outputs.values()][0]}` };
      return {
        toolCalls: [
          {
            name: 'lookup',
            arguments: { term: 'baton', language: 'en' },
            callId: 'call_lookup',
          },
        ],
      };
    });
    const agent = orchestrator([
      glossary.asTool({
        toolName: 'lookup',
        toolDescription: 'Looks a term up',
        parameters: z.object({
          term: z.string().describe('The term to explain'),
          language: z.string(),
        }),
      }),
    ]);

    const result = await runner.run(agent, 'What is a baton?');

    const bodies = responsesBodies(emulator);
    expectValidRequests(bodies);
    const [first, sub, last] = bodies;
    expect(
      (first!.tools as Array<{ parameters: unknown }>)[0]!.parameters,
    ).toMatchObject({
      properties: { term: { type: 'string' }, language: { type: 'string' } },
      required: ['term', 'language'],
    });
    const subInput = (sub!.input as Array<{ content: string }>)[0]!.content;
    expect(subInput).toContain('## Structured Input Data:');
    expect(subInput).toContain('"term": "baton"');
    expect(subInput).toContain(
      '## Input Schema Summary:\n- term (string, required) - The term to explain\n- language (string, required)',
    );
    expect(sub!.text).toMatchObject({ format: { type: 'json_schema' } });
    const output = (last!.input as Array<Record<string, unknown>>).find(
      (item) => item.type === 'function_call_output',
    );
    expect(JSON.parse(String(output!.output))).toEqual({
      term: 'baton',
      meaning: 'a stick passed on',
    });
    expect(result.finalOutput).toBe(
      'Found: {"term":"baton","meaning":"a stick passed on"}',
    );
  });

  it('gives customOutputExtractor the nested result and the call it answers', async () => {
    const { emulator, runner } = await wire();
    routeByAgent(emulator, (request) => {
      if (request.instructions.startsWith('You translate'))
        return { text: 'Hola, mundo' };
      if (request.outputs.size > 0)
        return { text: [...request.outputs.values()][0]! };
      return {
        toolCalls: [
          {
            name: 'to_spanish',
            arguments: { input: 'Hello' },
            callId: 'call_1',
          },
        ],
      };
    });
    const seen: unknown[] = [];
    const agent = orchestrator([
      translator('Spanish').asTool({
        toolName: 'to_spanish',
        customOutputExtractor: (result) => {
          seen.push(result.agentToolInvocation);
          return `${result.lastAgent.name}: ${String(result.finalOutput)}`;
        },
      }),
    ]);

    const result = await runner.run(agent, 'Translate');

    expect(result.finalOutput).toBe('Spanish translator: Hola, mundo');
    expect(seen).toEqual([
      {
        toolName: 'to_spanish',
        toolCallId: 'call_1',
        toolArguments: '{"input":"Hello"}',
      },
    ]);
  });

  it('offers the tool only while isEnabled says so, and asks for approval before the sub-agent runs', async () => {
    const { emulator, runner } = await wire();
    routeByAgent(emulator, orchestrate);
    const spanish = translator('Spanish');
    const agent = orchestrator([
      spanish.asTool({ toolName: 'to_spanish', needsApproval: true }),
      translator('French').asTool({ toolName: 'to_french', isEnabled: false }),
    ]);

    const result = await runner.run(agent, 'Translate');

    const [first] = responsesBodies(emulator);
    expect(
      (first!.tools as Array<{ name: string }>).map((entry) => entry.name),
    ).toEqual(['to_spanish']);
    // The Spanish call waits for a person; the French call names a tool the agent does not offer.
    expect(result.interruptions.map((item) => item.name)).toEqual([
      'to_spanish',
    ]);
    expect(responsesBodies(emulator)).toHaveLength(1);
    result.state.approve(result.interruptions[0]!);
    const resumed = await runner.run(agent, result.state);
    expect(resumed.finalOutput).toContain('Hola, mundo');
  });
});

describe('approvals inside a sub-agent', () => {
  function glossaryTranslator(calls: string[]) {
    const glossary = tool({
      name: 'glossary',
      description: 'Looks a word up in the company glossary',
      parameters: z.object({ word: z.string() }),
      needsApproval: true,
      execute: ({ word }) => {
        calls.push(word);
        return `${word} = mundo`;
      },
    });
    return translator('Spanish', [glossary]);
  }

  function route(request: RoutedRequest) {
    if (request.instructions.startsWith('You translate')) {
      if (request.outputs.size > 0) return { text: 'Hola, mundo' };
      return {
        toolCalls: [
          {
            name: 'glossary',
            arguments: { word: 'world' },
            callId: 'call_glossary',
          },
        ],
      };
    }
    if (request.outputs.size > 0)
      return { text: `Done: ${[...request.outputs.values()].join(', ')}` };
    return {
      toolCalls: [
        {
          name: 'to_spanish',
          arguments: { input: 'Hello, world' },
          callId: 'call_es',
        },
      ],
    };
  }

  it.each([
    ['in the same process', false],
    ['after the state went through text', true],
  ])(
    'surfaces the nested approval on the parent and resumes the sub-agent where it stopped (%s)',
    async (_label, throughText) => {
      const { emulator, runner } = await wire();
      routeByAgent(emulator, route);
      const calls: string[] = [];
      const spanish = glossaryTranslator(calls);
      const agent = orchestrator([spanish.asTool({ toolName: 'to_spanish' })]);

      const first = await runner.run(agent, 'Translate "Hello, world"');

      expect(first.finalOutput).toBeUndefined();
      expect(first.interruptions).toHaveLength(1);
      const waiting = first.interruptions[0]!;
      expect(waiting.name).toBe('glossary');
      expect(waiting.agent).toBe(spanish);
      // The agent tool's call waits with its sub-agent: it has no output yet.
      expect(first.newItems.map((item) => item.type)).toEqual([
        'tool_call_item',
      ]);
      expect(responsesBodies(emulator)).toHaveLength(2);

      let state = first.state;
      if (throughText) {
        state = await RunState.fromString(agent, first.state.toString());
        expect(state.interruptions[0]!.agent).toBe(spanish);
      }
      state.approve(state.interruptions[0]!);
      const resumed = await runner.run(agent, state);

      expect(calls).toEqual(['world']);
      expect(resumed.interruptions).toEqual([]);
      expect(resumed.finalOutput).toBe('Done: Hola, mundo');
      const bodies = responsesBodies(emulator);
      expectValidRequests(bodies);
      // Neither model is asked again for the turns that stopped: the sub-agent's next request carries the
      // glossary output, and the orchestrator's carries the sub-agent's answer.
      expect(bodies).toHaveLength(4);
      const subAgain = bodies[2]!.input as AgentInputItem[];
      expect(subAgain).toContainEqual(
        expect.objectContaining({
          type: 'function_call_output',
          call_id: 'call_glossary',
          output: 'world = mundo',
        }),
      );
      expect(bodies[3]!.input as AgentInputItem[]).toContainEqual(
        expect.objectContaining({
          type: 'function_call_output',
          call_id: 'call_es',
          output: 'Hola, mundo',
        }),
      );
      expect(resumed.usage.requests).toBe(4);
    },
  );

  it('tells the sub-agent the call was rejected when the person rejects it', async () => {
    const { emulator, runner } = await wire();
    routeByAgent(emulator, route);
    const calls: string[] = [];
    const agent = orchestrator([
      glossaryTranslator(calls).asTool({ toolName: 'to_spanish' }),
    ]);
    const first = await runner.run(agent, 'Translate');
    first.state.reject(first.interruptions[0]!, { message: 'Not today.' });

    const resumed = await runner.run(agent, first.state);

    expect(calls).toEqual([]);
    expect(resumed.finalOutput).toBe('Done: Hola, mundo');
    expect(responsesBodies(emulator)[2]!.input).toContainEqual(
      expect.objectContaining({
        call_id: 'call_glossary',
        output: 'Not today.',
      }),
    );
  });

  it('waits for both parallel sub-agents’ approvals, and resumes each with its own decision', async () => {
    const { emulator, runner } = await wire();
    const calls: string[] = [];
    const checkTool = (language: string) =>
      tool({
        name: `check_${language}`,
        description: 'Checks a translation',
        parameters: z.object({ word: z.string() }),
        needsApproval: true,
        execute: ({ word }) => {
          calls.push(`${language}:${word}`);
          return `${word} ok`;
        },
      });
    routeByAgent(emulator, (request) => {
      const language = /into (\w+)/.exec(request.instructions)?.[1];
      if (language) {
        if (request.outputs.size > 0)
          return { text: `${language}: ${[...request.outputs.values()][0]}` };
        return {
          toolCalls: [
            {
              name: `check_${language}`,
              arguments: { word: 'hola' },
              callId: `call_check_${language}`,
            },
          ],
        };
      }
      return orchestrate(request);
    });
    const agent = orchestrator([
      translator('Spanish', [checkTool('Spanish')]).asTool({
        toolName: 'to_spanish',
      }),
      translator('French', [checkTool('French')]).asTool({
        toolName: 'to_french',
      }),
    ]);

    const first = await runner.run(agent, 'Translate');

    expect(first.interruptions.map((item) => item.name).sort()).toEqual([
      'check_French',
      'check_Spanish',
    ]);
    const state = await RunState.fromString(agent, first.state.toString());
    for (const item of state.interruptions)
      if (item.name === 'check_Spanish') state.approve(item);
      else state.reject(item, { message: 'No.' });
    const resumed = await runner.run(agent, state);

    expect(calls).toEqual(['Spanish:hola']);
    expect(resumed.finalOutput).toBe('Spanish: hola ok | French: No.');
    expect(resumed.state.pendingAgentToolRuns.size).toBe(0);
  });
});
