import {
  Agent,
  invalidateServerToolsCache,
  MCPServerStdio,
} from '@baton/agents';

const files = new MCPServerStdio({
  name: 'files',
  fullCommand: 'npx -y @modelcontextprotocol/server-filesystem ./notes',
  // List the tools once; a `notifications/tools/list_changed` from the server drops the list.
  cacheToolsList: true,
});

export const agent = new Agent({
  name: 'Librarian',
  mcpServers: [files],
  // Strict schemas where the server's schemas allow it.
  mcpConfig: { convertSchemasToStrict: true },
});

// After deploying new tools to a server that sends no notification:
await files.invalidateToolsCache();
// or, by name, without the server object at hand:
await invalidateServerToolsCache('files');
