import type { MCPServer } from './mcp-server.js';

/** Parameters of a resource listing: the cursor of the page to read, and any other field the server takes. */
export interface MCPListResourcesParams {
  /** The `nextCursor` of the previous page; omit it for the first page. */
  cursor?: string;
  [field: string]: unknown;
}

/** A resource a server offers (`resources/list`); fields Baton does not read pass through. */
export interface MCPResource {
  /** Where the resource lives; `readResource(uri)` reads it. */
  uri: string;
  /** The resource's programmatic name. */
  name?: string;
  /** A name for people. */
  title?: string;
  /** What the resource holds. */
  description?: string;
  /** The MIME type of its contents, when known. */
  mimeType?: string;
  /** Its size in bytes, when known. */
  size?: number;
  /** Hints for clients (audience, priority...). */
  annotations?: Record<string, unknown>;
  [field: string]: unknown;
}

/** A family of resources a server can read, named by an RFC 6570 URI template (`resources/templates/list`). */
export interface MCPResourceTemplate {
  /** The URI template, e.g. `notes://{name}`; fill it in and pass the URI to `readResource`. */
  uriTemplate: string;
  /** The template's programmatic name. */
  name?: string;
  /** A name for people. */
  title?: string;
  /** What the resources hold. */
  description?: string;
  /** The MIME type of every resource of the template, when they share one. */
  mimeType?: string;
  /** Hints for clients (audience, priority...). */
  annotations?: Record<string, unknown>;
  [field: string]: unknown;
}

/** Text contents of a resource. */
export interface MCPTextResourceContent {
  /** The URI these contents belong to. */
  uri: string;
  /** Their MIME type, when known. */
  mimeType?: string;
  /** The text. */
  text: string;
  [field: string]: unknown;
}

/** Binary contents of a resource. */
export interface MCPBlobResourceContent {
  /** The URI these contents belong to. */
  uri: string;
  /** Their MIME type, when known. */
  mimeType?: string;
  /** The bytes, base64-encoded. */
  blob: string;
  [field: string]: unknown;
}

/** One part of what `readResource` returns: text or base64 bytes. */
export type MCPResourceContent =
  MCPTextResourceContent | MCPBlobResourceContent;

/** One page of `listResources`. */
export interface MCPListResourcesResult {
  /** The resources on this page. */
  resources: MCPResource[];
  /** Pass it as `cursor` to read the next page; absent on the last page. */
  nextCursor?: string;
  [field: string]: unknown;
}

/** One page of `listResourceTemplates`. */
export interface MCPListResourceTemplatesResult {
  /** The templates on this page. */
  resourceTemplates: MCPResourceTemplate[];
  /** Pass it as `cursor` to read the next page; absent on the last page. */
  nextCursor?: string;
  [field: string]: unknown;
}

/** What `readResource` returns: the resource's contents (a resource can have several parts). */
export interface MCPReadResourceResult {
  /** The contents, text or base64 bytes. */
  contents: MCPResourceContent[];
  [field: string]: unknown;
}

/**
 * An MCP server that also offers resources. The servers of `@baton/mcp` all have this shape; each method throws
 * an `MCPServerError` when the server is not connected or does not offer resources.
 * @see docs/mcp.md
 */
export interface MCPServerWithResources extends MCPServer {
  /** One page of the server's resources (`resources/list`); page on with `{ cursor: page.nextCursor }`. */
  listResources(
    params?: MCPListResourcesParams,
  ): Promise<MCPListResourcesResult>;
  /** One page of the server's resource templates (`resources/templates/list`). */
  listResourceTemplates(
    params?: MCPListResourcesParams,
  ): Promise<MCPListResourceTemplatesResult>;
  /** Reads one resource (`resources/read`), by a listed URI or one made from a template. */
  readResource(uri: string): Promise<MCPReadResourceResult>;
}
