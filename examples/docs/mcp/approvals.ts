import { Agent, MCPServerStdio, run } from '@baton/agents';

const files = new MCPServerStdio({
  command: 'npx',
  args: ['-y', '@modelcontextprotocol/server-filesystem', './notes'],
  // The hosted MCP tool's shape: 'always', 'never', or per tool name.
  requireApproval: { always: { toolNames: ['write_file', 'move_file'] } },
});
await files.connect();

try {
  const agent = new Agent({ name: 'Editor', mcpServers: [files] });
  let result = await run(agent, 'Rename draft.md to final.md.');
  while (result.interruptions.length > 0) {
    for (const request of result.interruptions) {
      console.log(`${request.name} wants to run with ${request.arguments}`);
      result.state.approve(request); // or result.state.reject(request)
    }
    result = await run(agent, result.state);
  }
  console.log(result.finalOutput);
} finally {
  await files.close();
}
