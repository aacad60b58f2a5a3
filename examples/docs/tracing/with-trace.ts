import { Agent, run, withCustomSpan, withTrace } from '@baton/agents';

const agent = new Agent({ name: 'Joker', instructions: 'Tell short jokes.' });

// Both runs, and the span in between, land in one trace named 'Joke workflow'.
await withTrace('Joke workflow', async () => {
  const joke = await run(agent, 'Tell me a joke about batons.');
  const rating = await withCustomSpan(
    async (span) => {
      span.spanData.data.length = String(joke.finalOutput).length;
      return run(agent, `Rate this joke from 1 to 10: ${joke.finalOutput}`);
    },
    { data: { name: 'rate the joke' } },
  );
  console.log(rating.finalOutput);
});
