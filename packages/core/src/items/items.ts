/**
 * The canonical item shapes: the OpenAI Responses API items, with the wire's field names.
 *
 * Every item Baton handles — model output, run state, stream events, the next turn's input — is one of these.
 * Known types are typed precisely; anything else passes through untouched as an {@link UnknownItem}.
 * @module
 */

/** Text the user (or a developer/system role) sends. */
export interface InputText {
  type: 'input_text';
  text: string;
}

/** An image the model should look at, by URL (https or data URL) or uploaded file id. */
export interface InputImage {
  type: 'input_image';
  image_url?: string | null;
  file_id?: string | null;
  detail?: 'low' | 'high' | 'auto';
}

/** A file given to the model as input. */
export interface InputFile {
  type: 'input_file';
  file_id?: string | null;
  file_data?: string;
  file_url?: string;
  filename?: string;
}

/** One part of an input message's content. */
export type InputContent = InputText | InputImage | InputFile;

/** Text the model produced, with its annotations (citations and the like). */
export interface OutputText {
  type: 'output_text';
  text: string;
  annotations?: unknown[];
  logprobs?: unknown[];
}

/** The model declined to answer. */
export interface Refusal {
  type: 'refusal';
  refusal: string;
}

/** One part of an assistant message's content. */
export type OutputContent = OutputText | Refusal;

/** A message from the user, the developer or the system, as sent to the model. */
export interface InputMessageItem {
  type?: 'message';
  id?: string;
  role: 'user' | 'system' | 'developer';
  content: string | InputContent[];
  status?: 'in_progress' | 'completed' | 'incomplete';
}

/** A message the model wrote. */
export interface AssistantMessageItem {
  type: 'message';
  id?: string;
  role: 'assistant';
  content: OutputContent[];
  status?: 'in_progress' | 'completed' | 'incomplete';
}

/** Any message item. */
export type MessageItem = InputMessageItem | AssistantMessageItem;

/** The model asks for a function tool (or a handoff, which is a function tool to the model) to run. */
export interface FunctionCallItem {
  type: 'function_call';
  id?: string;
  call_id: string;
  name: string;
  /** The arguments as the model wrote them: a JSON string, which may be malformed. */
  arguments: string;
  status?: 'in_progress' | 'completed' | 'incomplete';
}

/** The result of a function call, sent back to the model. */
export interface FunctionCallOutputItem {
  type: 'function_call_output';
  id?: string;
  call_id: string;
  output: string | Array<InputText | InputImage | InputFile>;
  status?: 'in_progress' | 'completed' | 'incomplete';
}

/** The model's reasoning, possibly summarised, possibly encrypted for replay. */
export interface ReasoningItem {
  type: 'reasoning';
  id?: string;
  summary: Array<{ type: 'summary_text'; text: string }>;
  content?: Array<{ type: 'reasoning_text'; text: string }>;
  encrypted_content?: string | null;
  status?: 'in_progress' | 'completed' | 'incomplete';
}

/**
 * A hosted tool's call, run by the provider (web search, file search, code interpreter, image generation,
 * computer use...). Baton keeps these whole and sends them back unchanged.
 */
export interface HostedToolCallItem {
  type:
    | 'web_search_call'
    | 'file_search_call'
    | 'code_interpreter_call'
    | 'image_generation_call'
    | 'computer_call'
    | 'computer_call_output'
    | 'local_shell_call'
    | 'mcp_call'
    | 'mcp_list_tools';
  id?: string;
  status?: string;
  [field: string]: unknown;
}

/** An item of a type Baton does not know; it is carried as it came. */
export interface UnknownItem {
  type: string;
  [field: string]: unknown;
}

/** An item Baton knows the shape of. */
export type KnownItem =
  | MessageItem
  | FunctionCallItem
  | FunctionCallOutputItem
  | ReasoningItem
  | HostedToolCallItem;

/** Any item of a conversation: what goes to the model and what comes back. */
export type AgentInputItem = KnownItem | UnknownItem;

/** Any item a model may return. */
export type AgentOutputItem =
  | AssistantMessageItem
  | FunctionCallItem
  | ReasoningItem
  | HostedToolCallItem
  | UnknownItem;
