import type { Agent, AgentInputItem, RunInput } from '@baton/core';
import * as restate from '@restatedev/restate-sdk';
import {
  decide,
  pendingApprovals,
  type ApprovalDecision,
  type PendingApproval,
} from './approvals.js';
import {
  durableResult,
  runDurably,
  type DurableRunResult,
} from './durable-run.js';
import type { DurableAgentServiceOptions } from './durable-agent-service.js';
import { RestateSession, readHistory } from './restate-session.js';

/** What the conversation's `send` handler takes. */
export interface ConversationMessage {
  /** The new message: text or Responses API items. */
  input: RunInput;
  /** Handed to the `context` option, which makes the run's context from it. */
  context?: unknown;
}

/**
 * A Restate virtual object keyed by conversation id: `send` runs `agent` durably on the stored history plus the new
 * message and appends the run's items to the history in Restate's state. Restate runs one `send` per key at a time,
 * so concurrent messages to one conversation queue up and each gets a whole turn, in arrival order. `history`,
 * `approvals`, `approve` and `reject` are shared handlers that run beside a waiting `send`. Its turns publish no
 * stream events (the `events` option is the run service's).
 *
 * @example
 * const chats = durableConversation(agent, { name: 'chat' });
 * // POST http://restate:8080/chat/<conversation id>/send  {"input": "Hello"}
 * @see docs/durable-runs.md
 */
export function durableConversation<TContext>(
  agent: Agent<TContext, any>,
  options: Omit<DurableAgentServiceOptions<TContext>, 'events'> = {},
) {
  return restate.object({
    name: options.name ?? `${agent.name.replace(/\s+/g, '')}Conversation`,
    handlers: {
      send: async (
        ctx: restate.ObjectContext,
        message: ConversationMessage,
      ): Promise<DurableRunResult> => {
        // The run loads the history and appends its turn through the session, as any session run does; its
        // state writes are journaled with the invocation, so a replay neither reads nor writes twice.
        const result = await runDurably(ctx, agent, message.input, {
          ...options,
          session: new RestateSession(ctx),
          // The turns of one conversation are linked in traces by the conversation id.
          runConfig: { groupId: ctx.key, ...options.runConfig },
          requestContext: message.context,
        });
        return durableResult(result);
      },
      history: restate.handlers.object.shared(
        async (ctx: restate.ObjectSharedContext): Promise<AgentInputItem[]> =>
          readHistory(ctx),
      ),
      approvals: restate.handlers.object.shared(
        async (ctx: restate.ObjectSharedContext): Promise<PendingApproval[]> =>
          pendingApprovals(ctx),
      ),
      approve: restate.handlers.object.shared(
        async (
          ctx: restate.ObjectSharedContext,
          decision: ApprovalDecision,
        ): Promise<void> => decide(ctx, decision, true),
      ),
      reject: restate.handlers.object.shared(
        async (
          ctx: restate.ObjectSharedContext,
          decision: ApprovalDecision,
        ): Promise<void> => decide(ctx, decision, false),
      ),
      clear: async (ctx: restate.ObjectContext): Promise<void> =>
        new RestateSession(ctx).clearSession(),
    },
    ...(options.restateOptions && { options: options.restateOptions }),
  });
}
