export type {
  AgentInputItem,
  AgentOutputItem,
  AssistantMessageItem,
  FunctionCallItem,
  FunctionCallOutputItem,
  HostedToolCallItem,
  InputContent,
  InputFile,
  InputImage,
  InputMessageItem,
  InputText,
  KnownItem,
  MessageItem,
  OutputContent,
  OutputText,
  ReasoningItem,
  Refusal,
  UnknownItem,
} from './items/items.js';
export { toInputItems, type RunInput } from './items/input.js';
export type {
  FunctionToolDefinition,
  HostedToolDefinition,
  JsonObjectSchema,
  Model,
  ModelProvider,
  ModelRequest,
  ModelResponse,
  ModelStreamEvent,
  OutputFormat,
  ToolDefinition,
} from './model/model.js';
export { mergeModelSettings, type ModelSettings, type ToolChoice } from './model/settings.js';
export { Usage, type UsageData } from './context/usage.js';
export {
  BatonError,
  MaxTurnsExceededError,
  ModelBehaviorError,
  ModelRequestError,
  RunAbortedError,
  StreamInterruptedError,
  ToolCallError,
  ToolTimeoutError,
  UserError,
} from './errors/errors.js';
export { RunState } from './state/run-state.js';
