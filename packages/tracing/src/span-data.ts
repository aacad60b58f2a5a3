// What each kind of span records, with the field names of the `@openai/agents` tracing API (snake_case: this is
// what processors export). Fields starting with `_` are for processors in this process; the OpenAI exporter
// leaves them out of what it sends.

/** An agent's stretch of a run: from the moment it starts until it hands off or answers. */
export interface AgentSpanData {
  type: 'agent';
  /** The agent's name. */
  name: string;
  /** The names of the agents it can hand off to. */
  handoffs?: string[];
  /** The names of its tools. */
  tools?: string[];
  /** What it answers with: `'text'`, or the name of its structured output type. */
  output_type?: string;
}

/** Token counts of a model call, as recorded on a `response` span (Baton's addition to the SDK's span). */
export interface ResponseSpanUsage {
  input_tokens: number;
  output_tokens: number;
  total_tokens: number;
  /** Input tokens served from the provider's prompt cache. */
  cached_input_tokens?: number;
  /** Output tokens spent on reasoning. */
  reasoning_tokens?: number;
}

/** One model call (a Responses API response). */
export interface ResponseSpanData {
  type: 'response';
  /** The provider's id of the response. */
  response_id?: string;
  /** The model's name (Baton's addition). */
  model?: string;
  /** What the call cost in tokens (Baton's addition). */
  usage?: ResponseSpanUsage;
  /** The request's input items; only when the run includes sensitive data. */
  _input?: string | Record<string, any>[];
  /** The response (`{ id, output }`); only when the run includes sensitive data. */
  _response?: Record<string, any>;
}

/** Usage of a generation span: the SDK leaves its shape open. */
export interface GenerationUsageData {
  input_tokens?: number;
  output_tokens?: number;
  details?: Record<string, unknown> | null;
  [key: string]: unknown;
}

/** A model generation with its messages, for providers that report them that way. */
export interface GenerationSpanData {
  type: 'generation';
  input?: Array<Record<string, any>>;
  output?: Array<Record<string, any>>;
  model?: string;
  model_config?: Record<string, any>;
  usage?: GenerationUsageData;
}

/** One function tool call. */
export interface FunctionSpanData {
  type: 'function';
  /** The tool's name. */
  name: string;
  /** The call's arguments (JSON text); empty unless the run includes sensitive data. */
  input: string;
  /** What the tool returned (text); empty unless the run includes sensitive data. */
  output: string;
  /** For tools of an MCP server: which one. */
  mcp_data?: string;
  /** The model's id for the call (Baton's addition, for exporters such as OpenTelemetry; not sent to OpenAI). */
  call_id?: string;
}

/** A handoff from one agent to another. */
export interface HandoffSpanData {
  type: 'handoff';
  from_agent?: string;
  to_agent?: string;
}

/** A span of your own, with any JSON data. */
export interface CustomSpanData {
  type: 'custom';
  name: string;
  data: Record<string, any>;
}

/** One guardrail's check: input, output or tool guardrail. */
export interface GuardrailSpanData {
  type: 'guardrail';
  name: string;
  /** Whether its tripwire fired (or, for a tool guardrail, it rejected the call or its output). */
  triggered: boolean;
}

/** Usage of a turn span. */
export interface TurnUsageData {
  input_tokens: number;
  output_tokens: number;
  cached_input_tokens: number;
  cache_write_input_tokens: number;
}

/** Usage of a task span. */
export interface TaskUsageData extends TurnUsageData {
  requests: number;
  total_tokens: number;
}

/** One runner invocation (the SDK's; Baton's runs do not create it). */
export interface TaskSpanData {
  type: 'task';
  name: string;
  usage?: TaskUsageData;
}

/** One turn of the agent loop (the SDK's; Baton's runs do not create it). */
export interface TurnSpanData {
  type: 'turn';
  turn: number;
  agent_name: string;
  usage?: TurnUsageData;
}

/** Speech to text. */
export interface TranscriptionSpanData {
  type: 'transcription';
  input: { data: string; format: 'pcm' | (string & {}) };
  output?: string;
  model?: string;
  model_config?: Record<string, any>;
}

/** Text to speech. */
export interface SpeechSpanData {
  type: 'speech';
  input?: string;
  output: { data: string; format: 'pcm' | (string & {}) };
  model?: string;
  model_config?: Record<string, any>;
}

/** A group of speech spans. */
export interface SpeechGroupSpanData {
  type: 'speech_group';
  input?: string;
}

/** Listing an MCP server's tools. */
export interface MCPListToolsSpanData {
  type: 'mcp_tools';
  server?: string;
  result?: string[];
}

/** What a span records: one of the kinds above, told apart by `type`. */
export type SpanData =
  | AgentSpanData
  | TaskSpanData
  | TurnSpanData
  | FunctionSpanData
  | GenerationSpanData
  | ResponseSpanData
  | HandoffSpanData
  | CustomSpanData
  | GuardrailSpanData
  | TranscriptionSpanData
  | SpeechSpanData
  | SpeechGroupSpanData
  | MCPListToolsSpanData;
