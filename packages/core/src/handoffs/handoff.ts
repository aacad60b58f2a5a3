import type { Agent } from '../agent/agent.js';
import type { RunContext } from '../context/run-context.js';
import type { AgentInputItem } from '../items/items.js';
import type { RunItem } from '../items/run-item.js';
import { UserError } from '../errors/errors.js';
import type {
  FunctionToolDefinition,
  JsonObjectSchema,
} from '../model/model.js';
import { toIsEnabled } from '../tools/evaluate-is-enabled.js';
import type { IsEnabled, IsEnabledOption } from '../tools/function-tool.js';
import type {
  InferSchemaOutput,
  StandardSchemaLike,
} from '../tools/standard-schema.js';
import { toFunctionToolName } from '../tools/to-function-tool-name.js';
import {
  ToolSchema,
  type SchemaInput,
  type ZodLikeSchema,
} from '../tools/tool-schema.js';

/** What an input filter sees at a handoff, and returns (changed as it likes) for the next agent. */
export interface HandoffInputData {
  /** The run's input before this run generated anything. */
  inputHistory: string | AgentInputItem[];
  /** Items generated before the turn that handed off. */
  preHandoffItems: RunItem[];
  /** Items of the turn that handed off, the handoff call and its output included. */
  newItems: RunItem[];
  /** The run's context. Always given by the loop; optional so filters can be called without one. */
  runContext?: RunContext<any>;
}

/** Rewrites the conversation the next agent will see. */
export type HandoffInputFilter = (
  data: HandoffInputData,
) => HandoffInputData | Promise<HandoffInputData>;

/** Options of {@link handoff}. */
export interface HandoffOptions<
  TContext = unknown,
  TInput extends SchemaInput | undefined = undefined,
> {
  /** Called when the handoff happens, with the model's arguments when `inputType` is set. */
  onHandoff?: (
    runContext: RunContext<TContext>,
    input: TInput extends ZodLikeSchema | StandardSchemaLike
      ? InferSchemaOutput<TInput>
      : TInput extends undefined
        ? undefined
        : unknown,
  ) => void | Promise<void>;
  /** A schema for arguments the model must give when handing off (a reason, a priority...). */
  inputType?: TInput;
  /** Rewrites the history the next agent sees (see `removeAllTools`). */
  inputFilter?: HandoffInputFilter;
  /** The tool name the model sees. Default `transfer_to_<agent name>`. */
  toolNameOverride?: string;
  /** The tool description the model sees. Default built from the agent's `handoffDescription`. */
  toolDescriptionOverride?: string;
  /**
   * Offer the handoff only when this is (or returns) true. Default `true`. A function is called with the run
   * context and the agent; `({ runContext, agent }) => ...`, the Agents SDK's form, works too.
   */
  isEnabled?: IsEnabledOption<TContext>;
}

/** A way for one agent to pass the conversation to another; the model sees it as a function tool. */
export class Handoff<
  TContext = unknown,
  TAgent extends Agent<TContext, any> = Agent<TContext, any>,
