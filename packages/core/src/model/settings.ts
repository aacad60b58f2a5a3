import type { ModelRetrySettings } from '../retry/retry-settings.js';

/** Which tool the model must (or must not) call: a mode, or one tool by name. */
export type ToolChoice = 'auto' | 'required' | 'none' | (string & {});

/**
 * Tuning passed to the model on every call. Fields left undefined are not sent, so the provider's defaults apply.
 * Agent settings override runner settings field by field.
 */
export interface ModelSettings {
  /** Sampling temperature (0–2). Higher is more random. */
  temperature?: number;
  /** Nucleus sampling: consider only the tokens in the top `topP` probability mass. */
  topP?: number;
  /** Penalises tokens by how often they have appeared (Chat Completions only). */
  frequencyPenalty?: number;
  /** Penalises tokens that have appeared at all (Chat Completions only). */
  presencePenalty?: number;
  /** Upper bound on the tokens the model may generate in one response. */
  maxTokens?: number;
  /** Whether and which tool the model must call. */
  toolChoice?: ToolChoice;
  /** Whether the model may ask for several tool calls in one response. */
  parallelToolCalls?: boolean;
  /** Reasoning models: how hard to think, and whether to return a summary of the reasoning. */
  reasoning?: {
    effort?: 'none' | 'minimal' | 'low' | 'medium' | 'high' | 'xhigh' | null;
    summary?: 'auto' | 'concise' | 'detailed' | null;
  };
  /** Output text options. */
  text?: { verbosity?: 'low' | 'medium' | 'high' | null };
  /** Whether the provider stores the response (needed for `previousResponseId`). */
  store?: boolean;
  /** How the provider truncates a conversation that outgrows the context window. */
  truncation?: 'auto' | 'disabled';
  /** A key that helps the provider reuse its prompt cache across requests with the same prefix. */
  promptCacheKey?: string;
  /** Extra response fields to include, such as `reasoning.encrypted_content`. */
  include?: string[];
  /** Key-value metadata stored with the response. */
  metadata?: Record<string, string>;
  /**
   * Retries of each model request (the `@openai/agents` setting; runtime only, never sent). Nothing is retried
   * unless its `policy` says so; while it is set, the OpenAI models turn the `openai` client's own retries off.
   * @see docs/retries-and-rate-limits.md
   */
  retry?: ModelRetrySettings;
  /** Provider-specific request fields, merged into the request body as they are. */
  providerData?: Record<string, unknown>;
}

/** Merges settings: every field `override` defines wins; `providerData` is merged one level deep. */
export function mergeModelSettings(
  base: ModelSettings | undefined,
  override: ModelSettings | undefined,
): ModelSettings {
  if (!override) return base ?? {};
  if (!base) return override;
  const merged: ModelSettings = { ...base };
  for (const key of Object.keys(override) as Array<keyof ModelSettings>) {
    if (override[key] !== undefined)
      (merged as Record<string, unknown>)[key] = override[key];
  }
  if (base.providerData && override.providerData) {
    merged.providerData = { ...base.providerData, ...override.providerData };
  }
  return merged;
}
