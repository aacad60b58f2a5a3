import { Runner } from '../run/run.js';
import type { ResolvedRunConfig, RunConfig } from '../run/run-config.js';

/**
 * The runner of an agent tool's nested runs: the calling run's provider, default model and settings (as the Agents
 * SDK passes them on: without the parent's `toolChoice` and `parallelToolCalls`, which are about the parent's own
 * tools), tool limits and tracing switches, under the tool's own `runConfig`. One per calling runner, made once.
 * @internal
 */
export class AgentToolRunners {
  readonly #byParent = new WeakMap<object, Runner>();
  #standalone: Runner | undefined;

  constructor(readonly override: Partial<RunConfig> | undefined) {}

  for(parent: ResolvedRunConfig | undefined): Runner {
    if (!parent) return (this.#standalone ??= new Runner(this.override));
    let runner = this.#byParent.get(parent);
    if (!runner) {
      runner = new Runner({
        ...inherited(parent, this.override),
        ...this.override,
      });
      this.#byParent.set(parent, runner);
    }
    return runner;
  }
}

function inherited(
  parent: ResolvedRunConfig,
  override: Partial<RunConfig> | undefined,
): RunConfig {
  const ownProvider = override?.modelProvider !== undefined;
  const config: RunConfig = {
    modelProvider: parent.modelProvider,
    toolConcurrency: parent.toolConcurrency,
    unknownToolBehavior: parent.unknownToolBehavior,
    streamRetries: parent.streamRetries,
    tracing: parent.tracing,
    tracingDisabled: parent.tracingDisabled,
    traceIncludeSensitiveData: parent.traceIncludeSensitiveData,
    runStateLedger: parent.runStateLedger,
  };
  if (!ownProvider) {
    config.model = parent.model;
    if (parent.modelSettings) {
      const {
        toolChoice: _toolChoice,
        parallelToolCalls: _parallelToolCalls,
        ...settings
      } = parent.modelSettings;
      config.modelSettings = settings;
    }
  }
  return config;
}
