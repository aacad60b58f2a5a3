import assert from 'node:assert/strict';
import { test } from 'node:test';
import { joinLoadingOrders, summarizePairs } from './summarize-pairs.mjs';

test('gives the ratio of the summed CPU, not the mean of the pairs’ ratios', () => {
  const summary = summarizePairs([1, 3], [2, 3]);
  assert.equal(summary.referenceMean, 2);
  assert.equal(summary.measuredMean, 2.5);
  assert.equal(summary.ratio, 5 / 4);
  // The pairs' ratios, 2 and 1, would average 1.5: a slow block of the reference must not weigh less.
  assert.deepEqual(summary.pairRatios, {
    min: 1,
    median: 1.5,
    max: 2,
    count: 2,
  });
});

test('refuses blocks that do not pair up', () => {
  assert.throws(() => summarizePairs([1, 2], [1]), /as many blocks/);
  assert.throws(() => summarizePairs([], []), /as many blocks/);
});

test('joins the two loading orders so that each implementation takes each place once', () => {
  const joined = joinLoadingOrders(
    [
      [1, 1],
      [2, 2],
    ],
    [
      [3, 3],
      [4, 4],
    ],
  );
  // The second worker ran the measured implementation first: its first blocks are the measured side.
  assert.deepEqual(joined, [
    [1, 1, 4, 4],
    [2, 2, 3, 3],
  ]);
  assert.equal(summarizePairs(...joined).ratio, 10 / 10);
});
