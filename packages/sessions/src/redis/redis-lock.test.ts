import { describe, expect, it } from 'vitest';
import { useRedisSessions } from '../../test/support/use-redis-sessions.js';
import { itKeepsTheLockContract } from '../../test/support/lock-contract.js';

const redis = useRedisSessions();

describe('RedisSession.lock', () => {
  // Each instance has its own connection, as runs in different processes would.
  itKeepsTheLockContract({
    open: (sessionId, ttlMs) =>
      redis.open({ sessionId, lock: { ttlMs, retryMaxMs: 20 } }),
    // The lock key is gone, as when its time to live ran out while the holder was paused.
    expire: (sessionId) => redis.raw.del(`baton:session:{${sessionId}}:lock`),
  });

  it('deletes the lock key on release, and a stale holder’s release leaves the new key alone', async () => {
    const first = await redis.open({ sessionId: 'keys' }).lock();
    await first.release();
    expect(await redis.raw.exists('baton:session:{keys}:lock')).toBe(0);
    const second = await redis.open({ sessionId: 'keys' }).lock();
    await first.release();
    expect(await redis.raw.exists('baton:session:{keys}:lock')).toBe(1);
    await second.release();
  });
});
