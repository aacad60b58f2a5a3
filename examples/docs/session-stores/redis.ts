import { createClient } from 'redis';
import { Agent, RedisSession, run } from '@baton/agents';

const agent = new Agent({ name: 'Assistant', instructions: 'Be brief.' });

// Connects with the `redis` package on first use; close() closes that connection.
const session = new RedisSession({
  url: 'redis://localhost:6379',
  sessionId: 'user-42',
  keyPrefix: 'myapp:chat:', // keys: myapp:chat:{user-42}:items, ...
  ttlSeconds: 7 * 24 * 3600, // forgotten a week after the last write
});
await run(agent, 'Hello again', { session });
await session.close();

// Or share the app's own client: the session uses it and never closes it.
const client = createClient({ url: 'redis://localhost:6379' });
await client.connect();
const shared = new RedisSession({ client, sessionId: 'user-43' });
await run(agent, 'Hi', { session: shared });
await client.close();
