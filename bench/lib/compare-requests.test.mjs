import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareRequests } from './compare-requests.mjs';

const call = (id) => ({
  id: `fc_${id}`,
  type: 'function_call',
  call_id: `call_${id}`,
  name: 'f',
  arguments: '{}',
});

describe('compareRequests', () => {
  it('treats requests that differ only in generated ids as the same', () => {
    const left = [
      {
        model: 'm',
        input: [
          call('a'),
          { type: 'function_call_output', call_id: 'call_a', output: 'x' },
        ],
      },
    ];
    const right = [
      {
        model: 'm',
        input: [
          call('b'),
          { type: 'function_call_output', call_id: 'call_b', output: 'x' },
        ],
      },
    ];
    assert.deepEqual(compareRequests(left, right), []);
  });

  it('reports the path of a field present on one side only', () => {
    const differences = compareRequests(
      [{ model: 'm', include: [] }],
      [{ model: 'm' }],
    );
    assert.deepEqual(differences, ['[0].include: [] vs (absent)']);
  });

  it('reports a changed value inside nested arrays', () => {
    const differences = compareRequests(
      [{ tools: [{ name: 'a' }] }],
      [{ tools: [{ name: 'b' }] }],
    );
    assert.deepEqual(differences, ['[0].tools[0].name: "a" vs "b"']);
  });

  it('matches requests that went out together whatever order they arrived in', () => {
    const main = {
      model: 'gpt-4.1',
      instructions: 'triage',
      input: [{ content: 'hi' }],
    };
    const check = {
      model: 'gpt-4o-mini',
      instructions: 'check',
      input: [{ content: 'hi' }],
    };
    assert.deepEqual(compareRequests([main, check], [check, main]), []);
  });

  it('still reports a request that differs after matching the order', () => {
    const main = {
      model: 'gpt-4.1',
      instructions: 'triage',
      input: [{ content: 'hi' }],
    };
    const check = {
      model: 'gpt-4o-mini',
      instructions: 'check',
      input: [{ content: 'hi' }],
    };
    const differences = compareRequests(
      [main, check],
      [{ ...check, text: { format: { type: 'text' } } }, main],
    );
    assert.equal(differences.length, 1);
    assert.match(differences[0], /\.text: \(absent\) vs/);
  });

  it('reports a different number of requests', () => {
    assert.deepEqual(compareRequests([{}, {}], [{}]), [
      'request count: 2 vs 1',
    ]);
  });

  it('stops at the limit', () => {
    const many = Object.fromEntries(
      Array.from({ length: 20 }, (_, index) => [`k${index}`, index]),
    );
    assert.equal(compareRequests([many], [{}], 5).length, 5);
  });
});
