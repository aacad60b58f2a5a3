import { describe, expect, it } from 'vitest';
import { createClient } from 'redis';
import type { AgentInputItem } from '@baton/core';
import { RedisSession } from './redis-session.js';
import { useRedisSessions } from '../../test/support/use-redis-sessions.js';
import { itKeepsTheSessionContract } from '../../test/support/session-contract.js';

const say = (text: string): AgentInputItem => ({
  type: 'message',
  role: 'user',
  content: text,
});

const redis = useRedisSessions();
const session = redis.open;

describe('RedisSession', () => {
  itKeepsTheSessionContract({ open: (options) => session(options) });

  it('appends a batch as one step: a concurrent reader sees all of it or none', async () => {
    const writer = session({ sessionId: 'batch' });
    const batch = Array.from({ length: 5000 }, (_, i) => say(`item ${i}`));
    const seen = new Set<number>();
    let done = false;
    const watch = (async () => {
      while (!done)
        seen.add(await redis.raw.lLen(`baton:session:{batch}:items`));
    })();
    await writer.addItems(batch);
    done = true;
    await watch;
    expect([...seen].every((n) => n === 0 || n === 5000)).toBe(true);
    expect(await writer.getItems()).toHaveLength(5000);
  });

  it('puts every key under the key prefix', async () => {
    const chat = session({ sessionId: 'prefixed', keyPrefix: 'app:chats:' });
    await chat.addItems([say('hello')]);
    const lease = await chat.lock();
    await lease.release();
    const keys = (await redis.raw.keys('*prefixed*')).sort();
    expect(keys).toEqual([
      'app:chats:{prefixed}:fence',
      'app:chats:{prefixed}:items',
    ]);
  });

  it('sets the time to live on write and refreshes it on the next', async () => {
    const chat = session({ sessionId: 'ttl', ttlSeconds: 3600 });
    await chat.addItems([say('a')]);
    const key = 'baton:session:{ttl}:items';
    expect(await redis.raw.ttl(key)).toBeGreaterThan(3000);
    await redis.raw.expire(key, 5);
    await chat.addItems([say('b')]);
    expect(await redis.raw.ttl(key)).toBeGreaterThan(3000);
    expect(await redis.raw.ttl('baton:session:{no-ttl}:items')).toBe(-2);
  });

  it('forgets a conversation once its time to live has passed', async () => {
    const chat = session({ ttlSeconds: 1 });
    await chat.addItems([say('short-lived')]);
    expect(await chat.getItems()).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await chat.getItems()).toEqual([]);
  });

  it('uses a client it is given and leaves it open', async () => {
    const client = createClient({ url: redis.url });
    await client.connect();
    const chat = new RedisSession({ client, sessionId: 'given' });
    await chat.addItems([say('through my client')]);
    await chat.close();
    expect(await client.lLen('baton:session:{given}:items')).toBe(1);
    await client.close();
  });

  it('rejects, rather than waits, when the server cannot be reached', async () => {
    const unreachable = new RedisSession({ url: 'redis://127.0.0.1:1' });
    await expect(unreachable.getItems()).rejects.toThrow(
      /could not connect to redis:\/\/127\.0\.0\.1:1/,
    );
    await unreachable.close();
  });
});
