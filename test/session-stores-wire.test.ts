import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, type AgentInputItem, type Session } from '@baton/core';
import { OpenAIConversationsSession } from '@baton/openai';
import { RedisSession, SQLiteSession } from '@baton/sessions';
import {
  startRedisServer,
  type RedisServer,
} from '../packages/sessions/test/support/start-redis-server.js';
import { OpenAPIValidator } from './support/openapi-validator.js';
import { responsesBodies, wirePerTest } from './support/wire-setup.js';

const startWire = wirePerTest();
const validator = new OpenAPIValidator();
const agent = new Agent({ name: 'Assistant', instructions: 'Be brief.' });

let redis: RedisServer;
let folder: string;
const closers: Array<() => Promise<void>> = [];
beforeAll(async () => {
  redis = await startRedisServer();
  folder = mkdtempSync(join(tmpdir(), 'baton-session-stores-wire-'));
});
afterAll(async () => {
  await Promise.all(closers.map((close) => close()));
  await redis?.stop();
  rmSync(folder, { recursive: true, force: true });
});

type Store = 'sqlite' | 'redis';
function open(store: Store, sessionId: string): Session {
  const session =
    store === 'sqlite'
      ? new SQLiteSession({ path: join(folder, 'wire.db'), sessionId })
      : new RedisSession({ url: redis.url, sessionId });
  closers.push(() => session.close());
  return session;
}

/** `user:text` / `assistant:text` for each message of a history. */
function labels(items: AgentInputItem[]): string[] {
  return items.map((item) => {
    const record = item as { role?: string; content?: unknown };
    const content = record.content;
    const text =
      typeof content === 'string'
        ? content
        : ((content as { text?: string }[] | undefined)?.[0]?.text ?? '');
    return `${record.role}:${text}`;
  });
}

describe.each<Store>(['sqlite', 'redis'])(
  'a run with a %s session',
  (store) => {
    it('sends the stored history with the next turn, from a new session object', async () => {
      const wire = await startWire();
      wire.emulator.script({ text: 'Noted, Ada.' }, { text: 'You are Ada.' });
      await wire.runner.run(agent, 'I am Ada.', {
        session: open(store, 'remember'),
      });
      const result = await wire.runner.run(agent, 'Who am I?', {
        session: open(store, 'remember'),
      });
      expect(result.finalOutput).toBe('You are Ada.');
      const [, second] = responsesBodies(wire.emulator);
      expect(validator.validateRequest('CreateResponse', second)).toEqual([]);
      expect(labels(second!.input as AgentInputItem[])).toEqual([
        'user:I am Ada.',
        'assistant:Noted, Ada.',
        'user:Who am I?',
      ]);
    });

    it('keeps 20 concurrent runs on one conversation as 20 whole turns', async () => {
      const wire = await startWire();
      const turns = Array.from({ length: 20 }, (_, i) => i);
      wire.emulator.script(
        ...turns.map(() => (request: { body: unknown }) => {
          const input = (request.body as { input: AgentInputItem[] }).input;
          return { text: `answer to ${labels(input).at(-1)}` };
        }),
      );
      // One session object per run, as separate instances of a service would have.
      await Promise.all(
        turns.map((i) =>
          wire.runner.run(agent, `question ${i}`, {
            session: open(store, 'busy'),
          }),
        ),
      );
      const history = labels(await open(store, 'busy').getItems());
      expect(history).toHaveLength(40);
      const asked = new Set<string>();
      for (let i = 0; i < 40; i += 2) {
        expect(history[i]).toMatch(/^user:question \d+$/);
        expect(history[i + 1]).toBe(`assistant:answer to ${history[i]}`);
        asked.add(history[i]!);
      }
      expect(asked.size).toBe(20);
    });
  },
);

describe('a run with an OpenAIConversationsSession', () => {
  it('keeps the history in the emulator’s conversation and sends it with the next turn', async () => {
    const wire = await startWire();
    wire.emulator.script({ text: 'Noted, Ada.' }, { text: 'You are Ada.' });
    const session = new OpenAIConversationsSession({ client: wire.client });
    await wire.runner.run(agent, 'I am Ada.', { session });
    await wire.runner.run(agent, 'Who am I?', { session });
    const [, second] = responsesBodies(wire.emulator);
    expect(validator.validateRequest('CreateResponse', second)).toEqual([]);
    expect(labels(second!.input as AgentInputItem[])).toEqual([
      'user:I am Ada.',
      'assistant:Noted, Ada.',
      'user:Who am I?',
    ]);
    expect(labels(await session.getItems())).toEqual([
      'user:I am Ada.',
      'assistant:Noted, Ada.',
      'user:Who am I?',
      'assistant:You are Ada.',
    ]);
  });
});
