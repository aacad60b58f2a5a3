import { Agent, connectMcpServers, MCPServerStdio, run } from '@baton/agents';

// Starts the reference filesystem server as a child process, sandboxed to ./notes.
const files = new MCPServerStdio({
  name: 'files',
  command: 'npx',
  args: ['-y', '@modelcontextprotocol/server-filesystem', './notes'],
  cacheToolsList: true,
});

// Connects every server, reports those that fail, and closes them all at the end of the block.
await using servers = await connectMcpServers([files]);
for (const [server, error] of servers.errors)
  console.warn(`${server.name} is unavailable: ${error.message}`);

const librarian = new Agent({
  name: 'Librarian',
  instructions: 'Answer from the notes folder and quote the files you used.',
  mcpServers: servers.active,
});
const result = await run(librarian, 'What do my notes say about relays?');
console.log(result.finalOutput);
