import type { RunState, RunToolApprovalItem } from '@baton/agents';

type Decision = 'approve' | 'approve always' | 'reject' | 'reject always';

export function decide(
  state: RunState,
  item: RunToolApprovalItem,
  decision: Decision,
) {
  switch (decision) {
    case 'approve': // This call only.
      return state.approve(item);
    case 'approve always': // Every call of this tool, for the rest of the run.
      return state.approve(item, { alwaysApprove: true });
    case 'reject': // The model reads the message instead of a result.
      return state.reject(item, {
        message: 'A support lead declined this refund.',
      });
    case 'reject always': // Every call of this tool, each told the same.
      return state.reject(item, {
        alwaysReject: true,
        message: 'Refunds are paused today.',
      });
  }
}

// A decision on one call, taken after one on the whole tool, wins for that call.
export function rejectAllBut(state: RunState, item: RunToolApprovalItem) {
  state.reject(item, { alwaysReject: true });
  state.approve(item); // this call runs; the tool's other calls are rejected
}
