import { setTraceProcessors, setTracingDisabled } from '@baton/tracing';
import { describe, expect, it } from 'vitest';
import {
  Agent,
  createMCPToolStaticFilter,
  defineToolInputGuardrail,
  defineToolOutputGuardrail,
  invalidateServerToolsCache,
  RunContext,
  RunState,
  Runner,
  ToolGuardrailFunctionOutputFactory,
  ToolOutputGuardrailTripwireTriggered,
  UserError,
  type CallToolResult,
  type CallToolResultContent,
  type FunctionCallOutputItem,
  type MCPServer,
  type MCPTool,
  type MCPToolMetaContext,
} from '../src/index.js';
import { call, FakeModel, respond, text } from './support/fake-model.js';
import { RecordingProcessor } from './support/recording-processor.js';

/** An MCP server in memory: tools with results, a list counter and a record of calls. */
class MemoryMCPServer implements MCPServer {
  cacheToolsList = false;
  toolFilter?: MCPServer['toolFilter'];
  requireApproval?: MCPServer['requireApproval'];
  useStructuredContent?: boolean;
  toolMetaResolver?: MCPServer['toolMetaResolver'];
  toolInputGuardrails?: MCPServer['toolInputGuardrails'];
  toolOutputGuardrails?: MCPServer['toolOutputGuardrails'];
  customDataExtractor?: MCPServer['customDataExtractor'];
  listed = 0;
  readonly calls: Array<{ name: string; args: unknown; meta?: unknown }> = [];
  constructor(
    readonly name: string,
    readonly tools: MCPTool[],
    readonly results: Record<string, CallToolResult | Error> = {},
  ) {}
  async connect() {}
  async close() {}
  async listTools() {
    this.listed += 1;
    return this.tools;
  }
  async callTool(
    name: string,
    args: Record<string, unknown> | null,
    meta?: Record<string, unknown> | null,
  ): Promise<CallToolResultContent> {
    this.calls.push({ name, args, ...(meta != null && { meta }) });
    const result = this.results[name];
    if (result instanceof Error) throw result;
    const { content, ...rest } = result ?? { content: [] };
    return Object.assign([...content], rest);
  }
  async invalidateToolsCache() {
    await invalidateServerToolsCache(this.name);
  }
}

const schema = (properties: Record<string, unknown> = {}) => ({
  type: 'object' as const,
  properties,
  required: Object.keys(properties),
});
const readFile: MCPTool = {
  name: 'read_file',
  description: 'Reads a file',
  inputSchema: schema({ path: { type: 'string' } }),
};
const deleteFile: MCPTool = {
  name: 'delete_file',
  description: 'Deletes a file',
  inputSchema: schema({ path: { type: 'string' } }),
};

function outputs(model: FakeModel, index: number) {
  return model.requests[index]!.input.filter(
    (item): item is FunctionCallOutputItem =>
      item.type === 'function_call_output',
  );
}

function toolNames(model: FakeModel, index: number) {
  return model.requests[index]!.tools.map((t) => (t as { name: string }).name);
}

