import { afterEach, describe, expect, it, vi } from 'vitest';
import { getDefaultModel, getDefaultModelSettings } from './default-model.js';

describe('getDefaultModel', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('is gpt-4.1 when OPENAI_DEFAULT_MODEL is unset or empty', () => {
    vi.stubEnv('OPENAI_DEFAULT_MODEL', '');
    expect(getDefaultModel()).toBe('gpt-4.1');
  });

  it('reads OPENAI_DEFAULT_MODEL on every call, lower-cased', () => {
    vi.stubEnv('OPENAI_DEFAULT_MODEL', 'GPT-5');
    expect(getDefaultModel()).toBe('gpt-5');
    vi.stubEnv('OPENAI_DEFAULT_MODEL', 'gpt-4o-mini');
    expect(getDefaultModel()).toBe('gpt-4o-mini');
  });
});

describe('getDefaultModelSettings', () => {
  afterEach(() => vi.unstubAllEnvs());

  it.each([
    ['gpt-5', { reasoning: { effort: 'low' }, text: { verbosity: 'low' } }],
    [
      'gpt-5-2025-08-07',
      { reasoning: { effort: 'low' }, text: { verbosity: 'low' } },
    ],
    ['gpt-5.1', { reasoning: { effort: 'none' }, text: { verbosity: 'low' } }],
    [
      'gpt-5.2-pro',
      { reasoning: { effort: 'medium' }, text: { verbosity: 'low' } },
    ],
    ['gpt-5-mini', { text: { verbosity: 'low' } }],
    ['gpt-6', { text: { verbosity: 'low' } }],
    ['gpt-5-chat-latest', {}],
    ['gpt-5.1-chat-latest', {}],
    ['gpt-4.1', {}],
    ['o3', {}],
  ])('gives %s the settings %j', (model, settings) => {
    expect(getDefaultModelSettings(model)).toEqual(settings);
  });

  it("uses the default model's settings when given no name", () => {
    vi.stubEnv('OPENAI_DEFAULT_MODEL', 'gpt-5');
    expect(getDefaultModelSettings()).toEqual({
      reasoning: { effort: 'low' },
      text: { verbosity: 'low' },
    });
  });
});
