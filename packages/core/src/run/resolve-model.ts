import type { Agent } from '../agent/agent.js';
import { UserError } from '../errors/errors.js';
import { getDefaultModelProvider } from '../model/default-provider.js';
import type { Model } from '../model/model.js';
import type { RunConfig } from './run-config.js';

/**
 * Finds the model for an agent's turn: the agent's own `model` when it sets one (as in `@openai/agents`), else the
 * runner's, else the provider's default.
 * Names are resolved by the provider on every turn (providers cache what is worth caching), so a provider whose
 * configuration changes between runs is followed. A `Model` instance comes back as it is, with no promise around
 * it; a failure comes back as a rejected promise, never a throw.
 * @internal
 */
export function modelOf(
  agent: Agent<any, any>,
  config: RunConfig,
): Model | Promise<Model> {
  const source =
    agent.model !== undefined && agent.model !== ''
      ? agent.model
      : config.model;
  if (source !== undefined && typeof source !== 'string') return source;
  const provider = config.modelProvider ?? getDefaultModelProvider();
  if (!provider) {
    return Promise.reject(
      new UserError(
        `No model provider for agent "${agent.name}". Import from @baton/agents (which sets the OpenAI provider), ` +
          'call setDefaultModelProvider(), or give the Runner a modelProvider or the agent a Model instance.',
      ),
    );
  }
  try {
    return provider.getModel(source || undefined);
  } catch (error) {
    return Promise.reject(error);
  }
}
