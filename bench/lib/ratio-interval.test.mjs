import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ratioInterval } from './ratio-interval.mjs';

// Blocks whose ratio is 1.1 give or take `spread`, alternating above and below.
function blocks(count, spread) {
  const reference = Array.from(
    { length: count },
    (_, index) => 2 + (index % 3) * 0.1,
  );
  const measured = reference.map(
    (value, index) => value * (1.1 + (index % 2 === 0 ? spread : -spread)),
  );
  return [reference, measured];
}

test('brackets the summed ratio, wider for noisier blocks', () => {
  const steady = ratioInterval(...blocks(40, 0.01));
  const noisy = ratioInterval(...blocks(40, 0.2));
  for (const interval of [steady, noisy]) {
    assert.ok(
      interval.low < 1.1 && interval.high > 1.1,
      JSON.stringify(interval),
    );
    assert.equal(interval.confidence, 0.95);
  }
  assert.ok(noisy.high - noisy.low > 5 * (steady.high - steady.low));
});

test('gives the same interval for the same blocks and seed', () => {
  const [reference, measured] = blocks(20, 0.1);
  assert.deepEqual(
    ratioInterval(reference, measured, { seed: 7 }),
    ratioInterval(reference, measured, { seed: 7 }),
  );
});

test('draws within each group, so a group keeps its weight', () => {
  // First group at ratio 1.0, second at 1.2: every draw holds ten of each, so the ratio stays near 1.1.
  const reference = Array(20).fill(1);
  const measured = [...Array(10).fill(1), ...Array(10).fill(1.2)];
  const grouped = ratioInterval(reference, measured, { groups: [10, 10] });
  assert.ok(
    Math.abs(grouped.low - 1.1) < 1e-9 && Math.abs(grouped.high - 1.1) < 1e-9,
  );
  const pooled = ratioInterval(reference, measured);
  assert.ok(pooled.high - pooled.low > 0.05);
});

test('keeps neighbouring pairs together, so garbage one block leaves the next cancels out', () => {
  // Each reference block after the first pays 0.5 for the one before it: pairs alternate between 0.5 and 2.
  const reference = Array.from({ length: 20 }, (_, index) =>
    index % 2 ? 1 : 0.5,
  );
  const measured = Array.from({ length: 20 }, (_, index) =>
    index % 2 ? 0.5 : 1,
  );
  const pairs = ratioInterval(reference, measured);
  assert.ok(Math.abs(pairs.low - 1) < 1e-9 && Math.abs(pairs.high - 1) < 1e-9);
  const single = ratioInterval(reference, measured, { blockLength: 1 });
  assert.ok(single.high - single.low > 0.3, JSON.stringify(single));
});

test('refuses groups that do not cover the blocks', () => {
  assert.throws(
    () => ratioInterval([1, 2], [1, 2], { groups: [1] }),
    /cover the blocks/,
  );
});
