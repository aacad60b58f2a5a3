import {
  invalidateServerToolsCache,
  UserError,
  type CallToolResult,
  type CallToolResultContent,
  type MCPCallToolOptions,
  type MCPListResourcesParams,
  type MCPListResourcesResult,
  type MCPListResourceTemplatesResult,
  type MCPReadResourceResult,
  type MCPServer,
  type MCPServerWithResources,
  type MCPTool,
} from '@baton/core';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import { MCPServerError } from './mcp-server-error.js';
import type { MCPServerOptions } from './mcp-server-options.js';

const DEFAULT_TOOL_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_LIST_PAGES = 64;

/**
 * What the stdio, Streamable HTTP and SSE servers share: one MCP client session over a transport the subclass
 * makes, for tools and resources. A session lost without `close()` (the process died, the connection dropped) is
 * opened again on next use, so a run's next turn reconnects; the tool cache is dropped with it.
 */
export abstract class BaseMCPServer implements MCPServerWithResources {
  readonly name: string;
  cacheToolsList: boolean;
  toolFilter: MCPServer['toolFilter'];
  requireApproval: MCPServer['requireApproval'];
  useStructuredContent: boolean;
  errorFunction: MCPServer['errorFunction'];
  toolMetaResolver: MCPServer['toolMetaResolver'];
  toolInputGuardrails: MCPServer['toolInputGuardrails'];
  toolOutputGuardrails: MCPServer['toolOutputGuardrails'];
  readonly #sessionTimeoutMs: number;
  readonly #toolTimeoutMs: number;
  readonly #maxListPages: number;
  #client: Client | undefined;
  #connecting: Promise<Client> | undefined;
  /** Whether the user wants the session open: set by `connect()`, cleared by `close()`. */
  #wanted = false;

  constructor(options: MCPServerOptions, defaultName: string) {
    this.name = options.name ?? defaultName;
    if (options.customDataExtractor)
      throw new UserError(
        `MCP server "${this.name}": \`customDataExtractor\` needs custom data on tool output items, which is not built in Baton yet. ` +
          'Remove it, or keep this code on @openai/agents until Baton has the feature (see docs/porting-from-openai-agents.md).',
      );
    this.cacheToolsList = options.cacheToolsList ?? false;
    this.toolFilter = options.toolFilter;
    this.requireApproval = options.requireApproval;
    this.useStructuredContent = options.useStructuredContent ?? false;
    this.errorFunction = options.errorFunction;
    this.toolMetaResolver = options.toolMetaResolver;
    this.toolInputGuardrails = options.toolInputGuardrails;
    this.toolOutputGuardrails = options.toolOutputGuardrails;
    this.#sessionTimeoutMs = (options.clientSessionTimeoutSeconds ?? 5) * 1000;
    this.#toolTimeoutMs = options.timeout ?? DEFAULT_TOOL_TIMEOUT_MS;
    this.#maxListPages = options.maxListPages ?? DEFAULT_MAX_LIST_PAGES;
  }

  /** The transport to the server, new for each connection. */
  protected abstract createTransport(): Transport | Promise<Transport>;

  /** Opens the session: starts the process or reaches the URL, and does the MCP handshake. */
  async connect(): Promise<void> {
    this.#wanted = true;
    await this.#session();
  }

  /** Closes the session (and ends the process, for stdio). Calls in flight fail. */
  async close(): Promise<void> {
    this.#wanted = false;
    const connecting = this.#connecting;
    this.#connecting = undefined;
    await connecting?.catch(() => undefined);
    await this.#drop();
  }

  /** The server's tools, every page of `tools/list`. */
  async listTools(): Promise<MCPTool[]> {
    return this.#use((client) => this.#listAll(client));
  }

