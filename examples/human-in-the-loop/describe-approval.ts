import type { RunToolApprovalItem } from '@baton/agents';
import { APPROVAL_LIMIT, dollars, ORDERS } from './refund-agent.js';

/** One line about a call waiting for approval: the tool, its arguments, and what it would refund. */
export function describeApproval(item: RunToolApprovalItem): string {
  const call = `${item.name}(${item.arguments ?? ''})`;
  const orderId = readOrderId(item.arguments);
  const order = orderId === undefined ? undefined : ORDERS[orderId];
  return order
    ? `${call}: ${dollars(order.total)} for order ${orderId}, above the ${dollars(APPROVAL_LIMIT)} limit`
    : call;
}

function readOrderId(text: string | undefined): string | undefined {
  try {
    const parsed = JSON.parse(text ?? '') as { orderId?: unknown };
    return typeof parsed.orderId === 'string' ? parsed.orderId : undefined;
  } catch {
    return undefined;
  }
}
