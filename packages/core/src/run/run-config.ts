import type { Model, ModelProvider } from '../model/model.js';
import type { ModelSettings } from '../model/settings.js';

/** Settings shared by every run of a `Runner`. */
export interface RunConfig {
  /** A model (name or instance) for every agent, overriding the agents' own `model`. */
  model?: string | Model;
  /** Resolves model names. Default: the provider set by `setDefaultModelProvider` (`@baton/agents` sets OpenAI). */
  modelProvider?: ModelProvider;
  /** Model settings for every agent; an agent's own settings override them field by field. */
  modelSettings?: ModelSettings;
  /** The most model calls one run may make. Default 10. */
  maxTurns?: number;
  /** A name for the workflow, shown in traces. Default `'Agent workflow'`. */
  workflowName?: string;
  /** How many function tools of one response may run at once. Default: all of them. */
  toolConcurrency?: number;
  /**
   * What to do when the model calls a tool the agent does not have: tell the model (`'return_error'`, default)
   * or end the run with a `ModelBehaviorError` (`'throw'`).
   */
  unknownToolBehavior?: 'return_error' | 'throw';
  /** How often a model stream that breaks before anything reached the caller is retried. Default 2. */
  streamRetries?: number;
}

/** Options of one run. */
export interface RunOptions<TContext = unknown> {
  /** Your own object, passed to instructions, tools and hooks; never sent to the model. */
  context?: TContext;
  /** The most model calls this run may make; overrides the runner's `maxTurns`. */
  maxTurns?: number;
  /** Aborts the run: the in-flight model call and its HTTP stream are closed, running tools see their signal abort. */
  signal?: AbortSignal;
  /** Stream events as they happen. */
  stream?: boolean;
  /** Continue a conversation stored by the provider: only new items are sent. */
  previousResponseId?: string;
}

/** @internal The settings a run works with, defaults filled in. */
export interface ResolvedRunConfig extends RunConfig {
  maxTurns: number;
  workflowName: string;
  unknownToolBehavior: 'return_error' | 'throw';
  streamRetries: number;
}

/** @internal */
export function resolveRunConfig(config: RunConfig): ResolvedRunConfig {
  return {
    ...config,
    maxTurns: config.maxTurns ?? 10,
    workflowName: config.workflowName ?? 'Agent workflow',
    unknownToolBehavior: config.unknownToolBehavior ?? 'return_error',
    streamRetries: config.streamRetries ?? 2,
  };
}
