/**
 * The floor reading the HTTP bodies itself: the same loop on the same `openai` client, but each answer is taken with
 * `asResponse()` (JSON) or `withResponse()` (server-sent events, `read-sse-body.mjs`) instead of the client's
 * parsing and `Stream`. `floor ÷ floor-body` is what the client's readers cost, which Baton and the floor both pay.
 * With the canned client (no HTTP response to read) it is the floor.
 */
import { createImplementation as createFloor } from './floor.mjs';

export { PACKAGE } from './floor.mjs';

export function createImplementation(options) {
  return createFloor({ ...options, readBodies: true });
}
