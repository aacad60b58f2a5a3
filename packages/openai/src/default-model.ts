import type { ModelSettings } from '@baton/core';
import { DEFAULT_OPENAI_MODEL } from './defaults.js';

/** The environment variable that names the default model, as in `@openai/agents`. */
export const OPENAI_DEFAULT_MODEL_ENV_VARIABLE_NAME = 'OPENAI_DEFAULT_MODEL';

// Chat aliases of GPT-5 models take no reasoning settings.
const GPT_5_CHAT_ALIAS = /^gpt-5(?:\.\d+)?-chat-latest$/;

// The reasoning effort each GPT-5-family model defaults to in Baton (the API's own default is slower); models not
// listed get no effort, as their supported values are not known.
const DEFAULT_REASONING_EFFORTS: Array<[RegExp, 'none' | 'low' | 'medium']> = [
  [/^gpt-5(?:-\d{4}-\d{2}-\d{2})?$/, 'low'],
  [/^gpt-5\.1(?:-\d{4}-\d{2}-\d{2})?$/, 'none'],
  [/^gpt-5\.2(?:-\d{4}-\d{2}-\d{2})?$/, 'none'],
  [/^gpt-5\.2-pro(?:-\d{4}-\d{2}-\d{2})?$/, 'medium'],
  [/^gpt-5\.2-codex$/, 'low'],
  [/^gpt-5\.3-codex$/, 'none'],
  [/^gpt-5\.4(?:-(?:mini|nano))?(?:-\d{4}-\d{2}-\d{2})?$/, 'none'],
  [/^gpt-5\.4-pro(?:-\d{4}-\d{2}-\d{2})?$/, 'medium'],
  [/^gpt-5\.5(?:-\d{4}-\d{2}-\d{2})?$/, 'none'],
];

/**
 * The model name a provider uses when neither the agent nor the runner names one: `OPENAI_DEFAULT_MODEL`
 * (lower-cased) when it is set and not empty, else {@link DEFAULT_OPENAI_MODEL}. Read on every call, so a change
 * to the environment applies to the next turn.
 */
export function getDefaultModel(): string {
  const environment = (
    globalThis as { process?: { env?: Record<string, string | undefined> } }
  ).process?.env;
  const name = environment?.[OPENAI_DEFAULT_MODEL_ENV_VARIABLE_NAME]?.trim();
  return name ? name.toLowerCase() : DEFAULT_OPENAI_MODEL;
}

/**
 * The settings a model name starts from, under the runner's and the agent's: GPT-5 and newer reasoning models get
 * `text.verbosity: 'low'` and, where known, a low-latency `reasoning.effort` (`gpt-5`: `low`, `gpt-5.1`: `none`,
 * ...); every other model (chat aliases included) gets none.
 * @param model The model name; defaults to {@link getDefaultModel}.
 */
export function getDefaultModelSettings(
  model: string = getDefaultModel(),
): ModelSettings {
  if (!isGpt5OrNewerReasoningModel(model)) return {};
  const effort = DEFAULT_REASONING_EFFORTS.find(([pattern]) =>
    pattern.test(model),
  )?.[1];
  return {
    ...(effort !== undefined && { reasoning: { effort } }),
    text: { verbosity: 'low' },
  };
}

function isGpt5OrNewerReasoningModel(model: string): boolean {
  if (GPT_5_CHAT_ALIAS.test(model)) return false;
  const major = /^gpt-(\d+)(?:\.\d+)?(?:-|$)/.exec(model)?.[1];
  return major !== undefined && Number(major) >= 5;
}
