import {
  Agent,
  createMCPToolStaticFilter,
  MCPServerStdio,
  type MCPToolFilterCallable,
} from '@baton/agents';

// A fixed list: every tool but the ones that change files.
const readOnly = new MCPServerStdio({
  command: 'npx',
  args: ['-y', '@modelcontextprotocol/server-filesystem', './notes'],
  toolFilter: createMCPToolStaticFilter({
    blocked: ['write_file', 'edit_file', 'move_file'],
  }),
});

// A function, asked on every turn: here, only the Editor agent may write.
const onlyEditorsWrite: MCPToolFilterCallable = ({ agent }, tool) =>
  !tool.name.startsWith('write') || agent.name === 'Editor';
const shared = new MCPServerStdio({
  command: 'npx',
  args: ['-y', '@modelcontextprotocol/server-filesystem', './notes'],
  toolFilter: onlyEditorsWrite,
});

export const reader = new Agent({ name: 'Reader', mcpServers: [readOnly] });
export const editor = new Agent({ name: 'Editor', mcpServers: [shared] });
