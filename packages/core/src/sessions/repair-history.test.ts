import { describe, expect, it } from 'vitest';
import type { AgentInputItem } from '../items/items.js';
import { repairHistory } from './repair-history.js';

const user = (text: string) =>
  ({ type: 'message', role: 'user', content: text }) as AgentInputItem;
const assistant = (id: string) =>
  ({
    type: 'message',
    id,
    role: 'assistant',
    status: 'completed',
    content: [{ type: 'output_text', text: id, annotations: [] }],
  }) as AgentInputItem;
const reasoning = (id: string) =>
  ({ type: 'reasoning', id, summary: [] }) as AgentInputItem;
const call = (callId: string) =>
  ({
    type: 'function_call',
    id: `fc_${callId}`,
    call_id: callId,
    name: 'lookup',
    arguments: '{}',
  }) as AgentInputItem;
const output = (callId: string) =>
  ({
    type: 'function_call_output',
    call_id: callId,
    output: 'ok',
  }) as AgentInputItem;

const ids = (items: AgentInputItem[]) =>
  items.map(
    (item) =>
      (item as { id?: string; call_id?: string; content?: unknown }).id ??
      (item as { call_id?: string }).call_id ??
      (item as { content: string }).content,
  );

describe('repairHistory', () => {
  it('returns the same array when the history is already valid', () => {
    const items = [user('hi'), reasoning('rs_1'), call('c1'), output('c1')];
    expect(repairHistory(items)).toBe(items);
  });

  it('drops a leading tool answer whose call was cut off', () => {
    const items = [output('c1'), reasoning('rs_2'), assistant('msg_2')];
    expect(ids(repairHistory(items))).toEqual(['rs_2', 'msg_2']);
  });

  it('drops an unanswered call and the reasoning that led to it', () => {
    const items = [user('refund'), reasoning('rs_1'), call('c1'), user('hi')];
    expect(ids(repairHistory(items))).toEqual(['refund', 'hi']);
  });

  it('drops reasoning whose following item was cut or is not model output', () => {
    const items = [reasoning('rs_0'), user('a'), reasoning('rs_1')];
    expect(ids(repairHistory(items))).toEqual(['a']);
  });

  it('keeps a run of reasoning items that ends in model output', () => {
    const items = [reasoning('rs_1'), reasoning('rs_2'), assistant('msg_1')];
    expect(repairHistory(items)).toBe(items);
  });

  it('never drops the run’s new items', () => {
    const items = [assistant('msg_0'), output('c9')];
    expect(repairHistory(items, (index) => index < 1)).toBe(items);
  });
});
