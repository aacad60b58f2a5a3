import { describe, expect, it } from 'vitest';
import { MemorySession } from './memory-session.js';
import type { AgentInputItem } from '../items/items.js';

const say = (text: string): AgentInputItem => ({
  type: 'message',
  role: 'user',
  content: text,
});

describe('MemorySession', () => {
  it('returns the latest items oldest first when given a limit', async () => {
    const session = new MemorySession();
    await session.addItems([say('a'), say('b'), say('c')]);
    expect(await session.getItems(2)).toEqual([say('b'), say('c')]);
    expect(await session.getItems(0)).toEqual([]);
    expect(await session.getItems()).toHaveLength(3);
  });

  it('keeps its history apart from the caller’s objects', async () => {
    const item = say('original');
    const session = new MemorySession({ initialItems: [item] });
    (item as { content: string }).content = 'edited';
    const [read] = await session.getItems();
    (read as { content: string }).content = 'edited too';
    expect(await session.getItems()).toEqual([say('original')]);
  });

  it('appends nothing when one of the items cannot be copied', async () => {
    const session = new MemorySession();
    await session.addItems([say('kept')]);
    const bad = { type: 'message', role: 'user', content: () => 'x' };
    await expect(
      session.addItems([say('lost'), bad as unknown as AgentInputItem]),
    ).rejects.toThrow();
    expect(await session.getItems()).toEqual([say('kept')]);
  });

  it('pops the newest item and clears the history', async () => {
    const session = new MemorySession({ sessionId: 'conv-1' });
    await session.addItems([say('a'), say('b')]);
    expect(await session.popItem()).toEqual(say('b'));
    await session.clearSession();
    expect(await session.getItems()).toEqual([]);
    expect(await session.popItem()).toBeUndefined();
    expect(await session.getSessionId()).toBe('conv-1');
  });
});
