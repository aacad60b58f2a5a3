import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MCPServerError,
  MCPServerSSE,
  MCPServerStdio,
  MCPServerStreamableHttp,
  type BaseMCPServer,
} from '../src/index.js';
import { startHttpTestServer, TEST_SERVER } from './start-test-server.js';

const PIXEL_PREFIX = 'iVBORw0KGgo';
type HttpServer = Awaited<ReturnType<typeof startHttpTestServer>>;
const started: HttpServer[] = [];

afterAll(async () => {
  await Promise.all(started.map((server) => server.stop()));
});

async function http(transport: 'http' | 'sse', noResources: boolean) {
  const env: Record<string, string> = noResources
    ? { MCP_TEST_NO_RESOURCES: '1' }
    : {};
  const server = await startHttpTestServer(env, transport);
  started.push(server);
  return server.url;
}

// Each transport's server class, pointed at the test server (one that declares no resources with `noResources`).
const transports: Array<
  [string, (noResources?: boolean) => Promise<BaseMCPServer>]
> = [
  [
    'stdio',
    async (noResources = false) =>
      new MCPServerStdio({
        command: process.execPath,
        args: [TEST_SERVER],
        ...(noResources && { env: { MCP_TEST_NO_RESOURCES: '1' } }),
      }),
  ],
  [
    'Streamable HTTP',
    async (noResources = false) =>
      new MCPServerStreamableHttp({ url: await http('http', noResources) }),
  ],
  [
    'SSE',
    async (noResources = false) =>
      new MCPServerSSE({ url: await http('sse', noResources) }),
  ],
];

describe.each(transports)('resources over %s', (_transport, make) => {
  let server: BaseMCPServer;

  beforeAll(async () => {
    server = await make();
    await server.connect();
    return () => server.close();
  });

  it('lists resources a page at a time, following nextCursor', async () => {
    const first = await server.listResources();
    expect(first.resources.map((resource) => resource.uri)).toEqual([
      'notes://welcome',
      'notes://todo',
    ]);
    expect(first.resources[1]).toMatchObject({
      name: 'todo',
      title: 'To do',
      mimeType: 'text/markdown',
    });
    expect(first.nextCursor).toBe('2');
    const second = await server.listResources({ cursor: first.nextCursor });
    expect(second.resources.map((resource) => resource.uri)).toEqual([
      'files://pixel.png',
    ]);
    expect(second.nextCursor).toBeUndefined();
  });

  it('reads text and binary resources', async () => {
    const { contents: text } = await server.readResource('notes://welcome');
    expect(text).toEqual([
      {
        uri: 'notes://welcome',
        mimeType: 'text/plain',
        text: 'Welcome to the notes.',
      },
    ]);
    const { contents: binary } = await server.readResource('files://pixel.png');
    expect(binary).toEqual([
      {
        uri: 'files://pixel.png',
        mimeType: 'image/png',
        blob: expect.stringMatching(new RegExp(`^${PIXEL_PREFIX}`)),
      },
    ]);
  });

  it('lists resource templates, and reads a resource made from one', async () => {
    const { resourceTemplates } = await server.listResourceTemplates();
    expect(resourceTemplates).toEqual([
      {
        uriTemplate: 'notes://{name}',
        name: 'note',
        description: 'Any note, by name',
        mimeType: 'text/plain',
      },
    ]);
    const uri = resourceTemplates[0]!.uriTemplate.replace(
      '{name}',
      'groceries',
    );
    const { contents } = await server.readResource(uri);
    expect(contents).toEqual([
      { uri, mimeType: 'text/plain', text: 'The note groceries.' },
    ]);
  });

  it("rejects a read of a resource the server does not have with the server's error", async () => {
    await expect(server.readResource('nothing://here')).rejects.toThrow(
      /No resource nothing:\/\/here/,
    );
  });

  it('throws MCPServerError for every resource method of a server that declares no resources', async () => {
    const bare = await make(true);
    await bare.connect();
    try {
      const calls = [
        () => bare.listResources(),
        () => bare.listResourceTemplates(),
        () => bare.readResource('notes://welcome'),
      ];
      for (const call of calls)
        await expect(call()).rejects.toSatisfy(
          (error: Error) =>
            MCPServerError.isInstance(error) &&
            /does not offer resources/.test(error.message),
        );
      // Its tools still work.
      expect([...(await bare.callTool('echo', { text: 'x' }))]).toEqual([
        { type: 'text', text: 'echo: x' },
      ]);
    } finally {
      await bare.close();
    }
  });

  it('throws MCPServerError when not connected', async () => {
    const closed = await make();
    await expect(closed.listResources()).rejects.toSatisfy(
      (error: Error) =>
        MCPServerError.isInstance(error) && /not connected/.test(error.message),
    );
    await expect(closed.readResource('notes://welcome')).rejects.toThrow(
      /not connected/,
    );
  });
});
