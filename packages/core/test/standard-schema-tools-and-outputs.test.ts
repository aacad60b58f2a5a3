import { describe, expect, it } from 'vitest';
import * as zm from 'zod/mini';
import { Agent, Runner, tool, type StandardSchemaLike } from '../src/index.js';
import { call, FakeModel, respond, text } from './support/fake-model.js';

const shape = zm.object({
  shape: zm.discriminatedUnion('kind', [
    zm.object({ kind: zm.literal('circle'), radius: zm.optional(zm.number()) }),
    zm.object({
      kind: zm.literal('square'),
      side: zm.number(),
      label: zm.optional(zm.string()),
    }),
  ]),
});

describe('schemas beyond zod classic', () => {
  it('runs a zod mini tool whose union branches have optional fields, from strict-mode arguments', async () => {
    const seen: unknown[] = [];
    const draw = tool({
      name: 'draw',
      description: 'Draws a shape',
      parameters: shape,
      execute: (input) => {
        seen.push(input);
        return 'drawn';
      },
    });
    const model = new FakeModel([
      respond([
        call('draw', { shape: { kind: 'square', side: 2, label: null } }),
      ]),
      text('done'),
    ]);
    const agent = new Agent({ name: 'Painter', tools: [draw], model });
    const result = await new Runner().run(agent, 'draw a square');
    expect(result.finalOutput).toBe('done');
    expect(seen).toEqual([{ shape: { kind: 'square', side: 2 } }]);
    const [definition] = model.requests[0]!.tools;
    expect(definition).toMatchObject({ name: 'draw', strict: true });
  });

  it('parses a structured output declared with zod mini, dropping the nulls strict mode asked for', async () => {
    const agent = new Agent({
      name: 'Shaper',
      outputType: shape,
      model: new FakeModel([text('{"shape":{"kind":"circle","radius":null}}')]),
    });
    const result = await new Runner().run(agent, 'a circle');
    expect(result.finalOutput).toEqual({ shape: { kind: 'circle' } });
  });

  it('validates a Standard Schema output type through ~standard.validate', async () => {
    const upper: StandardSchemaLike<unknown, { word: string }> = {
      '~standard': {
        version: 1,
        vendor: 'test',
        validate: async (value) => ({
          value: {
            word: String((value as { word: string }).word).toUpperCase(),
          },
        }),
        jsonSchema: {
          input: () => ({
            type: 'object',
            properties: { word: { type: 'string' } },
            required: ['word'],
          }),
          output: () => ({}),
        },
      },
    };
    const model = new FakeModel([text('{"word":"baton"}')]);
    const agent = new Agent({ name: 'Upper', outputType: upper, model });
    const result = await new Runner().run(agent, 'shout');
    expect(result.finalOutput).toEqual({ word: 'BATON' });
    expect(model.requests[0]!.outputFormat).toMatchObject({
      type: 'json_schema',
      strict: true,
      schema: { additionalProperties: false },
    });
  });
});
