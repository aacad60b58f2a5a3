import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../start-emulator.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(async () => {
  await emulator.close();
});

async function call(
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: Record<string, any> }> {
  const response = await fetch(`${emulator.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  return { status: response.status, json: await response.json() };
}

const say = (text: string) => ({
  type: 'message',
  role: 'user',
  content: text,
});

describe('the emulator’s Conversations API', () => {
  it('pages through items with order, limit and after', async () => {
    const items = Array.from({ length: 5 }, (_, i) => say(`m${i}`));
    const { json: conversation } = await call('POST', '/conversations', {
      items,
    });
    expect(conversation).toMatchObject({
      object: 'conversation',
      metadata: {},
    });
    const base = `/conversations/${conversation.id}/items`;
    const first = (await call('GET', `${base}?limit=2`)).json;
    expect(
      first.data.map((i: Record<string, any>) => i.content[0].text),
    ).toEqual(['m4', 'm3']);
    expect(first).toMatchObject({
      object: 'list',
      has_more: true,
      first_id: first.data[0].id,
      last_id: first.data[1].id,
    });
    const next = (await call('GET', `${base}?limit=2&after=${first.last_id}`))
      .json;
    expect(
      next.data.map((i: Record<string, any>) => i.content[0].text),
    ).toEqual(['m2', 'm1']);
    const asc = (await call('GET', `${base}?order=asc&limit=100`)).json;
    expect(asc.data).toHaveLength(5);
    expect(asc.has_more).toBe(false);
  });

  it('assigns ids and refuses an id the conversation already holds', async () => {
    const { json: conversation } = await call('POST', '/conversations', {});
    const path = `/conversations/${conversation.id}/items`;
    const added = await call('POST', path, { items: [say('a')] });
    expect(added.json.data[0]).toMatchObject({
      id: expect.stringMatching(/^msg_/),
      status: 'completed',
    });
    const again = await call('POST', path, {
      items: [{ ...say('b'), id: added.json.data[0].id }],
    });
    expect(again.status).toBe(400);
    expect(again.json.error.message).toMatch(/Duplicate item found/);
  });

  it('refuses more than 20 items in one call and unknown conversations', async () => {
    const many = Array.from({ length: 21 }, (_, i) => say(`x${i}`));
    expect((await call('POST', '/conversations', { items: many })).status).toBe(
      400,
    );
    expect(
      (await call('GET', '/conversations/conv_missing/items')).status,
    ).toBe(404);
    expect(
      (await call('GET', '/conversations/conv_missing/unknown')).status,
    ).toBe(404);
  });

  it('deletes an item, then the conversation', async () => {
    const { json: conversation } = await call('POST', '/conversations', {
      items: [say('a'), say('b')],
    });
    const path = `/conversations/${conversation.id}`;
    const list = (await call('GET', `${path}/items`)).json;
    const removed = await call('DELETE', `${path}/items/${list.first_id}`);
    expect(removed.json).toMatchObject({
      id: conversation.id,
      object: 'conversation',
    });
    expect((await call('GET', `${path}/items`)).json.data).toHaveLength(1);
    expect((await call('DELETE', path)).json).toEqual({
      id: conversation.id,
      object: 'conversation.deleted',
      deleted: true,
    });
    expect((await call('GET', path)).status).toBe(404);
  });
});
