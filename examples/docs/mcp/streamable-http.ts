import {
  Agent,
  MCPServerSSE,
  MCPServerStreamableHttp,
  run,
} from '@baton/agents';

const search = new MCPServerStreamableHttp({
  name: 'search',
  url: 'http://127.0.0.1:3000/mcp',
  requestInit: {
    headers: { Authorization: `Bearer ${process.env.SEARCH_TOKEN}` },
  },
  // Seconds for the handshake and listings; milliseconds for each tool call.
  clientSessionTimeoutSeconds: 10,
  timeout: 30_000,
});
// Older servers speak HTTP with server-sent events instead.
const legacy = new MCPServerSSE({
  name: 'legacy',
  url: 'http://127.0.0.1:3001/sse',
});

await search.connect();
await legacy.connect();
try {
  const agent = new Agent({ name: 'Researcher', mcpServers: [search, legacy] });
  console.log((await run(agent, 'Find the 4x100 m world record.')).finalOutput);
} finally {
  await legacy.close();
  await search.close();
}
