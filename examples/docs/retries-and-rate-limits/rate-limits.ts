import { Agent, RateLimiter, Runner } from '@baton/agents';

// Every runner in this process that names gpt-4.1-mini shares these limits.
const runner = new Runner({
  model: 'gpt-4.1-mini',
  modelRateLimits: {
    'gpt-4.1-mini': {
      concurrency: 16,
      requestsPerMinute: 500,
      tokensPerMinute: 200_000,
    },
  },
});

// Or choose yourself which runners share a limit.
const reports = new RateLimiter({ concurrency: 2 });
const reportRunner = new Runner({
  model: 'gpt-4.1',
  modelRateLimits: { 'gpt-4.1': reports },
});

const agent = new Agent({ name: 'Assistant' });
// 500 runs at once: they queue for their turn instead of meeting 429s.
const results = await Promise.all(
  Array.from({ length: 500 }, (_, index) =>
    runner.run(agent, `Classify ticket ${index}.`),
  ),
);
console.log(results.length, reports.pending, reportRunner.config.model);