describe('agents with MCP servers', () => {
  it("offers the servers' tools before the agent's own and sends calls to the server", async () => {
    const server = new MemoryMCPServer('files', [readFile], {
      read_file: { content: [{ type: 'text', text: 'hello' }] },
    });
    const model = new FakeModel([
      respond([call('read_file', { path: 'a.txt' })]),
      text('done'),
    ]);
    const agent = new Agent({ name: 'A', model, mcpServers: [server] });
    const result = await new Runner().run(agent, 'read a.txt');
    expect(result.finalOutput).toBe('done');
    expect(toolNames(model, 0)).toEqual(['read_file']);
    expect(server.calls).toEqual([
      { name: 'read_file', args: { path: 'a.txt' } },
    ]);
    expect(outputs(model, 1)[0]!.output).toBe('hello');
  });

  it('lists the tools every turn unless the server caches them', async () => {
    const server = new MemoryMCPServer('files', [readFile]);
    const model = () =>
      new FakeModel([respond([call('read_file', { path: 'a' })]), text('ok')]);
    await new Runner().run(
      new Agent({ name: 'A', model: model(), mcpServers: [server] }),
      'go',
    );
    expect(server.listed).toBe(2);
    server.cacheToolsList = true;
    await new Runner().run(
      new Agent({ name: 'A', model: model(), mcpServers: [server] }),
      'go',
    );
    await new Runner().run(
      new Agent({ name: 'A', model: model(), mcpServers: [server] }),
      'go',
    );
    expect(server.listed).toBe(3);
    await invalidateServerToolsCache('files');
    await new Runner().run(
      new Agent({ name: 'A', model: model(), mcpServers: [server] }),
      'go',
    );
    expect(server.listed).toBe(4);
  });

  it('applies static and callable tool filters', async () => {
    const server = new MemoryMCPServer('files', [readFile, deleteFile]);
    server.toolFilter = createMCPToolStaticFilter({ blocked: ['delete_file'] });
    let model = new FakeModel([text('ok')]);
    await new Runner().run(
      new Agent({ name: 'A', model, mcpServers: [server] }),
      'go',
    );
    expect(toolNames(model, 0)).toEqual(['read_file']);
    const seen: string[] = [];
    server.toolFilter = ({ agent, serverName }, tool) => {
      seen.push(`${agent.name}/${serverName}/${tool.name}`);
      return tool.name === 'delete_file';
    };
    model = new FakeModel([text('ok')]);
    await new Runner().run(
      new Agent({ name: 'B', model, mcpServers: [server] }),
      'go',
    );
    expect(toolNames(model, 0)).toEqual(['delete_file']);
    expect(seen).toEqual(['B/files/read_file', 'B/files/delete_file']);
    expect(createMCPToolStaticFilter()).toBeUndefined();
  });

  it('makes schemas strict only with convertSchemasToStrict, falling back when they cannot be', async () => {
    const open: MCPTool = {
      name: 'open',
      inputSchema: { ...schema(), additionalProperties: true },
    };
    const server = new MemoryMCPServer('s', [readFile, open]);
    const model = new FakeModel([text('ok'), text('ok')]);
    const definitions = () =>
      model.requests.at(-1)!.tools as Array<{
        name: string;
        strict: boolean;
        parameters: { additionalProperties?: unknown };
      }>;
    await new Runner().run(
      new Agent({ name: 'A', model, mcpServers: [server] }),
      'go',
    );
    expect(definitions().map((d) => d.strict)).toEqual([false, false]);
    expect(definitions()[0]!.parameters.additionalProperties).toBe(true);
    await new Runner().run(
      new Agent({
        name: 'A',
        model,
        mcpServers: [server],
        mcpConfig: { convertSchemasToStrict: true },
      }),
      'go',
    );
    expect(definitions().map((d) => [d.name, d.strict])).toEqual([
      ['read_file', true],
      ['open', false],
    ]);
  });

  it('maps images, resources and structured content into the output the model sees', async () => {
    const server = new MemoryMCPServer(
      's',
      [
        { name: 'picture', inputSchema: schema() },
        { name: 'sum', inputSchema: schema() },
      ],
      {
        picture: {
          content: [
            { type: 'text', text: 'a pixel' },
            { type: 'image', data: 'AAAA', mimeType: 'image/png' },
            {
              type: 'resource',
              resource: {
                uri: 'file:///r.pdf',
                mimeType: 'application/pdf',
                blob: 'JVBE',
              },
            },
          ],
        },
        sum: {
          content: [{ type: 'text', text: '5' }],
          structuredContent: { sum: 5 },
        },
      },
    );
    server.useStructuredContent = true;
    const model = new FakeModel([
      respond([call('picture', {}, 'c1'), call('sum', {}, 'c2')]),
      text('seen'),
    ]);
    await new Runner().run(
      new Agent({ name: 'A', model, mcpServers: [server] }),
      'go',
    );
    const [picture, sum] = outputs(model, 1);
    expect(picture!.output).toEqual([
      { type: 'input_text', text: 'a pixel' },
      { type: 'input_image', image_url: 'data:image/png;base64,AAAA' },
      {
        type: 'input_file',
        file_data: 'data:application/pdf;base64,JVBE',
        filename: 'r.pdf',
      },
    ]);
    expect(sum!.output).toBe('{"sum":5}');
  });

  it('gives the model the error text of a failed or erroring call, and the run goes on', async () => {
    const server = new MemoryMCPServer('s', [readFile, deleteFile], {
      read_file: {
        content: [{ type: 'text', text: 'no such file' }],
        isError: true,
      },
      delete_file: new Error('Connection closed'),
    });
    const model = new FakeModel([
      respond([
        call('read_file', { path: 'x' }, 'c1'),
        call('delete_file', { path: 'x' }, 'c2'),
      ]),
      text('recovered'),
    ]);
    const result = await new Runner().run(
      new Agent({ name: 'A', model, mcpServers: [server] }),
      'go',
    );
    expect(result.finalOutput).toBe('recovered');
    const [read, remove] = outputs(model, 1);
    expect(read!.output).toBe('no such file');
    expect(remove!.output).toMatch(/Connection closed/);
  });

  it('refuses two servers that offer the same tool name, unless names carry the server', async () => {
    const a = new MemoryMCPServer('a', [readFile]);
    const b = new MemoryMCPServer('b', [readFile]);
    await expect(
      new Runner().run(
        new Agent({
          name: 'A',
          model: new FakeModel([text('x')]),
          mcpServers: [a, b],
        }),
        'go',
      ),
    ).rejects.toThrow(/both offer a tool named "read_file"/);
    const model = new FakeModel([text('x')]);
    await new Runner().run(
      new Agent({
        name: 'A',
        model,
        mcpServers: [a, b],
        mcpConfig: { includeServerInToolNames: true },
      }),
      'go',
    );
    expect(toolNames(model, 0)).toEqual(['a_read_file', 'b_read_file']);
  });

  it('stops for approval of the tools requireApproval names, and runs them once approved', async () => {
    const server = new MemoryMCPServer('files', [readFile, deleteFile], {
      delete_file: { content: [{ type: 'text', text: 'deleted' }] },
      read_file: { content: [{ type: 'text', text: 'read' }] },
    });
    server.requireApproval = { always: { toolNames: ['delete_file'] } };
    const model = new FakeModel([
      respond([
        call('delete_file', { path: 'x' }, 'c_delete'),
        call('read_file', { path: 'y' }, 'c_read'),
      ]),
      text('all done'),
    ]);
    const agent = new Agent({ name: 'A', model, mcpServers: [server] });
    const first = await new Runner().run(agent, 'clean up');
    expect(first.interruptions.map((item) => item.toolName)).toEqual([
      'delete_file',
    ]);
    expect(server.calls.map((c) => c.name)).toEqual(['read_file']);
    const state = await RunState.fromString(agent, first.state.toString());
    state.approve(state.getInterruptions()[0]!);
    const second = await new Runner().run(agent, state);
    expect(second.finalOutput).toBe('all done');
    expect(server.calls.map((c) => c.name)).toEqual([
      'read_file',
      'delete_file',
    ]);
  });
});

