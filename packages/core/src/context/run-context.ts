import type { RunToolApprovalItem } from '../items/run-item.js';
import { Approvals, type ToolApprovalRecord } from './approvals.js';
import { Usage } from './usage.js';

/**
 * What every instruction function, tool and hook of a run receives: the caller's own `context` object (never sent
 * to the model), the usage so far, and the approval decisions taken on tool calls.
 */
export class RunContext<TContext = unknown> {
  /** The object passed as `context` to `run()`; Baton never reads or sends it. */
  context: TContext;
  /** Token usage of the run so far. */
  usage: Usage;
  #approvals: Approvals;

  constructor(
    context: TContext = {} as TContext,
    usage: Usage = new Usage(),
    /** @internal Decisions restored from a saved state. */
    approvals: Record<string, ToolApprovalRecord> = {},
  ) {
    this.context = context;
    this.usage = usage;
    this.#approvals = new Approvals(approvals);
  }

  /**
   * Whether a tool call may run: `true` approved, `false` rejected, `undefined` when nobody has decided yet.
   * A decision on this very call wins over one taken for every call of the tool.
   */
  isToolApproved(approval: {
    toolName: string;
    callId: string;
  }): boolean | undefined {
    return this.#approvals.decision(approval.toolName, approval.callId);
  }

  /**
   * Approves the call of an interruption; with `alwaysApprove`, every call of that tool for the rest of the run.
   * `state.approve(item)` does the same.
   */
  approveTool(
    approvalItem: RunToolApprovalItem,
    options: { alwaysApprove?: boolean } = {},
  ): void {
    this.#approvals.approve(approvalItem, options.alwaysApprove);
  }

  /**
   * Rejects the call of an interruption (the model is told `message`, or that the call was not approved); with
   * `alwaysReject`, every call of that tool for the rest of the run. `state.reject(item)` does the same.
   */
  rejectTool(
    approvalItem: RunToolApprovalItem,
    options: { alwaysReject?: boolean; message?: string } = {},
  ): void {
    this.#approvals.reject(approvalItem, options.alwaysReject, options.message);
  }

  /** The message given when this call (or every call of its tool) was rejected, if one was. */
  getRejectionMessage(toolName: string, callId: string): string | undefined {
    return this.#approvals.rejectionMessage(toolName, callId);
  }

  /** @internal Drops the decision taken on this one call (a tool-wide decision stays). */
  forgetDecision(toolName: string, callId: string): void {
    this.#approvals.forget(toolName, callId);
  }

  /** @internal The decisions as a run state stores them. */
  approvalsJson(): Record<string, ToolApprovalRecord> {
    return this.#approvals.toJSON();
  }
}
