import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countedEvents } from './count-run-instructions.mjs';

test('reads callgrind’s totals by event name, in the order it lists them', () => {
  const stderr = [
    '==41== Events    : Ir Dr Dw I1mr D1mr D1mw ILmr DLmr DLmw Bc Bcm Bi Bim',
    '==41== Collected : 2580342376 710411568 379402389 33440999 22861061 5726008 125185 254464 1310404 398192491 31008804 10501428 3835333',
    '==41== ',
    '==41== I   refs:      2,580,342,376',
  ].join('\n');
  const events = countedEvents(stderr);
  assert.equal(events.Ir, 2580342376);
  assert.equal(events.I1mr, 33440999);
  assert.equal(events.Bim, 3835333);
  assert.equal(Object.keys(events).length, 13);
});

test('gives the instruction count alone when nothing was simulated', () => {
  const events = countedEvents(
    '==7== Events    : Ir\n==7== Collected : 8241000\n',
  );
  assert.deepEqual(events, { Ir: 8241000 });
});