describe('toolMetaResolver of an MCP server', () => {
  it('sends the _meta it computes from the run context, the tool name and the arguments', async () => {
    const server = new MemoryMCPServer('files', [readFile], {
      read_file: { content: [{ type: 'text', text: 'hello' }] },
    });
    const seen: MCPToolMetaContext<{ tenant: string }>[] = [];
    server.toolMetaResolver = (context: MCPToolMetaContext<any>) => {
      seen.push(context);
      return { tenant: context.runContext.context.tenant };
    };
    const model = new FakeModel([
      respond([call('files_read_file', { path: 'a.txt' })]),
      text('done'),
    ]);
    const agent = new Agent<{ tenant: string }>({
      name: 'A',
      model,
      mcpServers: [server],
      mcpConfig: { includeServerInToolNames: true },
    });
    const context = new RunContext({ tenant: 'acme' });
    await new Runner().run(agent, 'read', { context });
    expect(server.calls).toEqual([
      { name: 'read_file', args: { path: 'a.txt' }, meta: { tenant: 'acme' } },
    ]);
    expect(seen).toEqual([
      {
        runContext: context,
        serverName: 'files',
        toolName: 'read_file',
        arguments: { path: 'a.txt' },
      },
    ]);
  });

  it('sends no _meta when it returns null, and tells the model when it returns something other than an object', async () => {
    const server = new MemoryMCPServer('files', [readFile, deleteFile], {
      read_file: { content: [{ type: 'text', text: 'hello' }] },
    });
    server.toolMetaResolver = ({ toolName }) =>
      toolName === 'read_file' ? null : (['not', 'an', 'object'] as never);
    const model = new FakeModel([
      respond([
        call('read_file', { path: 'a' }, 'c1'),
        call('delete_file', { path: 'a' }, 'c2'),
      ]),
      text('done'),
    ]);
    const result = await new Runner().run(
      new Agent({ name: 'A', model, mcpServers: [server] }),
      'go',
    );
    expect(result.finalOutput).toBe('done');
    expect(server.calls).toEqual([{ name: 'read_file', args: { path: 'a' } }]);
    expect(outputs(model, 1)[1]!.output).toMatch(
      /toolMetaResolver returned an array for tool "delete_file"/,
    );
  });
});

