import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkPairing } from './check-pairing.mjs';

test('pairs untraced implementations without switching tracing', () => {
  assert.deepEqual(checkPairing('floor', 'baton'), { tracingSwitch: false });
});

test('pairs a traced variant only with baton, switching tracing per block', () => {
  assert.deepEqual(checkPairing('baton', 'baton-otel'), {
    tracingSwitch: true,
  });
  assert.deepEqual(checkPairing('baton', 'baton-stored'), {
    tracingSwitch: true,
  });
  assert.match(
    checkPairing('floor', 'baton-traced').problem,
    /only be paired as `baton baton-traced`/,
  );
  assert.match(
    checkPairing('baton-traced', 'baton').problem,
    /only be paired as `baton baton-traced`/,
  );
});

test('names the known implementations when one is unknown', () => {
  assert.match(
    checkPairing('floor', 'nope').problem,
    /unknown implementation nope; one of floor, baton/,
  );
});