> {
  /** The tool name the model calls. */
  readonly toolName: string;
  /** The tool description the model reads. */
  readonly toolDescription: string;
  /** The agent that takes over. */
  readonly agent: TAgent;
  /** The target agent's name. */
  readonly agentName: string;
  /** See {@link HandoffOptions.inputFilter}. */
  readonly inputFilter?: HandoffInputFilter;
  /** See {@link HandoffOptions.isEnabled}. */
  readonly isEnabled: IsEnabled<TContext>;
  /** @internal */
  readonly inputSchema?: ToolSchema;
  /** @internal */
  readonly onHandoff?: (
    runContext: RunContext<TContext>,
    input: unknown,
  ) => void | Promise<void>;
  #definition?: FunctionToolDefinition;

  constructor(agent: TAgent, options: HandoffOptions<TContext, any> = {}) {
    this.agent = agent;
    this.agentName = agent.name;
    this.toolName =
      options.toolNameOverride ?? defaultHandoffToolName(agent.name);
    this.toolDescription =
      options.toolDescriptionOverride ?? defaultHandoffDescription(agent);
    this.inputFilter = options.inputFilter;
    this.isEnabled = toIsEnabled(options.isEnabled);
    this.onHandoff = options.onHandoff as Handoff<TContext>['onHandoff'];
    if (options.inputType) {
      this.inputSchema = new ToolSchema(options.inputType, {
        strict: true,
        owner: `Handoff "${this.toolName}"`,
      });
    }
  }

  /** Handoff arguments are always sent in strict mode (the Agents SDK's field). */
  readonly strictJsonSchema = true;

  /**
   * The JSON schema of the handoff's arguments (the Agents SDK's field): an empty object without `inputType`.
   * For a zod 3 `inputType` it is only known once the handoff has been offered (or `definition()` awaited).
   */
  get inputJsonSchema(): JsonObjectSchema {
    if (!this.inputSchema) return noArguments();
    const known = this.#definition?.parameters ?? this.inputSchema.known;
    if (known) return known;
    throw new UserError(
      `Handoff "${this.toolName}": the JSON schema of a zod 3 inputType is built asynchronously; await handoff.definition() first.`,
    );
  }

  /** The handoff as the model sees it, synchronously (the Agents SDK's method); see {@link definition}. */
  getHandoffAsFunctionTool(): FunctionToolDefinition {
    return (
      this.#definition ?? {
        type: 'function',
        name: this.toolName,
        description: this.toolDescription,
        parameters: this.inputJsonSchema,
        strict: true,
      }
    );
  }

  /**
   * @internal What {@link definition} would resolve with, once it has been built, unless a subclass replaced it:
   * lets a turn offer the handoff without awaiting.
   */
  get builtDefinition(): FunctionToolDefinition | undefined {
    return this.definition === Handoff.prototype.definition
      ? this.#definition
      : undefined;
  }

  /** The handoff as the model sees it: a function tool. */
  async definition(): Promise<FunctionToolDefinition> {
    this.#definition ??= {
      type: 'function',
      name: this.toolName,
      description: this.toolDescription,
      parameters: this.inputSchema
        ? await this.inputSchema.jsonSchema()
        : noArguments(),
      strict: true,
    };
    return this.#definition;
  }
}

function noArguments(): JsonObjectSchema {
  return {
    type: 'object',
    properties: {},
    required: [],
    additionalProperties: false,
  };
}

/**
 * Lets an agent hand the conversation to `agent`, with options. Passing an agent straight into `handoffs` is the
 * same as `handoff(agent)`.
 *
 * @example
 * const triage = new Agent({
 *   name: 'Triage',
 *   handoffs: [billing, handoff(refunds, { onHandoff: () => console.log('refund requested') })],
 * });
 * @see docs/handoffs.md
 */
export function handoff<
  TContext,
  TAgent extends Agent<TContext, any>,
  TInput extends SchemaInput | undefined = undefined,
>(
  agent: TAgent,
  options: HandoffOptions<TContext, TInput> = {},
): Handoff<TContext, TAgent> {
  return new Handoff(agent, options);
}

/**
 * The tool name a handoff to this agent gets by default, as the Agents SDK builds it: `transfer_to_` and the
 * agent's name with every character but ASCII letters and digits turned into `_` (case is kept), so
 * `Billing agent` becomes `transfer_to_Billing_agent`.
 */
export function defaultHandoffToolName(
  agent: string | { name: string },
): string {
  return `transfer_to_${toFunctionToolName(
    typeof agent === 'string' ? agent : agent.name,
    'Agent',
  )}`;
}

/**
 * The output the model sees for its handoff call: `{"assistant":"<agent name>"}`, as in the Agents SDK.
 */
export function getTransferMessage(agent: { name: string }): string {
  return JSON.stringify({ assistant: agent.name });
}

/**
 * The handoff for an entry of `handoffs`: a `Handoff` as it is, an agent wrapped with the defaults.
 */
export function getHandoff<TContext, TAgent extends Agent<TContext, any>>(
  agent: TAgent | Handoff<TContext, TAgent>,
): Handoff<TContext, TAgent> {
  return agent instanceof Handoff ? agent : new Handoff(agent);
}

/** Word for word what `@openai/agents` sends, so ported agents send the model the same tool text. */
function defaultHandoffDescription(agent: Agent<any, any>): string {
  return `Handoff to the ${agent.name} agent to handle the request. ${agent.handoffDescription ?? ''}`;
}
