import type { ComputerCallOutputItem } from '../computer/computer.js';
import type { Agent } from '../agent/agent.js';
import type {
  AgentInputItem,
  AssistantMessageItem,
  FunctionCallItem,
  FunctionCallOutputItem,
  HostedToolCallItem,
  ReasoningItem,
  UnknownItem,
} from './items.js';

/**
 * Run items wrap one canonical item and the agent it belongs to. They copy nothing out of the item: `rawItem` is
 * what the model sent (or what Baton sends back), and it is what goes to the next turn.
 */
abstract class RunItemBase<TType extends string, TRaw extends AgentInputItem> {
  abstract readonly type: TType;
  constructor(
    /** The canonical item. */
    readonly rawItem: TRaw,
    /** The agent whose turn produced it. */
    readonly agent: Agent<any, any>,
  ) {}

  /** A JSON form: the type, the raw item and the agent's name. */
  toJSON(): { type: TType; rawItem: TRaw; agent: { name: string } } {
    return {
      type: this.type,
      rawItem: this.rawItem,
      agent: { name: this.agent.name },
    };
  }
}

/** A message the model wrote. */
export class RunMessageOutputItem extends RunItemBase<
  'message_output_item',
  AssistantMessageItem
> {
  readonly type = 'message_output_item' as const;

  /** The message's text (refusals included), joined. */
  get content(): string {
    return this.rawItem.content
      .map((part) =>
        part.type === 'output_text'
          ? part.text
          : part.type === 'refusal'
            ? part.refusal
            : '',
      )
      .join('');
  }
}

/** A tool call: a function call, or a hosted tool's call. */
export class RunToolCallItem extends RunItemBase<
  'tool_call_item',
  FunctionCallItem | HostedToolCallItem
> {
  readonly type = 'tool_call_item' as const;
}

/** A function tool's result. */
export class RunToolCallOutputItem extends RunItemBase<
  'tool_call_output_item',
  FunctionCallOutputItem | ComputerCallOutputItem
> {
  readonly type = 'tool_call_output_item' as const;
  constructor(
    rawItem: FunctionCallOutputItem | ComputerCallOutputItem,
    agent: Agent<any, any>,
    /** What the tool returned, before it was turned into the wire output; the error text the model saw when it failed. */
    readonly output: unknown,
  ) {
    super(rawItem, agent);
  }

  /** A JSON form: the base fields and the tool's `output`. */
  override toJSON() {
    return { ...super.toJSON(), output: this.output };
  }
}

/** The model's reasoning. */
export class RunReasoningItem extends RunItemBase<
  'reasoning_item',
  ReasoningItem
> {
  readonly type = 'reasoning_item' as const;
}

/** The model asked to hand off to another agent. */
export class RunHandoffCallItem extends RunItemBase<
  'handoff_call_item',
  FunctionCallItem
> {
  readonly type = 'handoff_call_item' as const;
}

/** A handoff took place; the raw item is the output sent back for the handoff call. */
export class RunHandoffOutputItem extends RunItemBase<
  'handoff_output_item',
  FunctionCallOutputItem
> {
  readonly type = 'handoff_output_item' as const;
  constructor(
    rawItem: FunctionCallOutputItem,
    /** The agent that handed off. */
    readonly sourceAgent: Agent<any, any>,
    /** The agent that took over. */
    readonly targetAgent: Agent<any, any>,
  ) {
    super(rawItem, sourceAgent);
  }

  /** A JSON form: the base fields and both agents' names. */
  override toJSON() {
    return {
      ...super.toJSON(),
      sourceAgent: { name: this.sourceAgent.name },
      targetAgent: { name: this.targetAgent.name },
    };
  }
}

/** A tool call that waits for a person's approval before it runs. */
export class RunToolApprovalItem extends RunItemBase<
  'tool_approval_item',
  FunctionCallItem | HostedToolCallItem | UnknownItem
> {
  readonly type = 'tool_approval_item' as const;
  constructor(
    rawItem: FunctionCallItem | HostedToolCallItem | UnknownItem,
    agent: Agent<any, any>,
    /** The name of the tool that asks for approval. */
    readonly toolName?: string,
  ) {
    super(rawItem, agent);
  }

  /** A JSON form: the base fields and `toolName`, when it was given. */
  override toJSON() {
    return {
      ...super.toJSON(),
      ...(this.toolName !== undefined && { toolName: this.toolName }),
    };
  }

  /** The tool's name: `toolName`, else the call's `name`. */
  get name(): string | undefined {
    const name = (this.rawItem as { name?: unknown }).name;
    return this.toolName ?? (typeof name === 'string' ? name : undefined);
  }

  /** The call's id (`call_id`, else the item's `id`): what a decision on this one call is filed under. */
  get callId(): string {
    const raw = this.rawItem as { call_id?: unknown; id?: unknown };
    if (typeof raw.call_id === 'string') return raw.call_id;
    return typeof raw.id === 'string' ? raw.id : '';
  }

  /** The call's arguments as the model wrote them, when it has any. */
  get arguments(): string | undefined {
    const args = (this.rawItem as { arguments?: unknown }).arguments;
    return typeof args === 'string' ? args : undefined;
  }
}

/** An item of a type Baton does not know, carried to the next turn unchanged. */
export class RunUnknownItem extends RunItemBase<'unknown_item', UnknownItem> {
  readonly type = 'unknown_item' as const;
}

/** Anything a run generates. */
export type RunItem =
  | RunMessageOutputItem
  | RunToolCallItem
  | RunToolCallOutputItem
  | RunReasoningItem
  | RunHandoffCallItem
  | RunHandoffOutputItem
  | RunToolApprovalItem
  | RunUnknownItem;
