import { expect, it } from 'vitest';
import type { AgentInputItem, Session } from '@baton/core';

const say = (text: string): AgentInputItem => ({
  type: 'message',
  role: 'user',
  content: text,
});

/**
 * What every store of this package must do as a `Session`, as tests in the calling `describe`: `open` gives a new
 * instance on the conversation (a random one without `sessionId`), on the same storage as every other it opened.
 */
export function itKeepsTheSessionContract(store: {
  open(options?: { sessionId?: string }): Session & { close(): Promise<void> };
}): void {
  const { open } = store;

  it('returns the history oldest first, and the latest items with a limit', async () => {
    const chat = open();
    await chat.addItems([say('a'), say('b')]);
    await chat.addItems([say('c')]);
    expect(await chat.getItems()).toEqual([say('a'), say('b'), say('c')]);
    expect(await chat.getItems(2)).toEqual([say('b'), say('c')]);
    expect(await chat.getItems(10)).toHaveLength(3);
    expect(await chat.getItems(0)).toEqual([]);
  });

  it('pops the newest item and clears only its own conversation', async () => {
    const chat = open({ sessionId: 'mine' });
    const other = open({ sessionId: 'theirs' });
    await chat.addItems([say('a'), say('b')]);
    await other.addItems([say('other')]);
    expect(await chat.popItem()).toEqual(say('b'));
    expect(await chat.getItems()).toEqual([say('a')]);
    await chat.clearSession();
    expect(await chat.getItems()).toEqual([]);
    expect(await chat.popItem()).toBeUndefined();
    expect(await other.getItems()).toEqual([say('other')]);
    expect(await chat.getSessionId()).toBe('mine');
  });

  it('shares a conversation between instances', async () => {
    await open({ sessionId: 'shared' }).addItems([say('for everyone')]);
    expect(await open({ sessionId: 'shared' }).getItems()).toEqual([
      say('for everyone'),
    ]);
  });

  it('appends nothing when one item cannot be stored', async () => {
    const chat = open();
    await chat.addItems([say('kept')]);
    const bad = 10n as unknown as AgentInputItem;
    await expect(chat.addItems([say('lost'), bad])).rejects.toThrow();
    expect(await chat.getItems()).toEqual([say('kept')]);
  });

  it('refuses to be used after close', async () => {
    const chat = open();
    await chat.addItems([say('a')]);
    await chat.close();
    await expect(chat.getItems()).rejects.toThrow(/closed/);
  });
}
