import { describe, expect, it } from 'vitest';
import { ModelRequestError, type ModelRetryAdviceRequest } from '@baton/core';
import { openAIRetryAdvice } from './openai-retry-advice.js';

function ask(
  error: unknown,
  previousResponseId?: string,
): ModelRetryAdviceRequest {
  return {
    error,
    stream: false,
    attempt: 1,
    request: {
      input: [],
      tools: [],
      modelSettings: {},
      outputFormat: { type: 'text' },
      ...(previousResponseId && { previousResponseId }),
    },
  };
}

describe('openAIRetryAdvice', () => {
  it('follows x-should-retry before anything else', () => {
    const no = new ModelRequestError('500', {
      status: 500,
      headers: { 'x-should-retry': 'false' },
    });
    expect(openAIRetryAdvice(ask(no))).toMatchObject({ suggested: false });
    const yes = new ModelRequestError('400', {
      status: 400,
      headers: { 'x-should-retry': 'true' },
    });
    expect(openAIRetryAdvice(ask(yes, 'resp_1'))).toMatchObject({
      suggested: true,
      replaySafety: 'safe',
    });
  });

  it('suggests retrying 429 (safe, with its wait), 5xx and failed connections, but not 400', () => {
    const limited = new ModelRequestError('429', {
      status: 429,
      retryAfterMs: 900,
    });
    expect(openAIRetryAdvice(ask(limited, 'resp_1'))).toMatchObject({
      suggested: true,
      replaySafety: 'safe',
      retryAfterMs: 900,
    });
    const down = new ModelRequestError('503', { status: 503 });
    expect(openAIRetryAdvice(ask(down))).toMatchObject({ suggested: true });
    expect(openAIRetryAdvice(ask(down, 'resp_1'))).toBeUndefined();
    const offline = new ModelRequestError('reset', { networkError: true });
    expect(openAIRetryAdvice(ask(offline))).toMatchObject({ suggested: true });
    const bad = new ModelRequestError('400', { status: 400 });
    expect(openAIRetryAdvice(ask(bad))).toBeUndefined();
  });
});
