import { Agent, hostedMcpTool, run } from '@baton/agents';

const docs = hostedMcpTool({
  serverLabel: 'gitmcp',
  serverUrl: 'https://gitmcp.io/openai/codex',
  allowedTools: ['search_codex_documentation', 'fetch_codex_documentation'],
  requireApproval: { never: { toolNames: ['search_codex_documentation'] } },
  // Decides approval requests at once; without it they come back as interruptions.
  onApproval: async (_context, request) =>
    request.name === 'fetch_codex_documentation'
      ? { approve: true }
      : { approve: false, reason: 'Only documentation tools may run.' },
});

const agent = new Agent({
  name: 'Codex expert',
  instructions: 'Answer questions about Codex from its documentation.',
  tools: [docs],
});
const result = await run(agent, 'How does Codex sandbox commands?');
// The provider's mcp_list_tools and mcp_call items, as run items.
for (const item of result.newItems)
  if (item.type === 'tool_call_item') console.log(item.rawItem.type);
console.log(result.finalOutput);
