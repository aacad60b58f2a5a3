import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { UserError } from '../errors/errors.js';
import { tool } from './function-tool.js';

const parameters = z.object({ city: z.string() });

describe('tool() names', () => {
  it('sanitises a name as the Agents SDK does instead of rejecting it', async () => {
    const weather = tool({
      name: 'get weather-now!',
      description: 'Weather',
      parameters,
      execute: () => 'sunny',
    });
    expect(weather.name).toBe('get_weather_now_');
    expect((await weather.definition()).name).toBe('get_weather_now_');
  });

  it("falls back to execute's function name, sanitised", () => {
    const weather = tool({
      description: 'Weather',
      parameters,
      execute: function lookUpWeather() {
        return 'sunny';
      },
    });
    expect(weather.name).toBe('lookUpWeather');
  });

  it('throws a UserError only when there is no name at all', () => {
    expect(() =>
      tool({
        name: '',
        description: 'Weather',
        parameters,
        execute: Object.defineProperty(() => 'x', 'name', { value: '' }),
      }),
    ).toThrow(UserError);
  });
});

describe('tool() options Baton has not built yet', () => {
  const base = {
    name: 'charge',
    description: 'Charges a card',
    parameters,
  };

  it('throws for the SDK-only options, and accepts their empty forms', () => {
    const execute = () => 'x';
    for (const option of [
      { outputSchema: z.object({ ok: z.boolean() }) },
      { timeoutBehavior: 'raise_exception' as const },
      { timeoutErrorFunction: () => 'late' },
      { deferLoading: true },
      { providerData: { x: 1 } },
      { allowedCallers: ['direct'] },
      { customDataExtractor: () => ({}) },
    ]) {
      expect(() => tool({ ...base, execute, ...option })).toThrow(UserError);
    }
    expect(() =>
      tool({
        ...base,
        execute,
        needsApproval: false,
        inputGuardrails: [],
        outputGuardrails: [],
        timeoutBehavior: 'error_as_result',
        deferLoading: false,
      }),
    ).not.toThrow();
  });
});
