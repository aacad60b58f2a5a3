import type { HostedToolDefinition } from '../model/model.js';

/**
 * A tool the provider runs (web search, file search, code interpreter...). Baton only offers it and carries its
 * call items; concrete hosted tools are built on this shape.
 */
export interface HostedTool extends HostedToolDefinition {
  /** Hosted tools are always offered. */
  readonly isEnabled?: true;
}

/** Declares a hosted tool from its wire form, e.g. `hostedTool({ type: 'web_search' })`. */
export function hostedTool(
  providerData: { type: string; [field: string]: unknown },
  name = providerData.type,
): HostedTool {
  return { type: 'hosted_tool', name, providerData };
}
