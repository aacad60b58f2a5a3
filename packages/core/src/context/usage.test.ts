import { describe, expect, it } from 'vitest';
import { Usage } from './usage.js';

describe('Usage', () => {
  it('sums tokens and detail fields across responses, keeping one entry per request', () => {
    const usage = new Usage();
    usage.add({
      inputTokens: 10,
      outputTokens: 5,
      totalTokens: 15,
      inputTokensDetails: { cached_tokens: 4 },
    });
    usage.add({
      inputTokens: 1,
      outputTokens: 2,
      totalTokens: 3,
      outputTokensDetails: { reasoning_tokens: 2 },
    });
    expect(usage.toJSON()).toEqual({
      requests: 2,
      inputTokens: 11,
      outputTokens: 7,
      totalTokens: 18,
      inputTokensDetails: { cached_tokens: 4 },
      outputTokensDetails: { reasoning_tokens: 2 },
      requestUsageEntries: [
        {
          inputTokens: 10,
          outputTokens: 5,
          totalTokens: 15,
          inputTokensDetails: { cached_tokens: 4 },
          outputTokensDetails: {},
        },
        {
          inputTokens: 1,
          outputTokens: 2,
          totalTokens: 3,
          inputTokensDetails: {},
          outputTokensDetails: { reasoning_tokens: 2 },
        },
      ],
    });
  });
});
