import { describe, expect, it } from 'vitest';
import { hostedMcpTool } from './hosted-mcp-tool.js';

describe('hostedMcpTool', () => {
  it("declares the API's mcp tool, with require_approval 'never' unless asked", () => {
    expect(
      hostedMcpTool({
        serverLabel: 'docs',
        serverUrl: 'https://d.example/mcp',
      }),
    ).toEqual({
      type: 'hosted_tool',
      name: 'hosted_mcp',
      providerData: {
        type: 'mcp',
        server_label: 'docs',
        server_url: 'https://d.example/mcp',
        require_approval: 'never',
      },
    });
  });

  it('maps every option to its wire field and keeps onApproval off the wire', () => {
    const onApproval = async () => ({ approve: true });
    const tool = hostedMcpTool({
      serverLabel: 'drive',
      connectorId: 'connector_googledrive',
      authorization: 'token',
      headers: { 'x-team': 'relay' },
      serverDescription: 'The team drive',
      allowedTools: { toolNames: ['search'], readOnly: true },
      requireApproval: {
        always: { toolNames: ['delete'] },
        never: { readOnly: true },
      },
      deferLoading: true,
      onApproval,
    });
    expect(tool.providerData).toEqual({
      type: 'mcp',
      server_label: 'drive',
      connector_id: 'connector_googledrive',
      authorization: 'token',
      headers: { 'x-team': 'relay' },
      server_description: 'The team drive',
      allowed_tools: { tool_names: ['search'], read_only: true },
      require_approval: {
        always: { tool_names: ['delete'] },
        never: { read_only: true },
      },
      defer_loading: true,
    });
    expect(tool.onApproval).toBe(onApproval);
    expect(
      hostedMcpTool({
        serverLabel: 'x',
        serverUrl: 'https://x.example',
        allowedTools: ['a', 'b'],
        requireApproval: 'always',
      }).providerData,
    ).toMatchObject({ allowed_tools: ['a', 'b'], require_approval: 'always' });
  });
});
