import type { RunContext } from '../context/run-context.js';
import type { HostedToolDefinition } from '../model/model.js';
import type {
  Computer,
  ComputerAction,
  ComputerCallItem,
  ComputerSafetyCheck,
} from './computer.js';

/** Decides whether one action of a computer call needs a person's approval before it runs. */
export type ComputerApprovalFunction<TContext = unknown> = (
  runContext: RunContext<TContext>,
  action: ComputerAction,
  callId: string,
) => boolean | Promise<boolean>;

/**
 * What a safety-check handler decides: `true` acknowledges every pending check and the action runs; `false` rejects
 * the call (the action does not run); a list acknowledges those checks; `undefined` leaves the decision to a person
 * (the run stops with an approval interruption for the call).
 */
export type ComputerSafetyCheckResult =
  | boolean
  | undefined
  | void
  | { acknowledgedSafetyChecks: ComputerSafetyCheck[] }
  | { acknowledged_safety_checks: ComputerSafetyCheck[] };

/** Reviews the safety checks the API raised on a computer call. */
export type ComputerOnSafetyCheckFunction<TContext = unknown> = (args: {
  runContext: RunContext<TContext>;
  pendingSafetyChecks: ComputerSafetyCheck[];
  toolCall: ComputerCallItem;
}) => ComputerSafetyCheckResult | Promise<ComputerSafetyCheckResult>;

/** A computer offered to the model: the loop runs each `computer_call` on it and answers with a screenshot. */
export interface ComputerTool<TContext = unknown> {
  readonly type: 'computer';
  /** The tool's name in Baton (approvals are filed under it): `computer_use_preview` by default. */
  readonly name: string;
  /** The computer the actions run on. */
  readonly computer: Computer;
  /** Whether a call needs a person's approval; asked for each of its actions. */
  readonly needsApproval: ComputerApprovalFunction<TContext>;
  /** Reviews pending safety checks; without it, a person decides through an approval interruption. */
  readonly onSafetyCheck?: ComputerOnSafetyCheckFunction<TContext>;
  /** Computer tools are always offered. */
  readonly isEnabled?: true;
}

/** Options of {@link computerTool}. */
export interface ComputerToolOptions<TContext = unknown> {
  /** The computer the actions run on. */
  computer: Computer;
  /** The tool's name in Baton; `computer_use_preview` by default. Not sent. */
  name?: string;
  /**
   * `true` asks a person before every call; a function is asked for each action of a call, and one `true` is
   * enough. Defaults to `false`.
   */
  needsApproval?: boolean | ComputerApprovalFunction<TContext>;
  /**
   * Reviews the safety checks the API raises (`pending_safety_checks`). Pending checks are never acknowledged
   * silently: without a handler, or when it returns `undefined`, the run stops for a person's approval.
   */
  onSafetyCheck?: ComputerOnSafetyCheckFunction<TContext>;
}

const never = (): boolean => false;
const always = (): boolean => true;

/**
 * Gives an agent a computer: the model sees screenshots and asks for clicks, typing and key presses, which Baton
 * runs on `computer`, one step per call. With `environment` and `dimensions` on the computer it is offered as the
 * preview tool (`computer_use_preview`, for `computer-use-preview` models), else as the `computer` tool.
 * @example
 * const agent = new Agent({ name: 'Browser', model: 'computer-use-preview', tools: [computerTool({ computer })] });
 * @see docs/computer-use.md
 */
export function computerTool<TContext = unknown>(
  options: ComputerToolOptions<TContext>,
): ComputerTool<TContext> {
  const { needsApproval } = options;
  return {
    type: 'computer',
    name: options.name ?? 'computer_use_preview',
    computer: options.computer,
    needsApproval:
      typeof needsApproval === 'function'
        ? needsApproval
        : needsApproval === true
          ? always
          : never,
    ...(options.onSafetyCheck && { onSafetyCheck: options.onSafetyCheck }),
  };
}

/** Whether the tool asks a person about no action at all, so approvals need not be looked up. @internal */
export function neverAsks(tool: ComputerTool<any>): boolean {
  return tool.needsApproval === never;
}

/** The tool as the API takes it. @internal */
export function computerToolDefinition(
  tool: ComputerTool<any>,
): HostedToolDefinition {
  const { environment, dimensions } = tool.computer;
  const providerData =
    environment && dimensions
      ? {
          type: 'computer_use_preview',
          environment,
          display_width: dimensions[0],
          display_height: dimensions[1],
        }
      : { type: 'computer' };
  return { type: 'hosted_tool', name: tool.name, providerData };
}
