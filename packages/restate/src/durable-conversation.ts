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
import { publishedRun } from './published-run.js';
import type { DurableAgentServiceOptions } from './durable-agent-service.js';
import { RestateSession, readHistory } from './restate-session.js';

/** What the conversation's `send` handler takes. */
export interface ConversationMessage {
  /** The new message: text or Responses API items. */
  input: RunInput;
  /** Handed to the `context` option, which makes the run's context from it. */
  context?: unknown;
  /**
   * With the `events` option: the run id under which this turn's stream events are published, the one a caller
   * follows with `followRun`. Pick a new one per turn. Default: `<conversation id>/<Restate invocation id>`.
   */
  eventsId?: string;
}

/**
 * A Restate virtual object keyed by conversation id: `send` runs `agent` durably on the stored history plus the new
 * message and appends the run's items to the history in Restate's state. Restate runs one `send` per key at a time,
 * so concurrent messages to one conversation queue up and each gets a whole turn, in arrival order. `history`,
 * `approvals`, `approve` and `reject` are shared handlers that run beside a waiting `send`. With `events`, each
 * turn publishes its stream events to a {@link durableRunEvents} log under the message's `eventsId`.
 *
 * @example
 * const chats = durableConversation(agent, { name: 'chat' });
 * // POST http://restate:8080/chat/<conversation id>/send  {"input": "Hello"}
 * @see docs/durable-runs.md
 */
export function durableConversation<TContext>(
  agent: Agent<TContext, any>,
  options: DurableAgentServiceOptions<TContext> = {},
) {
  const name = options.name ?? `${agent.name.replace(/\s+/g, '')}Conversation`;
  return restate.object({
    name,
    handlers: {
      send: (
        ctx: restate.ObjectContext,
        message: ConversationMessage,
      ): Promise<DurableRunResult> =>
        publishedRun(
          options.events && {
            ...options.events,
            service: options.events.service ?? `${name}Events`,
            runId: message.eventsId ?? `${ctx.key}/${ctx.request().id}`,
          },
          async (onEvent) =>
            // The run loads the history and appends its turn through the session, as any session run does; its
            // state writes are journaled with the invocation, so a replay neither reads nor writes twice.
            durableResult(
              await runDurably(ctx, agent, message.input, {
                ...options,
                session: new RestateSession(ctx),
                // The turns of one conversation are linked in traces by the conversation id.
                runConfig: { groupId: ctx.key, ...options.runConfig },
                requestContext: message.context,
                ...(onEvent && { onEvent }),
              }),
            ),
        ),
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
