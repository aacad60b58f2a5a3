import { BatonError } from '@baton/core';

/** An MCP server was used before `connect()`, after `close()`, or could not be reached. */
export class MCPServerError extends BatonError {}
