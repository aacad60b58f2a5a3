import { describe, expect, it } from 'vitest';
import { Agent } from '../agent/agent.js';
import { RunToolApprovalItem } from '../items/run-item.js';
import { Approvals } from './approvals.js';

const agent = new Agent({ name: 'Billing' });
function approval(callId: string, name = 'refund') {
  return new RunToolApprovalItem(
    {
      type: 'function_call',
      call_id: callId,
      name,
      arguments: '{}',
    },
    agent,
    name,
  );
}

describe('Approvals', () => {
  it('knows nothing of a call nobody decided on', () => {
    expect(new Approvals().decision('refund', 'call_1')).toBeUndefined();
  });

  it('lets a decision on one call win over the tool-wide one', () => {
    const approvals = new Approvals();
    approvals.approve(approval('call_1'), true);
    approvals.reject(approval('call_2'), false, 'not this one');

    expect(approvals.decision('refund', 'call_1')).toBe(true);
    expect(approvals.decision('refund', 'call_2')).toBe(false);
    expect(approvals.decision('refund', 'call_9')).toBe(true);
    expect(approvals.rejectionMessage('refund', 'call_2')).toBe('not this one');
  });

  it('lets a later decision on a call replace an earlier one, message included', () => {
    const approvals = new Approvals();
    approvals.reject(approval('call_1'), false, 'no');
    approvals.approve(approval('call_1'));

    expect(approvals.decision('refund', 'call_1')).toBe(true);
    expect(approvals.rejectionMessage('refund', 'call_1')).toBeUndefined();
  });

  it('gives every call of a tool rejected with alwaysReject the sticky message', () => {
    const approvals = new Approvals();
    approvals.approve(approval('call_1'));
    approvals.reject(approval('call_2'), true, 'refunds are closed today');

    expect(approvals.decision('refund', 'call_1')).toBe(false);
    expect(approvals.decision('refund', 'call_7')).toBe(false);
    expect(approvals.rejectionMessage('refund', 'call_7')).toBe(
      'refunds are closed today',
    );
    expect(approvals.decision('lookup', 'call_7')).toBeUndefined();
  });

  it('round-trips through its JSON form without sharing arrays', () => {
    const approvals = new Approvals();
    approvals.approve(approval('call_1'));
    approvals.reject(approval('call_2', 'cancel'), true, 'never');
    const json = approvals.toJSON();

    const restored = new Approvals(json);
    json.refund!.approved = [];

    expect(restored.toJSON()).toEqual({
      refund: { approved: ['call_1'], rejected: [] },
      cancel: {
        approved: [],
        rejected: true,
        stickyRejectMessage: 'never',
      },
    });
  });
});
