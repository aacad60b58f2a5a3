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
 * it, and so does the model of a provider's promise that has resolved before; a failure comes back as a rejected
 * promise, never a throw.
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
    return settled(provider.getModel(source || undefined));
  } catch (error) {
    return Promise.reject(error);
  }
}

// What the providers' promises resolved with. A provider that caches its models hands back the very same promise
// turn after turn; once it has resolved, its model is used as it is, and the turn waits for nothing.
const resolvedModels = new WeakMap<Promise<Model>, Model>();

function settled(model: Model | Promise<Model>): Model | Promise<Model> {
  if (!(model instanceof Promise)) return model;
  const known = resolvedModels.get(model);
  if (known) return known;
  return model.then((resolved) => {
    resolvedModels.set(model, resolved);
    return resolved;
  });
}
