import type { RunToolApprovalItem } from '../items/run-item.js';

/**
 * The decisions taken on one tool, as a run state stores them: `true` for every call of the tool, or the call ids
 * decided one by one.
 */
export interface ToolApprovalRecord {
  approved: boolean | string[];
  rejected: boolean | string[];
  /** What the model is told for a rejected call, by call id. */
  messages?: Record<string, string>;
  /** What the model is told for every call of a tool rejected with `alwaysReject`. */
  stickyRejectMessage?: string;
}

/** The text a rejected call sends to the model when no `message` was given (the Agents SDK's words). */
export const TOOL_APPROVAL_REJECTION_MESSAGE =
  'Tool execution was not approved.';

/**
 * The approval decisions of one run, by tool name. A decision on one call wins over a decision on the whole tool
 * taken earlier, and a later decision replaces an earlier one, so a person can always change their mind before the
 * run resumes.
 * @internal
 */
export class Approvals {
  readonly #records = new Map<string, ToolApprovalRecord>();

  constructor(records: Record<string, ToolApprovalRecord> = {}) {
    for (const [toolName, record] of Object.entries(records))
      this.#records.set(toolName, copyRecord(record));
  }

  /** `true` approved, `false` rejected, `undefined` not decided yet. */
  decision(toolName: string, callId: string): boolean | undefined {
    const record = this.#records.get(toolName);
    if (!record) return undefined;
    if (Array.isArray(record.approved) && record.approved.includes(callId))
      return true;
    if (Array.isArray(record.rejected) && record.rejected.includes(callId))
      return false;
    if (record.approved === true) return true;
    if (record.rejected === true) return false;
    return undefined;
  }

  approve(item: RunToolApprovalItem, always = false): void {
    const { toolName, callId } = identify(item);
    const record = this.#record(toolName);
    if (always) {
      record.approved = true;
      record.rejected = [];
      delete record.stickyRejectMessage;
      delete record.messages;
      return;
    }
    record.approved = add(record.approved, callId);
    record.rejected = remove(record.rejected, callId);
    if (record.messages) delete record.messages[callId];
  }

  reject(item: RunToolApprovalItem, always = false, message?: string): void {
    const { toolName, callId } = identify(item);
    const record = this.#record(toolName);
    if (always) {
      record.rejected = true;
      record.approved = [];
      delete record.messages;
      if (message === undefined) delete record.stickyRejectMessage;
      else record.stickyRejectMessage = message;
      return;
    }
    record.rejected = add(record.rejected, callId);
    record.approved = remove(record.approved, callId);
    if (message === undefined) {
      if (record.messages) delete record.messages[callId];
    } else record.messages = { ...record.messages, [callId]: message };
  }

  /** Drops the decision on one call; a decision on the whole tool stays. */
  forget(toolName: string, callId: string): void {
    const record = this.#records.get(toolName);
    if (!record) return;
    record.approved = remove(record.approved, callId);
    record.rejected = remove(record.rejected, callId);
    if (record.messages) delete record.messages[callId];
    if (
      Array.isArray(record.approved) &&
      Array.isArray(record.rejected) &&
      record.approved.length === 0 &&
      record.rejected.length === 0 &&
      record.stickyRejectMessage === undefined
    )
      this.#records.delete(toolName);
  }

  /** What a rejected call tells the model: its own message, the tool's, or the default. */
  rejectionMessage(toolName: string, callId: string): string | undefined {
    const record = this.#records.get(toolName);
    return record?.messages?.[callId] ?? record?.stickyRejectMessage;
  }

  toJSON(): Record<string, ToolApprovalRecord> {
    return Object.fromEntries(
      [...this.#records].map(([name, record]) => [name, copyRecord(record)]),
    );
  }

  #record(toolName: string): ToolApprovalRecord {
    let record = this.#records.get(toolName);
    if (!record) {
      record = { approved: [], rejected: [] };
      this.#records.set(toolName, record);
    }
    return record;
  }
}

/** The tool name and call id a decision on `item` is filed under. @internal */
export function identify(item: RunToolApprovalItem): {
  toolName: string;
  callId: string;
} {
  return { toolName: item.name ?? '', callId: item.callId };
}

function add(list: boolean | string[], callId: string): boolean | string[] {
  if (list === true) return true;
  const ids = Array.isArray(list) ? list : [];
  return ids.includes(callId) ? ids : [...ids, callId];
}

// A per-call decision overrides a tool-wide one, so a blanket `true` stays true here.
function remove(list: boolean | string[], callId: string): boolean | string[] {
  return Array.isArray(list) ? list.filter((id) => id !== callId) : list;
}

function copyRecord(record: ToolApprovalRecord): ToolApprovalRecord {
  return {
    approved: Array.isArray(record.approved)
      ? [...record.approved]
      : record.approved,
    rejected: Array.isArray(record.rejected)
      ? [...record.rejected]
      : record.rejected,
    ...(record.messages && { messages: { ...record.messages } }),
    ...(record.stickyRejectMessage !== undefined && {
      stickyRejectMessage: record.stickyRejectMessage,
    }),
  };
}
