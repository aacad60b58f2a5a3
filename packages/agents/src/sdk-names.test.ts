import { describe, expect, it } from 'vitest';
import * as agents from './index.js';
import * as testing from './testing/index.js';

// Names @openai/agents exports for concepts Baton has, so ported imports resolve.
const SDK_NAMES = [
  'AgentsError',
  'SystemError',
  'ModelRefusalError',
  'ModelTimeoutError',
  'InvalidToolOutputError',
  'ToolCallError',
  'ToolTimeoutError',
  'getHandoff',
  'getTransferMessage',
  'user',
  'assistant',
  'system',
  'extractAllTextOutput',
  'invokeFunctionTool',
  'getLogger',
  'setSensitiveDataLoggingEnabled',
  'isOpenAIResponsesRawModelStreamEvent',
  'isOpenAIChatCompletionsRawModelStreamEvent',
  'OPENAI_RESPONSES_RAW_MODEL_EVENT_SOURCE',
  'OPENAI_CHAT_COMPLETIONS_RAW_MODEL_EVENT_SOURCE',
  'defineInputGuardrail',
  'defineOutputGuardrail',
  'InputGuardrailTripwireTriggered',
  'OutputGuardrailTripwireTriggered',
  'GuardrailExecutionError',
  'AgentHooks',
  'RunHooks',
  'RunToolApprovalItem',
  'defineToolInputGuardrail',
  'defineToolOutputGuardrail',
  'ToolGuardrailFunctionOutputFactory',
  'ToolInputGuardrailTripwireTriggered',
  'ToolOutputGuardrailTripwireTriggered',
  'RunState',
  'webSearchTool',
  'fileSearchTool',
  'codeInterpreterTool',
  'imageGenerationTool',
  // Session stores (@baton/openai's; SQLite and Redis are Baton's own, from @baton/sessions).
  'OpenAIConversationsSession',
  'startOpenAIConversationsSession',
  // Tracing (@baton/tracing, re-exported).
  'withTrace',
  'getCurrentTrace',
  'getCurrentSpan',
  'getOrCreateTrace',
  'setCurrentSpan',
  'resetCurrentSpan',
  'createAgentSpan',
  'createCustomSpan',
  'createFunctionSpan',
  'createGenerationSpan',
  'createGuardrailSpan',
  'createHandoffSpan',
  'createResponseSpan',
  'withAgentSpan',
  'withCustomSpan',
  'withFunctionSpan',
  'withGenerationSpan',
  'withGuardrailSpan',
  'withHandoffSpan',
  'withResponseSpan',
  'addTraceProcessor',
  'setTraceProcessors',
  'setTracingDisabled',
  'setTracingExportApiKey',
  'BatchTraceProcessor',
  'ConsoleSpanExporter',
  'MultiTracingProcessor',
  'OpenAITracingExporter',
  'setDefaultOpenAITracingExporter',
  'generateTraceId',
  'generateSpanId',
  'generateGroupId',
  'startTraceExportLoop',
  'getGlobalTraceProvider',
  'TraceProvider',
  'Trace',
  'Span',
  'NoopTrace',
  'NoopSpan',
];

const SDK_TESTING_NAMES = [
  'ScriptedModel',
  'assistantMessage',
  'functionCall',
  'modelResponse',
  'modelError',
  'modelResponder',
  'modelStream',
  'modelStreamResponder',
  'UnexpectedModelCallError',
  'UnconsumedModelStepsError',
  'InvalidScriptedModelStepError',
  'ScriptedModelRequestAbortedError',
];

describe('the Agents SDK names', () => {
  it('are exported by @baton/agents', () => {
    expect(SDK_NAMES.filter((name) => !(name in agents))).toEqual([]);
  });

  it('of @openai/agents-core/testing are exported by @baton/agents/testing', () => {
    expect(SDK_TESTING_NAMES.filter((name) => !(name in testing))).toEqual([]);
  });
});
