import { describe, expect, it } from 'vitest';
import { Agent, Runner, UserError } from '@baton/core';
import { OpenAIProvider } from '@baton/openai';
import { openAPIValidator } from './support/openapi-validator.js';
import { responsesBodies, wirePerTest } from './support/wire-setup.js';

const startWire = wirePerTest();
const validator = openAPIValidator();

const weatherAgent = new Agent<{ city: string }>({
  name: 'Weather',
  prompt: async (runContext) => ({
    promptId: 'pmpt_weather',
    version: '4',
    variables: {
      city: runContext.context.city,
      map: { type: 'input_image', image_url: 'https://example.com/map.png' },
    },
  }),
});

describe("an agent's prompt template on the wire", () => {
  for (const stream of [false, true]) {
    it(`is sent as the request's prompt, valid against the spec, without empty instructions (${stream ? 'streamed' : 'not streamed'})`, async () => {
      const wire = await startWire();
      const options = { context: { city: 'Paris' } };
      let finalOutput: unknown;
      if (stream) {
        const result = await wire.runner.run(weatherAgent, 'Forecast?', {
          ...options,
          stream: true,
        });
        for await (const _event of result);
        finalOutput = result.finalOutput;
      } else {
        finalOutput = (
          await wire.runner.run(weatherAgent, 'Forecast?', options)
        ).finalOutput;
      }
      const [body] = responsesBodies(wire.emulator);
      expect(body?.prompt).toEqual({
        id: 'pmpt_weather',
        version: '4',
        variables: {
          city: 'Paris',
          map: {
            type: 'input_image',
            image_url: 'https://example.com/map.png',
            detail: 'auto',
          },
        },
      });
      expect(body).not.toHaveProperty('instructions');
      expect(validator.validateRequest('CreateResponse', body)).toEqual([]);
      expect(finalOutput).toContain('prompt pmpt_weather, version 4');
      expect(finalOutput).toContain('city: Paris');
    });
  }

  it("leaves the model out when no agent or runner names one, so the template's model applies", async () => {
    const wire = await startWire({ runConfig: { model: undefined } });
    await wire.runner.run(weatherAgent, 'Forecast?', {
      context: { city: 'Paris' },
    });
    await wire.runner.run(new Agent({ name: 'Plain' }), 'Hi');
    const [prompted, plain] = responsesBodies(wire.emulator);
    expect(prompted).not.toHaveProperty('model');
    expect(prompted).toHaveProperty('prompt');
    expect(validator.validateRequest('CreateResponse', prompted)).toEqual([]);
    expect(plain).toMatchObject({ model: 'gpt-4.1' });
  });

  it("sends the model a runner names, over the template's", async () => {
    const wire = await startWire();
    await wire.runner.run(weatherAgent, 'Forecast?', {
      context: { city: 'Paris' },
    });
    expect(responsesBodies(wire.emulator)[0]).toMatchObject({
      model: 'gpt-4.1-mini',
      prompt: { id: 'pmpt_weather' },
    });
  });

  it('fails on Chat Completions with a UserError that says to use the Responses API', async () => {
    const wire = await startWire();
    const runner = new Runner({
      modelProvider: new OpenAIProvider({
        openAIClient: wire.client,
        useResponses: false,
      }),
    });
    const error = await runner
      .run(weatherAgent, 'Forecast?', { context: { city: 'Paris' } })
      .catch((caught: unknown) => caught);
    expect(UserError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(/Responses API/);
    expect(wire.emulator.requests).toHaveLength(0);
  });
});
