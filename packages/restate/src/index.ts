// The public API of @baton/restate.
export {
  durableAgentService,
  type DurableAgentServiceOptions,
  type DurableRunRequest,
} from './durable-agent-service.js';
export {
  durableConversation,
  type ConversationMessage,
} from './durable-conversation.js';
export type { DurableRunOptions, DurableRunResult } from './durable-run.js';
export type { ApprovalDecision, PendingApproval } from './approvals.js';
export {
  DEFAULT_STEP_RETRY,
  journaledStepRunner,
  type StepRetryPolicy,
} from './journaled-step-runner.js';
export { RestateSession } from './restate-session.js';
export { StepNotSerializableError, TERMINAL_ERROR_CODE } from './errors.js';
export { serveWorker, type Worker } from './serve-worker.js';
export {
  durableRunEvents,
  type EventBatch,
  type EventPage,
} from './run-event-log.js';
export type { DurableStreamEvent } from './durable-stream-event.js';
export type { DurableEventsOptions } from './event-publisher.js';
export { followRun } from './follow-run.js';
