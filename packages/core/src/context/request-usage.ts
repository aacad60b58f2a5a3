/** The fields a {@link RequestUsage} is built from (camelCase or the wire's snake_case names). */
export interface RequestUsageData {
  inputTokens?: number;
  outputTokens?: number;
  totalTokens?: number;
  inputTokensDetails?: Record<string, number | undefined>;
  outputTokensDetails?: Record<string, number | undefined>;
  endpoint?: string;
  agentName?: string;
  model?: string;
}

/**
 * The usage of one model request, as `@openai/agents` keeps it in `usage.requestUsageEntries`. Baton adds the
 * agent that made the request and the model it went to, which is what per-agent usage and `result.cost` read.
 */
export class RequestUsage {
  /** Input tokens of this request (cached ones included). */
  inputTokens: number;
  /** Output tokens of this request (reasoning ones included). */
  outputTokens: number;
  /** Input plus output tokens. */
  totalTokens: number;
  /** Input token details (`cached_tokens`, ...). */
  inputTokensDetails: Record<string, number>;
  /** Output token details (`reasoning_tokens`, ...). */
  outputTokensDetails: Record<string, number>;
  /** The endpoint that reported it (`responses.create`), when known. */
  endpoint?: string;
  /** The name of the agent that made the request (Baton only). */
  agentName?: string;
  /** The model the request went to, as the run named it (Baton only). */
  model?: string;

  constructor(data: RequestUsageData = {}) {
    this.inputTokens = data.inputTokens ?? 0;
    this.outputTokens = data.outputTokens ?? 0;
    this.totalTokens = data.totalTokens ?? this.inputTokens + this.outputTokens;
    this.inputTokensDetails = numbers(data.inputTokensDetails);
    this.outputTokensDetails = numbers(data.outputTokensDetails);
    if (data.endpoint !== undefined) this.endpoint = data.endpoint;
    if (data.agentName !== undefined) this.agentName = data.agentName;
    if (data.model !== undefined) this.model = data.model;
  }

  /** Rebuilds an entry from its JSON form. */
  static fromJSON(data: RequestUsageData): RequestUsage {
    return new RequestUsage(data);
  }

  /** A plain object for JSON. */
  toJSON(): RequestUsageData {
    return {
      inputTokens: this.inputTokens,
      outputTokens: this.outputTokens,
      totalTokens: this.totalTokens,
      inputTokensDetails: { ...this.inputTokensDetails },
      outputTokensDetails: { ...this.outputTokensDetails },
      ...(this.endpoint !== undefined && { endpoint: this.endpoint }),
      ...(this.agentName !== undefined && { agentName: this.agentName }),
      ...(this.model !== undefined && { model: this.model }),
    };
  }
}

function numbers(
  details: Record<string, number | undefined> | undefined,
): Record<string, number> {
  const copy: Record<string, number> = {};
  if (!details) return copy;
  for (const key in details) {
    const value = details[key];
    if (typeof value === 'number') copy[key] = value;
  }
  return copy;
}
