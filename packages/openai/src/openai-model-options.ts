import type { ModelSettings } from '@baton/core';

/** Options of {@link OpenAIResponsesModel} and {@link OpenAIChatCompletionsModel}. */
export interface OpenAIModelOptions {
  /**
   * Settings this model starts from; a request's settings (the runner's and the agent's) override them field by
   * field. `OpenAIProvider` passes {@link getDefaultModelSettings} for the model's name.
   */
  defaultModelSettings?: ModelSettings;
  /**
   * Whether the model name is only a default (no agent or runner named one). A request with a prompt template
   * then leaves `model` out, so the template's own model applies (Responses API only). `OpenAIProvider` sets it
   * when it resolves the default name.
   */
  promptMayChooseModel?: boolean;
}
