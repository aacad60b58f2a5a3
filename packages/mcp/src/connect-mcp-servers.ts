import type { MCPServer } from '@baton/core';
import { MCPServerError } from './mcp-server-error.js';

const DEFAULT_TIMEOUT_MS = 10_000;

/** Options of {@link connectMcpServers}. */
export interface MCPServersOptions {
  /** Milliseconds each `connect()` may take before it counts as failed; `null` waits forever. Default 10,000. */
  connectTimeoutMs?: number | null;
  /** Milliseconds each `close()` may take before it is given up on; `null` waits forever. Default 10,000. */
  closeTimeoutMs?: number | null;
  /** Leave servers that failed to connect out of `active`. Default true. */
  dropFailed?: boolean;
  /** Any failure closes the servers that did connect and throws. Default false. */
  strict?: boolean;
  /** Connect all servers at once rather than one after another. Default false. */
  connectInParallel?: boolean;
  /** Count an aborted connect as an ordinary failure rather than rethrowing it (Agents SDK). Default true. */
  suppressAbortError?: boolean;
}

/** Options of {@link MCPServers.reconnect}. */
export interface MCPServersReconnectOptions {
  /** Retry only the servers that failed (default); `false` closes and reconnects every server. */
  failedOnly?: boolean;
}

/**
 * A set of MCP servers opened together: `active` holds those that connected, `failed` and `errors` the others.
 * `close()` (or `await using`) closes every one, so no process or session outlives it.
 */
export class MCPServers {
  readonly #servers: MCPServer[];
  readonly #options: MCPServersOptions;
  readonly #connected = new Set<MCPServer>();
  #errors = new Map<MCPServer, Error>();

  private constructor(servers: MCPServer[], options: MCPServersOptions) {
    this.#servers = [...new Set(servers)];
    this.#options = options;
  }

  /** Connects the servers and returns the set; see {@link connectMcpServers}. */
  static async open(
    servers: MCPServer[],
    options: MCPServersOptions = {},
  ): Promise<MCPServers> {
    const set = new MCPServers(servers, options);
    await set.#connect(set.#servers);
    return set;
  }

  /** Every server given, connected or not. */
  get all(): MCPServer[] {
    return [...this.#servers];
  }

  /** The servers to give an agent: those that connected (all of them with `dropFailed: false`). */
  get active(): MCPServer[] {
    if (this.#options.dropFailed === false) return this.all;
    return this.#servers.filter((server) => this.#connected.has(server));
  }

  /** The servers that failed to connect. */
  get failed(): MCPServer[] {
    return this.#servers.filter((server) => this.#errors.has(server));
  }

  /** Why each failed server failed. */
  get errors(): ReadonlyMap<MCPServer, Error> {
    return new Map(this.#errors);
  }

  /** Tries the failed servers again (or, with `failedOnly: false`, all of them); returns `active`. */
  async reconnect(
    options: MCPServersReconnectOptions = {},
  ): Promise<MCPServer[]> {
    const targets = options.failedOnly === false ? this.all : this.failed;
    await Promise.all(targets.map((server) => this.#close(server)));
    await this.#connect(targets);
    return this.active;
  }

  /** Closes every server, last connected first; a server that fails to close does not stop the others. */
  async close(): Promise<void> {
    for (const server of [...this.#servers].reverse())
      await this.#close(server).catch(() => undefined);
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  async #connect(servers: MCPServer[]): Promise<void> {
    if (this.#options.connectInParallel)
      await Promise.all(servers.map((server) => this.#attempt(server)));
    else for (const server of servers) await this.#attempt(server);
    const failure = servers.find((server) => this.#errors.has(server));
    if (failure && this.#options.strict) {
      await this.close();
      throw new MCPServerError(
        `MCP server "${failure.name}" failed to connect, so every server was closed (strict mode): ${this.#errors.get(failure)!.message}`,
        { cause: this.#errors.get(failure) },
      );
    }
  }

  async #attempt(server: MCPServer): Promise<void> {
    this.#errors.delete(server);
    try {
      await withTimeout(
        server.connect(),
        this.#options.connectTimeoutMs,
        `MCP server "${server.name}" did not connect within`,
      );
      this.#connected.add(server);
    } catch (error) {
      this.#connected.delete(server);
      this.#errors.set(
        server,
        error instanceof Error ? error : new Error(String(error)),
      );
      // A server that half-started (a process that never answered) must not be left running.
      await server.close().catch(() => undefined);
    }
  }

  async #close(server: MCPServer): Promise<void> {
    this.#connected.delete(server);
    await withTimeout(
      server.close(),
      this.#options.closeTimeoutMs,
      `MCP server "${server.name}" did not close within`,
    );
  }
}

/**
 * Connects MCP servers for a run and hands back the set to close after it: servers that fail to connect are
 * reported (`failed`, `errors`) and left out of `active`, unless `strict` makes any failure throw.
 *
 * @example
 * await using servers = await connectMcpServers([filesServer, searchServer]);
 * const agent = new Agent({ name: 'Assistant', mcpServers: servers.active });
 * @see docs/mcp.md
 */
export function connectMcpServers(
  servers: MCPServer[],
  options?: MCPServersOptions,
): Promise<MCPServers> {
  return MCPServers.open(servers, options);
}

async function withTimeout<T>(
  task: Promise<T>,
  timeoutMs: number | null | undefined,
  message: string,
): Promise<T> {
  const limit = timeoutMs === undefined ? DEFAULT_TIMEOUT_MS : timeoutMs;
  if (limit === null) return task;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new MCPServerError(`${message} ${limit} ms.`)),
      limit,
    );
  });
  try {
    return await Promise.race([task, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
