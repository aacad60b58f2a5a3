// With nothing scripted, a deterministic default model answers: enough for a triage → specialist → answer demo.
import { startEmulator } from '@baton/testing';
import OpenAI from 'openai';

const emulator = await startEmulator();
const client = new OpenAI({ baseURL: emulator.url, apiKey: 'test' });
const noArguments = {
  type: 'object',
  properties: {},
  additionalProperties: false,
};

// The user mentions "billing", so the default model calls the matching handoff tool.
const input: OpenAI.Responses.ResponseInputItem[] = [
  { role: 'user', content: 'Question about my billing for invoice INV-42' },
];
const triage = await client.responses.create({
  model: 'gpt-4.1',
  input,
  tools: [
    {
      type: 'function',
      name: 'transfer_to_Billing_agent',
      parameters: noArguments,
      strict: true,
    },
    {
      type: 'function',
      name: 'transfer_to_tech_support',
      parameters: noArguments,
      strict: true,
    },
  ],
});
const handoff = triage.output[0] as OpenAI.Responses.ResponseFunctionToolCall;
console.log(handoff.name); // transfer_to_Billing_agent
input.push(handoff, {
  type: 'function_call_output',
  call_id: handoff.call_id,
  output: 'Billing agent',
});

// The specialist's tool has not been called yet: the default model calls it, with schema-valid arguments.
const tools: OpenAI.Responses.FunctionTool[] = [
  {
    type: 'function',
    name: 'lookup_invoice',
    parameters: {
      type: 'object',
      properties: { invoice_id: { type: 'string' } },
      required: ['invoice_id'],
      additionalProperties: false,
    },
    strict: true,
  },
];
const specialist = await client.responses.create({
  model: 'gpt-4.1',
  input,
  tools,
});
const lookup = specialist
  .output[0] as OpenAI.Responses.ResponseFunctionToolCall;
console.log(lookup.arguments); // {"invoice_id":"INV-42"}
input.push(lookup, {
  type: 'function_call_output',
  call_id: lookup.call_id,
  output: 'INV-42 is paid',
});

// After a tool result, it answers with text that uses the result.
const answer = await client.responses.create({
  model: 'gpt-4.1',
  input,
  tools,
});
console.log(answer.output_text); // Here is what I found: INV-42 is paid

await emulator.close();
