import type { RunContext } from '../context/run-context.js';
import { UserError } from '../errors/errors.js';
import { AgentHooks } from '../lifecycle/hooks.js';
import type { InputGuardrail } from '../guardrails/input-guardrail.js';
import type { OutputGuardrail } from '../guardrails/output-guardrail.js';
import { Handoff } from '../handoffs/handoff.js';
import type { Model, Prompt } from '../model/model.js';
import type { ModelSettings } from '../model/settings.js';
import { evaluateIsEnabled } from '../tools/evaluate-is-enabled.js';
import type { Tool } from '../tools/tool.js';
import { getAllMcpTools, type MCPConfig } from '../mcp/get-all-mcp-tools.js';
import type { MCPServer } from '../mcp/mcp-server.js';
import { resolveInstructions, type Instructions } from './instructions.js';
import { OutputSchema, type AgentOutputType } from './output-type.js';
import type { ToolUseBehavior } from './tool-use-behavior.js';
import type { SchemaInput } from '../tools/tool-schema.js';
import {
  agentAsTool,
  type AgentTool,
  type AgentToolDefaultParameters,
  type AgentToolOptions,
} from './as-tool.js';
import { registerAgentMethods } from './turn-offer.js';

/** Everything an agent is made of. Only `name` is required. */
export interface AgentConfiguration<
  TContext = unknown,
  TOutput extends AgentOutputType = 'text',
> {
  /** The agent's name: shown in traces and used for the default handoff tool name. Must not be empty. */
  name: string;
  /** The system prompt: text, or a function of the run context and the agent (may be async). */
  instructions?: Instructions<TContext>;
  /**
   * A reusable prompt template stored on the OpenAI platform (Responses API only): `{ promptId, version?,
   * variables? }`, or a function of the run context and the agent that returns one (may be async). It is sent with
   * every request of this agent, beside `instructions` if both are set.
   */
  prompt?: AgentPrompt<TContext>;
  /** What this agent is for, as other agents see it when they can hand off to it. */
  handoffDescription?: string;
  /** Agents (or configured `handoff()`s) this agent may pass the conversation to. */
  handoffs?: Array<Agent<any, any> | Handoff<any, any>>;
  /** A model name for the run's provider, or a `Model` instance. Default: the runner's model or provider default. */
  model?: string | Model;
  /** Model tuning for this agent; overrides the runner's settings field by field. */
  modelSettings?: ModelSettings;
  /** Tools the model may call. */
  tools?: Tool<TContext>[];
  /** The final output's type: `'text'` (default), a zod object schema, or a JSON schema output type. */
  outputType?: TOutput;
  /**
   * What happens after tools run: `'run_llm_again'` (default) lets the model see the results;
   * `'stop_on_first_tool'` makes the first tool's result the final output; `{ stopAtToolNames }` does so only for
   * the named tools; a function decides.
   */
  toolUseBehavior?: ToolUseBehavior<TContext>;
  /** After the agent has used a tool, stop forcing `toolChoice` so it cannot loop on tool calls. Default `true`. */
  resetToolChoice?: boolean;
  /**
   * Checks of the run's input when this agent starts the run, on the first turn. Parallel ones (the default) run
   * beside the first model call and abort it when they trip; `runInParallel: false` ones run before it.
   */
  inputGuardrails?: InputGuardrail<TContext>[];
  /** Checks of this agent's final output before the caller sees it. */
  outputGuardrails?: OutputGuardrail<TContext>[];
  /**
   * MCP servers whose tools the agent offers, listed on every turn (or cached, with `cacheToolsList`) and
   * placed before `tools`. Connect them before the run and close them after (see `connectMcpServers`).
   * @see docs/mcp.md
   */
  mcpServers?: MCPServer[];
  /** How MCP tools are built: strict schemas, the error text the model sees, server-prefixed names. */
  mcpConfig?: MCPConfig;
  /**
   * The Agents SDK's switch for a warning about handoff output types. Baton never gives that warning, so the
   * option is accepted and has nothing to switch.
   */
  handoffOutputTypeWarningEnabled?: boolean;
}

/** An agent's prompt template: fixed, or a function of the run's context and the agent. */
export type AgentPrompt<TContext = unknown> =
  | Prompt
  | ((
      runContext: RunContext<TContext>,
      agent: Agent<TContext, any>,
    ) => Prompt | Promise<Prompt>);

