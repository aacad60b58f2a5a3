import { afterEach } from 'vitest';

/**
 * What a test started and must stop (servers, processes): each test pushes a cleanup, and they run after it, last
 * started first, whether the test passed or not.
 */
export function cleanupAfterEach(): Array<() => Promise<void> | void> {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  return cleanups;
}