describe('tool guardrails of an MCP server', () => {
  it('checks every call of its tools first: a rejection answers the model, and the call never reaches the server', async () => {
    const server = new MemoryMCPServer('files', [readFile, deleteFile], {
      read_file: { content: [{ type: 'text', text: 'hello' }] },
      delete_file: { content: [{ type: 'text', text: 'deleted' }] },
    });
    const resolved: string[] = [];
    server.toolMetaResolver = ({ toolName }) => {
      resolved.push(toolName);
      return undefined;
    };
    server.toolInputGuardrails = [
      defineToolInputGuardrail({
        name: 'no_deletes',
        run: ({ toolCall }) =>
          toolCall.name === 'delete_file'
            ? ToolGuardrailFunctionOutputFactory.rejectContent(
                'Deleting files is not allowed.',
              )
            : ToolGuardrailFunctionOutputFactory.allow(),
      }),
    ];
    const model = new FakeModel([
      respond([
        call('delete_file', { path: 'a' }, 'c1'),
        call('read_file', { path: 'a' }, 'c2'),
      ]),
      text('done'),
    ]);
    await new Runner().run(
      new Agent({ name: 'A', model, mcpServers: [server] }),
      'go',
    );
    expect(server.calls.map((c) => c.name)).toEqual(['read_file']);
    expect(resolved).toEqual(['read_file']);
    expect(outputs(model, 1).map((item) => item.output)).toEqual([
      'Deleting files is not allowed.',
      'hello',
    ]);
  });

  it('checks every result before the model sees it: rejectContent replaces it, throwException ends the run', async () => {
    const server = new MemoryMCPServer('files', [readFile], {
      read_file: { content: [{ type: 'text', text: 'the password is 42' }] },
    });
    const redact = (behaviour: 'reject' | 'throw') =>
      defineToolOutputGuardrail({
        name: 'no_secrets',
        run: ({ output }) =>
          !String(output).includes('password')
            ? ToolGuardrailFunctionOutputFactory.allow()
            : behaviour === 'reject'
              ? ToolGuardrailFunctionOutputFactory.rejectContent('[redacted]')
              : ToolGuardrailFunctionOutputFactory.throwException({
                  leaked: true,
                }),
      });
    const run = () => {
      const model = new FakeModel([
        respond([call('read_file', { path: 'a' })]),
        text('done'),
      ]);
      const agent = new Agent({ name: 'A', model, mcpServers: [server] });
      return { model, result: new Runner().run(agent, 'go') };
    };
    server.toolOutputGuardrails = [redact('reject')];
    const rejected = run();
    await rejected.result;
    expect(outputs(rejected.model, 1)[0]!.output).toBe('[redacted]');
    server.toolOutputGuardrails = [redact('throw')];
    await expect(run().result).rejects.toSatisfy((error) =>
      ToolOutputGuardrailTripwireTriggered.isInstance(error),
    );
  });

  it('refuses a server with a customDataExtractor, which Baton has not built yet', async () => {
    const server = new MemoryMCPServer('files', [readFile]);
    server.customDataExtractor = () => ({ note: 1 });
    const model = new FakeModel([text('never')]);
    await expect(
      new Runner().run(
        new Agent({ name: 'A', model, mcpServers: [server] }),
        'go',
      ),
    ).rejects.toSatisfy(
      (error: Error) =>
        UserError.isInstance(error) &&
        /customDataExtractor/.test(error.message),
    );
  });
});

describe('traced runs with MCP servers', () => {
  it("record each listing in an mcp_tools span under the agent's span, and the server on function spans", async () => {
    const recorder = new RecordingProcessor();
    setTracingDisabled(false);
    setTraceProcessors([recorder]);
    try {
      const server = new MemoryMCPServer('files', [readFile], {
        read_file: { content: [{ type: 'text', text: 'hello' }] },
      });
      const model = new FakeModel([
        respond([call('read_file', { path: 'a' })]),
        text('ok'),
      ]);
      await new Runner().run(
        new Agent({ name: 'A', model, mcpServers: [server] }),
        'go',
      );
      expect(recorder.outline()).toEqual([
        'agent:A',
        '  mcp_tools:files',
        '  response',
        '  function:read_file',
        '  mcp_tools:files',
        '  response',
      ]);
      expect(recorder.find('mcp_tools').spanData).toEqual({
        type: 'mcp_tools',
        server: 'files',
        result: ['read_file'],
      });
      expect(recorder.find('function', 'read_file').spanData.mcp_data).toBe(
        '{"server":"files"}',
      );
    } finally {
      setTraceProcessors([]);
      setTracingDisabled(true);
    }
  });
});
