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

  constructor(data?: Partial<UsageData>) {
    if (data) this.add(data);
  }

  /** Adds one response's (or another run's) usage to this total. */
  add(data: Partial<UsageData>): void {
    this.requests += data.requests ?? 1;
    this.inputTokens += data.inputTokens ?? 0;
    this.outputTokens += data.outputTokens ?? 0;
    this.totalTokens +=
      data.totalTokens ?? (data.inputTokens ?? 0) + (data.outputTokens ?? 0);
    addDetails(this.inputTokensDetails, data.inputTokensDetails);
    addDetails(this.outputTokensDetails, data.outputTokensDetails);
  }

  /** A plain object for JSON. */
  toJSON(): UsageData & { requests: number } {
    return {
      requests: this.requests,
      inputTokens: this.inputTokens,
      outputTokens: this.outputTokens,
      totalTokens: this.totalTokens,
      inputTokensDetails: { ...this.inputTokensDetails },
      outputTokensDetails: { ...this.outputTokensDetails },
    };
  }
}

function addDetails(
  target: Record<string, number>,
  source: Record<string, number | undefined> | undefined,
) {
  if (!source) return;
  for (const [key, value] of Object.entries(source)) {
    if (typeof value === 'number') target[key] = (target[key] ?? 0) + value;
  }
}
