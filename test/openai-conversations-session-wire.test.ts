import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgentInputItem } from '@baton/core';
import {
  OpenAIConversationsSession,
  startOpenAIConversationsSession,
} from '@baton/openai';
import { startEmulator, type Emulator } from '@baton/testing';
import { emulatorClient } from './support/emulator-client.js';
import { OpenAPIValidator } from './support/openapi-validator.js';

const validator = new OpenAPIValidator();
let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(async () => {
  await emulator.close();
});

const say = (text: string): AgentInputItem => ({
  type: 'message',
  role: 'user',
  content: text,
});
const textOf = (item: AgentInputItem) =>
  ((item as { content: { text: string }[] }).content[0] ?? { text: '' }).text;

function session(conversationId?: string) {
  return new OpenAIConversationsSession({
    client: emulatorClient(emulator),
    ...(conversationId !== undefined && { conversationId }),
  });
}

async function getJson(path: string, method = 'GET'): Promise<unknown> {
  const response = await fetch(`${emulator.url}${path}`, {
    method,
    headers: { authorization: 'Bearer test' },
  });
  return response.json();
}

describe('OpenAIConversationsSession over HTTP', () => {
  it('creates its conversation on first use and keeps the history there, oldest first', async () => {
    const chat = session();
    expect(chat.sessionId).toBeUndefined();
    await chat.addItems([say('one'), say('two')]);
    const id = await chat.getSessionId();
    expect(id).toMatch(/^conv_/);
    expect(chat.sessionId).toBe(id);
    const creates = emulator.requests.filter(
      (r) => r.method === 'POST' && r.path === '/v1/conversations',
    );
    expect(creates).toHaveLength(1);
    expect(
      validator.validateRequest('CreateConversationBody', creates[0]!.body),
    ).toEqual([]);
    const items = await chat.getItems();
    expect(items.map(textOf)).toEqual(['one', 'two']);
    expect(items[0]).toMatchObject({
      type: 'message',
      role: 'user',
      content: [{ type: 'input_text', text: 'one' }],
    });
  });

  it('sends long histories 20 items at a time and reads them back across pages', async () => {
    const chat = session();
    const many = Array.from({ length: 45 }, (_, i) => say(`item ${i}`));
    await chat.addItems(many);
    const adds = emulator.requests.filter(
      (r) =>
        r.method === 'POST' &&
        r.path === `/v1/conversations/${chat.sessionId}/items`,
    );
    expect(
      adds.map((r) => (r.body as { items: unknown[] }).items.length),
    ).toEqual([20, 20, 5]);
    for (const item of (adds[0]!.body as { items: unknown[] }).items)
      expect(validator.validateRequest('InputItem', item)).toEqual([]);
    expect((await chat.getItems()).map(textOf)).toEqual(
      many.map((_, i) => `item ${i}`),
    );
    const latest = await chat.getItems(30);
    expect(latest.map(textOf)).toEqual(
      many.slice(15).map((_, i) => `item ${i + 15}`),
    );
    expect(await chat.getItems(0)).toEqual([]);
  });

  it('answers in the shapes of the OpenAPI description', async () => {
    const chat = session();
    await chat.addItems([say('shape')]);
    const id = await chat.getSessionId();
    const conversation = await getJson(`/conversations/${id}`);
    expect(
      validator.validateLenient('ConversationResource', conversation),
    ).toEqual([]);
    const list = (await getJson(
      `/conversations/${id}/items?order=asc&limit=5`,
    )) as {
      data: { id: string }[];
      first_id: string;
      last_id: string;
      has_more: boolean;
    };
    expect(validator.validateLenient('ConversationItemList', list)).toEqual([]);
    expect(list.first_id).toBe(list.data[0]!.id);
    expect(list.has_more).toBe(false);
  });

  it('stores model output again under new ids, so adding it twice is no duplicate', async () => {
    const chat = session();
    const answer = {
      id: 'msg_from_a_response',
      type: 'message',
      role: 'assistant',
      status: 'completed',
      content: [{ type: 'output_text', text: 'hello', annotations: [] }],
    } as AgentInputItem;
    await chat.addItems([answer]);
    await chat.addItems([answer]);
    const items = (await chat.getItems()) as { id: string }[];
    expect(items).toHaveLength(2);
    expect(items[0]!.id).not.toBe('msg_from_a_response');
    expect(items[0]!.id).not.toBe(items[1]!.id);
  });

  it('gives back history that the Responses API accepts as input', async () => {
    const chat = session();
    await chat.addItems([
      say('What is a baton?'),
      {
        type: 'message',
        role: 'assistant',
        content: 'A stick passed between runners.',
      } as AgentInputItem,
    ]);
    const history = await chat.getItems();
    await emulatorClient(emulator).responses.create({
      model: 'gpt-4.1',
      input: [...history, say('And in Baton?')] as never,
    });
    const body = emulator.requests.at(-1)!.body;
    expect(validator.validateRequest('CreateResponse', body)).toEqual([]);
  });

  it('pops the newest item and clears by deleting the conversation', async () => {
    const chat = session();
    await chat.addItems([say('a'), say('b')]);
    const popped = await chat.popItem();
    expect(textOf(popped!)).toBe('b');
    expect((await chat.getItems()).map(textOf)).toEqual(['a']);
    const first = await chat.getSessionId();
    await chat.clearSession();
    expect(chat.sessionId).toBeUndefined();
    expect(await getJson(`/conversations/${first}`)).toMatchObject({
      error: { type: 'invalid_request_error' },
    });
    await chat.addItems([say('fresh start')]);
    expect(await chat.getSessionId()).not.toBe(first);
    expect((await chat.getItems()).map(textOf)).toEqual(['fresh start']);
    expect(await session(await chat.getSessionId()).popItem()).toBeDefined();
    expect(await chat.popItem()).toBeUndefined();
  });

  it('continues a conversation started with startOpenAIConversationsSession', async () => {
    const client = emulatorClient(emulator);
    const id = await startOpenAIConversationsSession(client);
    expect(id).toMatch(/^conv_/);
    await session(id).addItems([say('from one instance')]);
    expect((await session(id).getItems()).map(textOf)).toEqual([
      'from one instance',
    ]);
  });

  it('creates one conversation for concurrent first calls', async () => {
    const before = emulator.requests.length;
    const chat = session();
    await Promise.all([
      chat.getSessionId(),
      chat.getItems(),
      chat.getSessionId(),
    ]);
    const creates = emulator.requests
      .slice(before)
      .filter((r) => r.method === 'POST' && r.path === '/v1/conversations');
    expect(creates).toHaveLength(1);
  });
});
