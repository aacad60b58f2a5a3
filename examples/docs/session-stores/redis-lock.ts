import {
  RedisSession,
  SessionLockLostError,
  type AgentInputItem,
} from '@baton/agents';

const session = new RedisSession({
  url: 'redis://localhost:6379',
  sessionId: 'user-42',
  lock: { ttlMs: 30_000, retryMinMs: 10, retryMaxMs: 500 },
});
const turn: AgentInputItem[] = [
  { type: 'message', role: 'user', content: 'Hello' },
];

// What a run does with a session that has lock(): take it, append through the lease, let go.
const lease = await session.lock({ signal: AbortSignal.timeout(5_000) });
try {
  await lease.addItems(turn);
} catch (error) {
  // Another run took the lock after this one's expired: nothing was appended.
  if (!SessionLockLostError.isInstance(error)) throw error;
  console.error(`Stale lease ${lease.fencingToken}: ${error.message}`);
} finally {
  await lease.release();
  await session.close();
}
