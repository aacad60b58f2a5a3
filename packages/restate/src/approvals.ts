import type { RunToolApprovalItem, RunState } from '@baton/core';
import {
  RestatePromise,
  TerminalError,
  type ObjectContext,
  type ObjectSharedContext,
  type WorkflowContext,
  type WorkflowSharedContext,
} from '@restatedev/restate-sdk';

/** A person's decision on a tool call that waits for approval. */
export interface ApprovalDecision {
  /** The `call_id` of the tool call. */
  callId: string;
  /** Approve every later call of the same tool in this run too (approve), or reject them all (reject). */
  always?: boolean;
  /** For a rejection: what the model is told instead of the tool's result. */
  message?: string;
}

/** A tool call the run waits on, as the `approvals` handler lists it. */
export interface PendingApproval {
  /** The `call_id` to approve or reject. */
  callId: string;
  /** The tool that asks. */
  toolName: string;
  /** The call's arguments, as the model wrote them (JSON text). */
  arguments: string;
  /** The agent whose call it is. */
  agent: string;
}

interface StoredApproval extends PendingApproval {
  awakeableId: string;
}

interface Verdict {
  approved: boolean;
  always?: boolean;
  message?: string;
}

const APPROVALS = 'approvals';

type StatefulContext = ObjectContext | WorkflowContext;
type SharedContext = ObjectSharedContext | WorkflowSharedContext;

/**
 * Suspends the invocation until every interruption has a decision, then files them on `state`. Each call waits on
 * its own awakeable, whose id is kept in the invocation's Restate state for `decide` to find; while the run waits,
 * Restate suspends it and no worker holds it.
 * @internal
 */
export async function awaitApprovals(
  ctx: StatefulContext,
  state: RunState<any, any>,
  interruptions: RunToolApprovalItem[],
): Promise<void> {
  const waits = interruptions.map((item) => ({
    item,
    awakeable: ctx.awakeable<Verdict>(),
  }));
  const stored: StoredApproval[] = waits.map(({ item, awakeable }) => {
    const raw = item.rawItem as {
      call_id?: string;
      id?: string;
      name?: string;
      arguments?: string;
    };
    return {
      callId: raw.call_id ?? raw.id ?? '',
      toolName: item.toolName ?? raw.name ?? '',
      arguments: raw.arguments ?? '',
      agent: item.agent.name,
      awakeableId: awakeable.id,
    };
  });
  ctx.set(APPROVALS, stored);
  const verdicts = await RestatePromise.all(
    waits.map(({ awakeable }) => awakeable.promise),
  );
  ctx.clear(APPROVALS);
  waits.forEach(({ item }, index) => {
    const verdict = verdicts[index]!;
    if (verdict.approved)
      state.approve(item, { alwaysApprove: verdict.always === true });
    else
      state.reject(item, {
        alwaysReject: verdict.always === true,
        ...(verdict.message !== undefined && { message: verdict.message }),
      });
  });
}

/** The calls the run waits on now (none when it is not waiting). @internal */
export async function pendingApprovals(
  ctx: SharedContext,
): Promise<PendingApproval[]> {
  const stored = (await ctx.get<StoredApproval[]>(APPROVALS)) ?? [];
  return stored.map(({ awakeableId: _id, ...pending }) => pending);
}

/**
 * Resolves the awakeable of one waiting call with a decision; a call that is not waiting is a `TerminalError` (404)
 * that lists the calls that are.
 * @internal
 */
export async function decide(
  ctx: SharedContext,
  decision: ApprovalDecision,
  approved: boolean,
): Promise<void> {
  const stored = (await ctx.get<StoredApproval[]>(APPROVALS)) ?? [];
  const wait = stored.find((entry) => entry.callId === decision.callId);
  if (!wait)
    throw new TerminalError(
      `No tool call "${decision.callId}" waits for approval here. ` +
        `Waiting: ${stored.map((entry) => entry.callId).join(', ') || 'none'}.`,
      { errorCode: 404 },
    );
  const verdict: Verdict = {
    approved,
    ...(decision.always !== undefined && { always: decision.always }),
    ...(decision.message !== undefined && { message: decision.message }),
  };
  ctx.resolveAwakeable(wait.awakeableId, verdict);
}
