import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  Agent,
  connectMcpServers,
  createMCPToolStaticFilter,
  MCPServerStdio,
  RunContext,
} from '@baton/agents';
import { connect } from '../shared/connect.js';
import type { ExampleOptions } from '../shared/example-options.js';
import { runIfMain } from '../shared/run-if-main.js';
import { writeToStdout } from '../shared/write-to-stdout.js';
import { createSharedFolder } from './shared-folder.js';

/** What the example did: the MCP calls the agent made, and its answer. */
export interface McpReport {
  /** The tools the agent was offered (the server's, less the filtered-out ones). */
  offered: string[];
  calls: string[];
  answer: string;
}

const SERVER_FILE = fileURLToPath(
  new URL('./files-server.ts', import.meta.url),
);
// The server is TypeScript: Node runs it through tsx's loader. A published server would be plain JavaScript.
const TSX_LOADER = pathToFileURL(
  createRequire(import.meta.url).resolve('tsx'),
).href;

/**
 * An agent that answers from a folder of notes through a filesystem MCP server started over stdio. The server can
 * write files too, but a static tool filter keeps this agent read-only, and the tool list is cached between turns.
 */
export async function main(options: ExampleOptions = {}): Promise<McpReport> {
  const write = options.write ?? writeToStdout;
  const connection = await connect({ env: options.env });
  const folder = await createSharedFolder();
  const files = new MCPServerStdio({
    name: 'files',
    command: process.execPath,
    args: ['--import', TSX_LOADER, SERVER_FILE, folder.path],
    cacheToolsList: true,
    toolFilter: createMCPToolStaticFilter({ blocked: ['write_file'] }),
  });
  const servers = await connectMcpServers([files], { strict: true });
  try {
    write(`${connection.banner}\n`);
    const librarian = new Agent({
      name: 'Librarian',
      instructions:
        'Answer from the shared folder only: list it, read the files that matter, and quote them.',
      mcpServers: servers.active,
    });
    // Listed once and cached (`cacheToolsList`): the run's turns reuse this listing.
    const offered = (await librarian.getMcpTools(new RunContext())).map(
      (tool) => tool.name,
    );
    write(`Tools offered: ${offered.join(', ')}\n`);
    // Offline, the emulator is told which files to look at; a real model finds them itself.
    connection.emulator?.script(
      { toolCalls: [{ name: 'list_files', arguments: { path: '.' } }] },
      {
        toolCalls: [
          { name: 'read_file', arguments: { path: 'relay-rules.md' } },
        ],
      },
    );
    const result = await connection.runner.run(
      librarian,
      options.question ?? 'Where must the baton be passed?',
    );
    const calls: string[] = [];
    for (const item of result.newItems) {
      if (item.type !== 'tool_call_item') continue;
      const call = item.rawItem as { name?: string; arguments?: string };
      calls.push(`${call.name} ${call.arguments}`);
      write(`[mcp files] ${call.name} ${call.arguments}\n`);
    }
    const answer = String(result.finalOutput);
    write(`${answer}\n`);
    return { offered, calls, answer };
  } finally {
    await servers.close();
    await folder.remove();
    await connection.close();
  }
}

runIfMain(import.meta.url, main);
