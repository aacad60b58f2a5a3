import { RequestUsage, type RequestUsageData } from './request-usage.js';

/** Token usage as a provider reports it for one response, with the wire's detail field names. */
export interface UsageData {
  requests?: number;
  inputTokens: number;
  outputTokens: number;
  totalTokens: number;
  inputTokensDetails?: {
    cached_tokens?: number;
    [field: string]: number | undefined;
  };
  outputTokensDetails?: {
    reasoning_tokens?: number;
    [field: string]: number | undefined;
  };
  /** One entry per request, when the usage comes from another `Usage` (or a saved state). */
  requestUsageEntries?: Array<RequestUsage | RequestUsageData>;
}

/** Who made a request, recorded on its {@link RequestUsage} entry. */
export interface RequestSource {
  /** The agent's name. */
  agentName?: string;
  /** The model's name. */
  model?: string;
}

/** Token usage summed over every model call of a run. */
export class Usage {
  /** How many model calls were made. */
  requests = 0;
  /** Input tokens over all calls. */
  inputTokens = 0;
  /** Output tokens over all calls. */
  outputTokens = 0;
  /** Input plus output tokens over all calls. */
  totalTokens = 0;
  /** Input token details summed by field (`cached_tokens`, ...). */
  inputTokensDetails: { cached_tokens: number; [field: string]: number } = {
    cached_tokens: 0,
  };
  /** Output token details summed by field (`reasoning_tokens`, ...). */
  outputTokensDetails: { reasoning_tokens: number; [field: string]: number } = {
    reasoning_tokens: 0,
  };

  /**
   * One entry per model request, in order, as `@openai/agents` keeps them; each names its agent and model.
   * Undefined until a request was added.
   */
  requestUsageEntries: RequestUsage[] | undefined = undefined;

  constructor(data?: Partial<UsageData>) {
    if (data) this.add(data);
  }

  /**
   * Adds one response's (or another run's) usage to this total. A single request's usage also becomes a
   * {@link RequestUsage} entry, with `source` naming its agent and model; another total's entries are copied.
   */
  add(data: Partial<UsageData>, source?: RequestSource): void {
    this.requests += data.requests ?? 1;
    this.inputTokens += data.inputTokens ?? 0;
    this.outputTokens += data.outputTokens ?? 0;
    this.totalTokens +=
      data.totalTokens ?? (data.inputTokens ?? 0) + (data.outputTokens ?? 0);
    addDetails(this.inputTokensDetails, data.inputTokensDetails);
    addDetails(this.outputTokensDetails, data.outputTokensDetails);
    addEntries(this, data, source);
  }

  /** A plain object for JSON. */
  toJSON(): UsageData & {
    requests: number;
    requestUsageEntries?: RequestUsageData[];
  } {
    return {
      requests: this.requests,
      inputTokens: this.inputTokens,
      outputTokens: this.outputTokens,
      totalTokens: this.totalTokens,
      inputTokensDetails: { ...this.inputTokensDetails },
      outputTokensDetails: { ...this.outputTokensDetails },
      ...(this.requestUsageEntries && {
        requestUsageEntries: this.requestUsageEntries.map((entry) =>
          entry.toJSON(),
        ),
      }),
    };
  }
}

function addEntries(
  usage: Usage,
  data: Partial<UsageData>,
  source: RequestSource | undefined,
): void {
  const entries = data.requestUsageEntries;
  if (entries && entries.length > 0) {
    usage.requestUsageEntries ??= [];
    for (const entry of entries)
      usage.requestUsageEntries.push(new RequestUsage(entry));
    return;
  }
  if ((data.requests ?? 1) !== 1) return;
  (usage.requestUsageEntries ??= []).push(
    new RequestUsage({
      inputTokens: data.inputTokens,
      outputTokens: data.outputTokens,
      totalTokens: data.totalTokens,
      inputTokensDetails: data.inputTokensDetails,
      outputTokensDetails: data.outputTokensDetails,
      ...source,
    }),
  );
}

function addDetails(
  target: Record<string, number>,
  source: Record<string, number | undefined> | undefined,
) {
  if (!source) return;
  // Runs for every response: `for...in` allocates no entry pairs.
  for (const key in source) {
    const value = source[key];
    if (typeof value === 'number') target[key] = (target[key] ?? 0) + value;
  }
}
