// The public API of @baton/core. Explicit names only: what is not listed here is internal.
export {
  Agent,
  type AgentConfiguration,
  type AgentPrompt,
} from './agent/agent.js';
export type { Instructions } from './agent/instructions.js';
export type {
  AgentOutputType,
  JsonSchemaDefinition,
  JsonSchemaOutputType,
  ResolvedAgentOutput,
} from './agent/output-type.js';
export type {
  FunctionToolResult,
  ToolToFinalOutputFunction,
  ToolUseBehavior,
  ToolsToFinalOutputDecision,
  ToolsToFinalOutputFunction,
  ToolsToFinalOutputResult,
} from './agent/tool-use-behavior.js';
export { RunContext } from './context/run-context.js';
export type {
  Session,
  SessionInputCallback,
  SessionLease,
} from './sessions/session.js';
export {
  MemorySession,
  type MemorySessionOptions,
} from './sessions/memory-session.js';
export { Usage, type RequestSource, type UsageData } from './context/usage.js';
export {
  RequestUsage,
  type RequestUsageData,
} from './context/request-usage.js';
export { computeCost, type RunCost } from './cost/compute-cost.js';
export {
  defaultPriceTable,
  definePrices,
  PRICES_CHECKED_ON,
  type ModelPrice,
  type PriceTable,
} from './cost/price-table.js';
export type { RunBudget } from './cost/check-budget.js';
export {
  RateLimiter,
  type ModelRateLimits,
  type RateLimitLease,
} from './rate-limit/rate-limiter.js';
export { retryPolicies } from './retry/retry-policies.js';
export { retryAfterFromHeaders } from './retry/normalize-retry-error.js';
export type {
  ModelRetryAdvice,
  ModelRetryAdviceRequest,
  ModelRetryBackoffSettings,
  ModelRetryNormalizedError,
  ModelRetrySettings,
  RetryDecision,
  RetryPolicy,
  RetryPolicyContext,
} from './retry/retry-settings.js';
export {
  AgentsError,
  BatonError,
  BudgetExceededError,
  InvalidToolOutputError,
  MaxTurnsExceededError,
  ModelBehaviorError,
  ModelRefusalError,
  ModelRequestError,
  ModelTimeoutError,
  RunAbortedError,
  StreamInterruptedError,
  SystemError,
  ToolCallError,
  ToolTimeoutError,
  UnsupportedItemError,
  UserError,
  type BatonErrorOptions,
  type BudgetExceededErrorOptions,
  type InvalidToolOutputErrorOptions,
  type ModelRequestErrorOptions,
  type ModelTimeoutErrorOptions,
  type ToolCallErrorOptions,
  type ToolTimeoutErrorOptions,
} from './errors/errors.js';
export {
  InvalidRunStateError,
  RunStateError,
  RunStateReplayError,
  RunStateSerializationError,
  RunStateSignatureError,
  UnknownAgentError,
  UnsupportedRunStateVersionError,
  type InvalidRunStateErrorOptions,
  type RunStateReplayErrorOptions,
  type RunStateSerializationErrorOptions,
  type RunStateSignatureErrorOptions,
  type UnknownAgentErrorOptions,
  type UnsupportedRunStateVersionErrorOptions,
} from './errors/run-state-errors.js';
export {
  GuardrailExecutionError,
  GuardrailTripwireError,
  InputGuardrailTripwireTriggered,
  OutputGuardrailTripwireTriggered,
  ToolInputGuardrailTripwireTriggered,
  ToolOutputGuardrailTripwireTriggered,
} from './guardrails/guardrail-errors.js';
export {
  defineToolInputGuardrail,
  defineToolOutputGuardrail,
  ToolGuardrailFunctionOutputFactory,
  type ToolGuardrailBehavior,
  type ToolGuardrailFunctionOutput,
  type ToolGuardrailResult,
  type ToolInputGuardrailData,
  type ToolInputGuardrailDefinition,
  type ToolOutputGuardrailData,
  type ToolOutputGuardrailDefinition,
} from './guardrails/tool-guardrail.js';
export {
  defineInputGuardrail,
  type GuardrailFunctionOutput,
  type InputGuardrail,
  type InputGuardrailDefinition,
  type InputGuardrailFunction,
  type InputGuardrailFunctionArgs,
  type InputGuardrailMetadata,
  type InputGuardrailResult,
} from './guardrails/input-guardrail.js';
export {
  defineOutputGuardrail,
  type OutputGuardrail,
  type OutputGuardrailDefinition,
  type OutputGuardrailFunction,
  type OutputGuardrailFunctionArgs,
  type OutputGuardrailMetadata,
  type OutputGuardrailResult,
} from './guardrails/output-guardrail.js';
export { AgentHooks, RunHooks } from './lifecycle/hooks.js';
export type {
  AgentHookEvents,
  RunHookEvents,
} from './lifecycle/lifecycle-events.js';
export type { EventEmitterEvents } from './lifecycle/event-emitter-delegate.js';
export {
  Handoff,
  defaultHandoffToolName,
  getHandoff,
  getTransferMessage,
  handoff,
  type HandoffInputData,
  type HandoffInputFilter,
  type HandoffOptions,
} from './handoffs/handoff.js';
export {
  RECOMMENDED_PROMPT_PREFIX,
  promptWithHandoffInstructions,
} from './handoffs/handoff-prompt.js';
export { removeAllTools } from './handoffs/input-filters.js';
export { extractAllTextOutput } from './items/extract-all-text-output.js';
export { toInputItems, type RunInput } from './items/input.js';
export {
  isToolItem,
  itemKind,
  type ItemKind,
  type ItemRole,
} from './items/item-kinds.js';
export { assistant, system, user } from './items/message.js';
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
export {
  RunHandoffCallItem,
  RunHandoffOutputItem,
  RunMessageOutputItem,
  RunReasoningItem,
  RunToolCallItem,
  RunToolApprovalItem,
  RunToolCallOutputItem,
  RunUnknownItem,
  type RunItem,
} from './items/run-item.js';
export { getLogger, type Logger } from './logging/get-logger.js';
export { setSensitiveDataLoggingEnabled } from './logging/sensitive-data.js';
export {
  getDefaultModelProvider,
  setDefaultModelProvider,
} from './model/default-provider.js';
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
  Prompt,
  ToolDefinition,
} from './model/model.js';
export {
  mergeModelSettings,
  type ModelSettings,
  type ToolChoice,
} from './model/settings.js';
export { RunResult, type FinalOutputOf } from './run/result.js';
export type {
  OutputGuardrailStreaming,
  RunConfig,
  RunOptions,
  SessionSettings,
  ToolExecutionConfig,
  TracingConfig,
} from './run/run-config.js';
export { Runner, run } from './run/run.js';
export type {
  RunErrorData,
  RunErrorHandler,
  RunErrorHandlerInput,
  RunErrorHandlerResult,
  RunErrorHandlers,
  RunErrorKind,
} from './run/handle-run-error.js';
export type { StepRunner } from './run/step-runner.js';
export {
  StreamedRunResult,
  type TextStreamOptions,
} from './run/streamed-run-result.js';
export type { RunStateRestoreOptions } from './state/deserialize.js';
export { CURRENT_RUN_STATE_VERSION } from './state/migrate.js';
export { RunState, type RunStateInit } from './state/run-state.js';
export type {
  AgentReferenceJson,
  ModelResponseJsonV1,
  RunItemJsonV1,
  RunStateJsonV1,
} from './state/schema-v1.js';
export type { RunStateJsonV2 } from './state/schema-v2.js';
export type { RunStateJsonV3 } from './state/schema-v3.js';
export {
  MemoryRunStateLedger,
  type MemoryRunStateLedgerOptions,
  type RunStateLedger,
} from './state/run-state-ledger.js';
export {
  TOOL_APPROVAL_REJECTION_MESSAGE,
  type ToolApprovalRecord,
} from './context/approvals.js';
export type { RunStateSerializeOptions } from './state/serialize.js';
export type { RunStateSecret, RunStateSignature } from './state/sign.js';
export type {
  RunAgentUpdatedStreamEvent,
  RunItemStreamEvent,
  RunItemStreamEventName,
  RunRawModelStreamEvent,
  RunStreamEvent,
  RunToolProgressStreamEvent,
  StreamEventOrigin,
  StreamEventPathEntry,
} from './streaming/events.js';
export type {
  AgentTool,
  AgentToolDefaultParameters,
  AgentToolInvocation,
  AgentToolOptions,
} from './agent/as-tool.js';
export type {
  AgentToolEventHandler,
  AgentToolEventName,
  AgentToolStreamEvent,
} from './agent/agent-tool-listeners.js';
export type {
  AgentToolInputBuilder,
  AgentToolInputBuilderOptions,
} from './agent/agent-tool-input.js';
export {
  tool,
  type FunctionTool,
  type IsEnabled,
  type IsEnabledContext,
  type IsEnabledOption,
  type ToolCallDetails,
  type ToolErrorFunction,
  type ToolInput,
  type ToolOptions,
  type ToolApprovalFunction,
} from './tools/function-tool.js';
export {
  hostedTool,
  type HostedApprovalFunction,
  type HostedTool,
} from './tools/hosted-tool.js';
export {
  computerTool,
  type ComputerApprovalFunction,
  type ComputerOnSafetyCheckFunction,
  type ComputerSafetyCheckResult,
  type ComputerTool,
  type ComputerToolOptions,
} from './computer/computer-tool.js';
export type {
  Button,
  Computer,
  ComputerAction,
  ComputerCallItem,
  ComputerCallOutputItem,
  ComputerSafetyCheck,
  Environment,
} from './computer/computer.js';
export type {
  ToolOutputFileContent,
  ToolOutputImage,
  ToolOutputText,
} from './tools/to-function-output.js';
export {
  invokeFunctionTool,
  type InvokeFunctionToolArgs,
} from './tools/invoke-function-tool.js';
export type { Tool } from './tools/tool.js';
export type {
  CallToolResult,
  CallToolResultContent,
  MCPCallToolOptions,
  MCPContent,
  MCPServer,
  MCPTool,
  MCPToolErrorFunction,
} from './mcp/mcp-server.js';
export type {
  MCPBlobResourceContent,
  MCPListResourcesParams,
  MCPListResourcesResult,
  MCPListResourceTemplatesResult,
  MCPReadResourceResult,
  MCPResource,
  MCPResourceContent,
  MCPResourceTemplate,
  MCPServerWithResources,
  MCPTextResourceContent,
} from './mcp/mcp-resources.js';
export type {
  MCPToolMetaContext,
  MCPToolMetaResolver,
} from './mcp/mcp-tool-meta.js';
export {
  createMCPToolStaticFilter,
  type MCPToolFilterCallable,
  type MCPToolFilterContext,
  type MCPToolFilterStatic,
} from './mcp/mcp-tool-filter.js';
export type {
  MCPToolApprovalSetting,
  MCPToolNames,
} from './mcp/mcp-tool-approval.js';
export { invalidateServerToolsCache } from './mcp/mcp-tool-cache.js';
export {
  mcpToFunctionTool,
  type MCPFunctionToolOptions,
} from './mcp/mcp-to-function-tool.js';
export {
  getAllMcpTools,
  type GetAllMcpToolsOptions,
  type MCPConfig,
} from './mcp/get-all-mcp-tools.js';
export type { SchemaInput, ZodLikeSchema } from './tools/tool-schema.js';
export type {
  InferSchemaOutput,
  StandardJsonSchemaConverter,
  StandardJsonSchemaOptions,
  StandardSchemaIssue,
  StandardSchemaLike,
  StandardSchemaProps,
  StandardSchemaResult,
  StandardSchemaTypes,
} from './tools/standard-schema.js';
