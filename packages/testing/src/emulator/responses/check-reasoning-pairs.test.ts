import { describe, expect, it } from 'vitest';
import { checkReasoningPairs } from './check-reasoning-pairs.js';

const user = { role: 'user', content: 'Hi' };
const reasoning = { type: 'reasoning', id: 'rs_1', summary: [] };
const call = {
  type: 'function_call',
  id: 'fc_1',
  call_id: 'call_1',
  name: 'f',
  arguments: '{}',
};
const output = { type: 'function_call_output', call_id: 'call_1', output: 'x' };
const message =
  "Item 'rs_1' of type 'reasoning' was provided without its required following item.";

describe('checkReasoningPairs', () => {
  it('accepts a known reasoning item followed by the item that followed it in its response', () => {
    const followers = new Map([['rs_1', 'fc_1']]);
    expect(
      checkReasoningPairs([user, reasoning, call, output], followers),
    ).toBeUndefined();
  });

  it("rejects a known reasoning item whose following item is missing, with the API's message", () => {
    const followers = new Map([['rs_1', 'fc_1']]);
    expect(checkReasoningPairs([user, reasoning, output], followers)).toBe(
      message,
    );
    expect(checkReasoningPairs([user, reasoning], followers)).toBe(message);
    expect(
      checkReasoningPairs(
        [user, reasoning, { ...call, id: 'fc_2' }],
        followers,
      ),
    ).toBe(message);
  });

  it('accepts a known reasoning item that ended its response without a follower', () => {
    expect(
      checkReasoningPairs(
        [user, reasoning, user],
        new Map([['rs_1', undefined]]),
      ),
    ).toBeUndefined();
  });

  it('asks an unknown reasoning item to be followed by a model output item', () => {
    const none = new Map<string, string | undefined>();
    expect(checkReasoningPairs([user, reasoning, call], none)).toBeUndefined();
    expect(
      checkReasoningPairs(
        [reasoning, { type: 'message', role: 'assistant', content: [] }],
        none,
      ),
    ).toBeUndefined();
    expect(checkReasoningPairs([reasoning, user], none)).toBe(message);
    expect(checkReasoningPairs([user, reasoning], none)).toBe(message);
  });
});
