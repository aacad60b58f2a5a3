import { Agent, run } from '@baton/agents';
import { z } from 'zod';

const glossary = new Agent({
  name: 'Glossary',
  instructions: 'Explain the term in the requested language.',
  // The sub-agent's structured output reaches the calling model as JSON text.
  outputType: z.object({ term: z.string(), meaning: z.string() }),
});

const writer = new Agent({
  name: 'Writer',
  instructions: 'Look unusual terms up before you use them.',
  tools: [
    glossary.asTool({
      toolName: 'lookup_term',
      toolDescription: 'Explains a term.',
      // The model calls the tool with these arguments instead of `{ input }`.
      parameters: z.object({ term: z.string(), language: z.string() }),
      // Optional: the sub-agent's input from the arguments (default: the arguments as JSON, see below).
      inputBuilder: ({ params }) =>
        `Explain "${params.term}" in ${params.language}.`,
    }),
  ],
});

const result = await run(writer, 'Write one sentence about a relay baton.');
console.log(result.finalOutput);
