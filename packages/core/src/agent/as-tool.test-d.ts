import { expectTypeOf } from 'vitest';
import { z } from 'zod';
import { Agent, type AgentTool, type FunctionTool } from '../index.js';

const glossary = new Agent({
  name: 'Glossary',
  outputType: z.object({ term: z.string(), meaning: z.string() }),
});

// The default input is `{ input: string }`-shaped JSON schema; the tool is a function tool returning text.
const plain = glossary.asTool({ toolName: 'lookup' });
expectTypeOf(plain).toMatchTypeOf<FunctionTool<unknown, any, string>>();
expectTypeOf(plain.on).returns.toEqualTypeOf<typeof plain>();

// With zod `parameters`, the builder and approval function see the parsed arguments; the extractor sees the
// sub-agent's typed final output.
const structured = glossary.asTool({
  parameters: z.object({ term: z.string(), language: z.string() }),
  inputBuilder: ({ params }) => {
    expectTypeOf(params).toEqualTypeOf<{ term: string; language: string }>();
    return params.term;
  },
  needsApproval: (_context, input) => {
    expectTypeOf(input).toEqualTypeOf<{ term: string; language: string }>();
    return false;
  },
  customOutputExtractor: (result) => {
    expectTypeOf(result.finalOutput).toEqualTypeOf<
      { term: string; meaning: string } | undefined
    >();
    expectTypeOf(result.agentToolInvocation.toolName).toBeString();
    return result.finalOutput?.meaning ?? '';
  },
});
expectTypeOf(structured.name).toBeString();
expectTypeOf<Parameters<typeof structured.on>[0]>().toEqualTypeOf<
  Parameters<AgentTool['on']>[0]
>();