type HandoffAgentOutput<T> =
  T extends Handoff<any, infer A>
    ? A extends Agent<any, infer O>
      ? O
      : never
    : T extends Agent<any, infer O>
      ? O
      : never;

/**
 * An agent: a model with instructions, tools and handoffs, run by `run()` or a `Runner`.
 *
 * @example
 * const agent = new Agent({ name: 'Assistant', instructions: 'You answer briefly.' });
 * const result = await run(agent, 'What is a baton?');
 * console.log(result.finalOutput);
 * @see docs/agents.md
 */
export class Agent<
  TContext = unknown,
  TOutput extends AgentOutputType = 'text',
> extends AgentHooks<TContext> {
  readonly name: string;
  instructions: Instructions<TContext>;
  prompt: AgentPrompt<TContext> | undefined;
  handoffDescription: string;
  handoffs: Array<Agent<any, any> | Handoff<any, any>>;
  model: string | Model | undefined;
  modelSettings: ModelSettings;
  tools: Tool<TContext>[];
  outputType: TOutput;
  toolUseBehavior: ToolUseBehavior<TContext>;
  resetToolChoice: boolean;
  inputGuardrails: InputGuardrail<TContext>[];
  outputGuardrails: OutputGuardrail<TContext>[];
  mcpServers: MCPServer[];
  mcpConfig: MCPConfig;
  #outputSchema?: OutputSchema;
  // Handoffs given as bare agents are wrapped once, so their tool definitions are built once.
  readonly #wrappedHandoffs = new WeakMap<Agent<any, any>, Handoff<any, any>>();
  #outputSchemaSource?: AgentOutputType;

  constructor(config: AgentConfiguration<TContext, TOutput>) {
    super();
    if (typeof config.name !== 'string' || config.name.trim() === '') {
      throw new UserError('An agent needs a non-empty `name`.');
    }
    this.name = config.name;
    this.instructions = config.instructions ?? '';
    this.prompt = config.prompt;
    this.handoffDescription = config.handoffDescription ?? '';
    this.handoffs = config.handoffs ?? [];
    this.model = config.model;
    this.modelSettings = config.modelSettings ?? {};
    this.tools = config.tools ?? [];
    this.outputType = config.outputType ?? ('text' as TOutput);
    this.toolUseBehavior = config.toolUseBehavior ?? 'run_llm_again';
    this.resetToolChoice = config.resetToolChoice ?? true;
    this.inputGuardrails = config.inputGuardrails ?? [];
    this.outputGuardrails = config.outputGuardrails ?? [];
    this.mcpServers = config.mcpServers ?? [];
    this.mcpConfig = config.mcpConfig ?? {};
    // Validate the output schema now so a bad one fails at construction, not mid-run.
    this.outputSchema();
  }

  /**
   * Creates an agent whose output type is the union of its own and its handoff targets' output types, so
   * `result.finalOutput` is typed correctly whichever agent ends the run.
   */
  static create<
    TOutput extends AgentOutputType = 'text',
    const THandoffs extends ReadonlyArray<Agent<any, any> | Handoff<any, any>> =
      [],
  >(
    config: Omit<AgentConfiguration<unknown, TOutput>, 'handoffs'> & {
      handoffs?: THandoffs;
    },
  ): Agent<unknown, TOutput | HandoffAgentOutput<THandoffs[number]>> {
    return new Agent({
      ...config,
      handoffs: [...(config.handoffs ?? [])],
    }) as Agent<unknown, TOutput | HandoffAgentOutput<THandoffs[number]>>;
  }

  /** A copy of this agent with some fields replaced. */
  clone<TNewOutput extends AgentOutputType = TOutput>(
    changes: Partial<AgentConfiguration<TContext, TNewOutput>> = {},
  ): Agent<TContext, TNewOutput> {
    return new Agent<TContext, TNewOutput>({
      name: this.name,
      instructions: this.instructions,
      prompt: this.prompt,
      handoffDescription: this.handoffDescription,
      handoffs: [...this.handoffs],
      model: this.model,
      modelSettings: { ...this.modelSettings },
      tools: [...this.tools],
      outputType: this.outputType as unknown as TNewOutput,
      toolUseBehavior: this.toolUseBehavior,
      resetToolChoice: this.resetToolChoice,
      inputGuardrails: [...this.inputGuardrails],
      outputGuardrails: [...this.outputGuardrails],
      mcpServers: [...this.mcpServers],
      mcpConfig: { ...this.mcpConfig },
      ...changes,
    });
  }

  /** The handoffs as `Handoff` objects (agents given directly are wrapped with the defaults). */
  get handoffObjects(): Handoff<any, any>[] {
    return this.handoffs.map((target) => {
      if (target instanceof Handoff) return target;
      let wrapped = this.#wrappedHandoffs.get(target);
      if (!wrapped)
        this.#wrappedHandoffs.set(target, (wrapped = new Handoff(target)));
      return wrapped;
    });
  }

  /**
   * The handoffs offered to the model on a turn with this run context: every entry of `handoffs` as a
   * `Handoff`, without those whose `isEnabled` is (or returns) false.
   */
  async getEnabledHandoffs(
    runContext: RunContext<TContext>,
  ): Promise<Handoff<any, any>[]> {
    const enabled: Handoff<any, any>[] = [];
    for (const target of this.handoffObjects) {
      if (await evaluateIsEnabled(target.isEnabled, runContext, this))
        enabled.push(target);
    }
    return enabled;
  }

  /** The tools of the agent's MCP servers for a turn with this run context, filtered by each server's `toolFilter`. */
  async getMcpTools(
    runContext: RunContext<TContext>,
  ): Promise<Tool<TContext>[]> {
    if (this.mcpServers.length === 0) return [];
    return getAllMcpTools({
      ...this.mcpConfig,
      mcpServers: this.mcpServers,
      runContext,
      agent: this,
    });
  }

  /**
   * The tools offered to the model on a turn with this run context: the MCP servers' tools, then function tools
   * whose `isEnabled` is (or returns) true and every hosted tool, in the order of `tools`.
   */
  async getAllTools(
    runContext: RunContext<TContext>,
  ): Promise<Tool<TContext>[]> {
    const enabled: Tool<TContext>[] = await this.getMcpTools(runContext);
    for (const candidate of this.tools) {
      if (
        candidate.type !== 'function' ||
        (await evaluateIsEnabled(candidate.isEnabled, runContext, this))
      )
        enabled.push(candidate);
    }
    return enabled;
  }

  /**
   * This agent as a function tool another agent can call: each call runs this agent as a nested run, with the
   * caller's context, signal, trace, usage and approvals (see {@link AgentToolOptions}).
   *
   * @example
   * const orchestrator = new Agent({
   *   name: 'Orchestrator',
   *   tools: [spanish.asTool({ toolName: 'to_spanish', toolDescription: 'Translate to Spanish' })],
   * });
   * @see docs/agents-as-tools.md
   */
  asTool<TParameters extends SchemaInput = AgentToolDefaultParameters>(
    this: Agent<TContext, TOutput>,
    options: AgentToolOptions<
      TContext,
      Agent<TContext, TOutput>,
      TParameters
    > = {},
  ): AgentTool<TContext, Agent<TContext, TOutput>, TParameters> {
    return agentAsTool(this, options);
  }

  /** The resolved system prompt for a run context. */
  async getSystemPrompt(
    runContext: RunContext<TContext>,
  ): Promise<string | undefined> {
    return resolveInstructions(this, runContext);
  }

  /** The prompt template for a run context, calling `prompt` if it is a function; `undefined` without one. */
  async getPrompt(
    runContext: RunContext<TContext>,
  ): Promise<Prompt | undefined> {
    const { prompt } = this;
    return typeof prompt === 'function'
      ? await prompt(runContext, this)
      : prompt;
  }

  /** @internal The output type made usable; rebuilt if `outputType` was reassigned. */
  outputSchema(): OutputSchema {
    if (!this.#outputSchema || this.#outputSchemaSource !== this.outputType) {
      this.#outputSchema = new OutputSchema(this.outputType, this.name);
      this.#outputSchemaSource = this.outputType;
    }
    return this.#outputSchema;
  }
}

registerAgentMethods(Agent.prototype);
