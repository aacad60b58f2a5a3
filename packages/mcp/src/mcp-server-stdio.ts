import { UserError } from '@baton/core';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { BaseMCPServer } from './base-mcp-server.js';
import type { MCPServerOptions } from './mcp-server-options.js';

/** Options of a stdio MCP server started from a command and its arguments. */
export interface DefaultMCPServerStdioOptions extends MCPServerOptions {
  /** The program to start (`node`, `npx`, a path). */
  command: string;
  /** Its arguments. */
  args?: string[];
  /** Environment variables for the process, beside a safe default set (`PATH`, `HOME`...). */
  env?: Record<string, string>;
  /** The process's working directory. */
  cwd?: string;
}

/** Options of a stdio MCP server started from one command line, split at spaces. */
export interface FullCommandMCPServerStdioOptions extends MCPServerOptions {
  /** The command line, e.g. `npx -y @modelcontextprotocol/server-filesystem ./docs`; split at spaces. */
  fullCommand: string;
  /** Environment variables for the process, beside a safe default set (`PATH`, `HOME`...). */
  env?: Record<string, string>;
  /** The process's working directory. */
  cwd?: string;
}

/** Options of {@link MCPServerStdio}. */
export type MCPServerStdioOptions =
  DefaultMCPServerStdioOptions | FullCommandMCPServerStdioOptions;

/**
 * An MCP server run as a child process, spoken to over its stdin and stdout. `connect()` starts the process and
 * `close()` ends it; a process that dies is started again on the next use.
 *
 * @example
 * const server = new MCPServerStdio({ command: 'node', args: ['files-server.js'], cacheToolsList: true });
 * await server.connect();
 * try {
 *   await run(new Agent({ name: 'Files', mcpServers: [server] }), 'List the files');
 * } finally {
 *   await server.close();
 * }
 * @see docs/mcp.md
 */
export class MCPServerStdio extends BaseMCPServer {
  readonly #command: string;
  readonly #args: string[];
  readonly #env: Record<string, string> | undefined;
  readonly #cwd: string | undefined;

  constructor(options: MCPServerStdioOptions) {
    const [command, args] = commandOf(options);
    super(options, `stdio: ${command}`);
    this.#command = command;
    this.#args = args;
    this.#env = options.env;
    this.#cwd = options.cwd;
  }

  protected async createTransport(): Promise<Transport> {
    const { StdioClientTransport } =
      await import('@modelcontextprotocol/sdk/client/stdio.js');
    return new StdioClientTransport({
      command: this.#command,
      args: this.#args,
      ...(this.#env && { env: this.#env }),
      ...(this.#cwd && { cwd: this.#cwd }),
    });
  }
}

function commandOf(options: MCPServerStdioOptions): [string, string[]] {
  if ('fullCommand' in options) {
    const [command, ...args] = options.fullCommand.trim().split(/\s+/);
    if (!command)
      throw new UserError(
        'MCPServerStdio: `fullCommand` is empty. Give the command line that starts the server.',
      );
    return [command, args];
  }
  if (!options.command)
    throw new UserError(
      'MCPServerStdio: give `command` (and `args`) or `fullCommand`.',
    );
  return [options.command, options.args ?? []];
}
