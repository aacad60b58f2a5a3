import { Agent, generateGroupId, Runner } from '@baton/agents';

const conversation = generateGroupId();
const runner = new Runner({
  workflowName: 'Customer support',
  groupId: conversation, // links the traces of one conversation
  traceMetadata: { customer: 'c_42' },
  traceIncludeSensitiveData: false, // names, timings, usage and errors only
});
await runner.run(new Agent({ name: 'Support' }), 'Where is my order?');
