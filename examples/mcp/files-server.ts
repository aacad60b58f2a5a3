// A small filesystem MCP server, written with the MCP SDK's server side and run over stdio by the example: it
// lists, reads, searches and writes files inside one folder (its first argument) and refuses any path outside it.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';

const root = resolve(process.argv[2] ?? '.');

/** The absolute path of `path` inside the folder, or undefined when it would leave the folder. */
function inside(path: string): string | undefined {
  const target = resolve(root, path);
  return target === root || target.startsWith(root + sep) ? target : undefined;
}

function text(value: string, isError = false) {
  return { content: [{ type: 'text' as const, text: value }], isError };
}

function outside(path: string) {
  return text(`"${path}" is outside the shared folder.`, true);
}

const server = new McpServer({ name: 'baton-example-files', version: '1.0.0' });

server.registerTool(
  'list_files',
  {
    description: 'Lists the files and folders at a path of the shared folder.',
    inputSchema: { path: z.string().describe('A folder, "." for the top') },
    annotations: { readOnlyHint: true },
  },
  async ({ path }) => {
    const folder = inside(path);
    if (!folder) return outside(path);
    const entries = await readdir(folder, { withFileTypes: true });
    const names = entries.map((entry) =>
      entry.isDirectory() ? `${entry.name}/` : entry.name,
    );
    return text(names.sort().join('\n') || '(empty)');
  },
);

server.registerTool(
  'read_file',
  {
    description: 'Reads a text file of the shared folder.',
    inputSchema: { path: z.string() },
    annotations: { readOnlyHint: true },
  },
  async ({ path }) => {
    const file = inside(path);
    if (!file) return outside(path);
    try {
      return text(await readFile(file, 'utf8'));
    } catch {
      return text(`There is no file "${path}".`, true);
    }
  },
);

server.registerTool(
  'search_files',
  {
    description: 'Finds the lines of the shared files that contain a word.',
    inputSchema: { query: z.string() },
    annotations: { readOnlyHint: true },
  },
  async ({ query }) => {
    const hits: string[] = [];
    for (const file of await filesUnder(root)) {
      const lines = (await readFile(file, 'utf8')).split('\n');
      lines.forEach((line, index) => {
        if (line.toLowerCase().includes(query.toLowerCase()))
          hits.push(`${relative(root, file)}:${index + 1}: ${line}`);
      });
    }
    return text(hits.join('\n') || `Nothing mentions "${query}".`);
  },
);

server.registerTool(
  'write_file',
  {
    description: 'Writes a text file of the shared folder.',
    inputSchema: { path: z.string(), content: z.string() },
  },
  async ({ path, content }) => {
    const file = inside(path);
    if (!file || file === root) return outside(path);
    await writeFile(file, content);
    return text(`Wrote ${content.length} characters to ${path}.`);
  },
);

async function filesUnder(folder: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(folder)) {
    const path = join(folder, entry);
    if ((await stat(path)).isDirectory())
      files.push(...(await filesUnder(path)));
    else files.push(path);
  }
  return files;
}

await server.connect(new StdioServerTransport());
