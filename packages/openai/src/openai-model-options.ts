import type { ModelSettings } from '@baton/core';

/** Options of {@link OpenAIResponsesModel} and {@link OpenAIChatCompletionsModel}. */
export interface OpenAIModelOptions {
  /**
   * Settings this model starts from; a request's settings (the runner's and the agent's) override them field by
   * field. `OpenAIProvider` passes {@link getDefaultModelSettings} for the model's name.
   */
  defaultModelSettings?: ModelSettings;
}