  async #listAll(client: Client): Promise<MCPTool[]> {
    const tools: MCPTool[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < this.#maxListPages; page++) {
      const result = await client.listTools(cursor ? { cursor } : undefined, {
        timeout: this.#sessionTimeoutMs,
      });
      tools.push(...(result.tools as MCPTool[]));
      cursor = result.nextCursor;
      if (!cursor) return tools;
    }
    throw new MCPServerError(
      `MCP server "${this.name}" still had more tools after ${this.#maxListPages} pages. Raise \`maxListPages\` if the server really has that many.`,
    );
  }

  /** Calls a tool; the signal cancels the request on the server (`notifications/cancelled`). */
  async callToolResult(
    toolName: string,
    args: Record<string, unknown> | null,
    meta?: Record<string, unknown> | null,
    options?: MCPCallToolOptions,
  ): Promise<CallToolResult> {
    const result = await this.#use((client) =>
      client.callTool(
        {
          name: toolName,
          arguments: args ?? {},
          ...(meta ? { _meta: meta } : {}),
        },
        undefined,
        {
          timeout: this.#toolTimeoutMs,
          ...(options?.signal && { signal: options.signal }),
        },
      ),
    );
    return result as CallToolResult;
  }

  /** Calls a tool and returns its content, with the result's other fields attached (the Agents SDK's form). */
  async callTool(
    toolName: string,
    args: Record<string, unknown> | null,
    meta?: Record<string, unknown> | null,
    options?: MCPCallToolOptions,
  ): Promise<CallToolResultContent> {
    const result = await this.callToolResult(toolName, args, meta, options);
    return Object.assign([...(result.content ?? [])], {
      structuredContent: result.structuredContent,
      isError: result.isError,
      _meta: result._meta,
    });
  }

  /** One page of the server's resources (`resources/list`); page on with `{ cursor: page.nextCursor }`. */
  async listResources(
    params?: MCPListResourcesParams,
  ): Promise<MCPListResourcesResult> {
    return this.#withResources(
      (client) =>
        client.listResources(params, {
          timeout: this.#sessionTimeoutMs,
        }) as Promise<MCPListResourcesResult>,
    );
  }

  /** One page of the server's resource templates (`resources/templates/list`). */
  async listResourceTemplates(
    params?: MCPListResourcesParams,
  ): Promise<MCPListResourceTemplatesResult> {
    return this.#withResources(
      (client) =>
        client.listResourceTemplates(params, {
          timeout: this.#sessionTimeoutMs,
        }) as Promise<MCPListResourceTemplatesResult>,
    );
  }

  /** Reads one resource (`resources/read`): text parts carry `text`, binary ones base64 `blob`. */
  async readResource(uri: string): Promise<MCPReadResourceResult> {
    return this.#withResources(
      (client) =>
        client.readResource(
          { uri },
          { timeout: this.#sessionTimeoutMs },
        ) as Promise<MCPReadResourceResult>,
    );
  }

  // Asking a server that declared no resources would only fetch a "method not found" back; say why instead.
  #withResources<T>(work: (client: Client) => Promise<T>): Promise<T> {
    return this.#use((client) => {
      if (!client.getServerCapabilities()?.resources)
        throw new MCPServerError(
          `MCP server "${this.name}" does not offer resources (its handshake declared no \`resources\` capability). Use its tools, or a server that offers resources.`,
        );
      return work(client);
    });
  }

  /** Forgets the cached tool list, so the next turn lists the tools again. */
  async invalidateToolsCache(): Promise<void> {
    await invalidateServerToolsCache(this.name);
  }

  /**
   * Whether a failed request means the session is gone although the transport is still open (an HTTP server that
   * restarted, or stopped answering): the next use then opens a new session.
   */
  protected isSessionLost(_error: unknown): boolean {
    return false;
  }

  async #use<T>(work: (client: Client) => Promise<T>): Promise<T> {
    const client = await this.#session();
    try {
      return await work(client);
    } catch (error) {
      if (this.#client === client && this.isSessionLost(error)) {
        this.#client = undefined;
        void client.close().catch(() => undefined);
        await this.invalidateToolsCache();
      }
      throw error;
    }
  }

  async #session(): Promise<Client> {
    if (this.#client) return this.#client;
    if (!this.#wanted)
      throw new MCPServerError(
        `MCP server "${this.name}" is not connected. Call \`await server.connect()\` (or use \`connectMcpServers\`) before the run, and \`close()\` after it.`,
      );
    this.#connecting ??= this.#open().finally(() => {
      this.#connecting = undefined;
    });
    return this.#connecting;
  }

  async #open(): Promise<Client> {
    // Loaded on first connect, so importing Baton costs nothing for apps without MCP servers.
    const [{ Client }, { ToolListChangedNotificationSchema }] =
      await Promise.all([
        import('@modelcontextprotocol/sdk/client/index.js'),
        import('@modelcontextprotocol/sdk/types.js'),
      ]);
    const transport = await this.createTransport();
    const client = new Client({ name: this.name, version: '1.0.0' });
    client.setNotificationHandler(ToolListChangedNotificationSchema, () =>
      this.invalidateToolsCache(),
    );
    client.onclose = () => {
      // The session ended on its own (a crash, a dropped connection): the next use opens a fresh one.
      if (this.#client !== client) return;
      this.#client = undefined;
      void this.invalidateToolsCache();
    };
    try {
      await client.connect(transport, { timeout: this.#sessionTimeoutMs });
    } catch (error) {
      await transport.close().catch(() => undefined);
      throw new MCPServerError(
        `Could not connect to MCP server "${this.name}": ${messageOf(error)}. Check that it starts (or is reachable) on its own.`,
        { cause: error },
      );
    }
    if (!this.#wanted) {
      await client.close().catch(() => undefined);
      throw new MCPServerError(
        `MCP server "${this.name}" was closed while it connected.`,
      );
    }
    this.#client = client;
    return client;
  }

  async #drop(): Promise<void> {
    const client = this.#client;
    this.#client = undefined;
    if (!client) return;
    await this.beforeClose();
    await client.close().catch(() => undefined);
    await this.invalidateToolsCache();
  }

  /** A chance to end the session politely (Streamable HTTP deletes it) before the transport closes. */
  protected async beforeClose(): Promise<void> {}
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
