/**
 * Baton models for OpenAI: the Responses API (the default) and Chat Completions (for OpenAI-compatible servers),
 * the provider that resolves model names to them, and a session kept by the Conversations API.
 * @module
 */
export { OpenAIResponsesModel } from './responses/responses-model.js';
export { OpenAIChatCompletionsModel } from './chat-completions/chat-model.js';
export { OpenAIProvider, type OpenAIProviderOptions } from './provider.js';
export {
  OpenAIConversationsSession,
  type OpenAIConversationsSessionOptions,
} from './conversations/openai-conversations-session.js';
export type { OpenAIConversationsClientOptions } from './conversations/conversations-client.js';
export { startOpenAIConversationsSession } from './conversations/start-openai-conversations-session.js';
export type { OpenAIModelOptions } from './openai-model-options.js';
export {
  OPENAI_DEFAULT_MODEL_ENV_VARIABLE_NAME,
  getDefaultModel,
  getDefaultModelSettings,
} from './default-model.js';
export {
  DEFAULT_OPENAI_MODEL,
  setDefaultOpenAIClient,
  setDefaultOpenAIKey,
  setOpenAIAPI,
  type OpenAIAPI,
} from './defaults.js';
export {
  OPENAI_CHAT_COMPLETIONS_RAW_MODEL_EVENT_SOURCE,
  OPENAI_RESPONSES_RAW_MODEL_EVENT_SOURCE,
  isOpenAIChatCompletionsRawModelStreamEvent,
  isOpenAIResponsesRawModelStreamEvent,
  type OpenAIChatCompletionsRawModelStreamEvent,
  type OpenAIRawModelEventSource,
  type OpenAIResponsesRawModelStreamEvent,
} from './raw-model-stream-events.js';
