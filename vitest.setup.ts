import { vi } from 'vitest';

// `vi.waitFor` gives up after 1 s by default, which a CI machine running every package's tests at once (browsers,
// servers, child processes) can need for a child process to start. Waiting longer costs a passing test nothing:
// the wait ends as soon as the condition holds. An explicit timeout still wins.
const waitFor = vi.waitFor.bind(vi);
vi.waitFor = ((callback, options) =>
  waitFor(
    callback,
    typeof options === 'number'
      ? options
      : { timeout: 10_000, interval: 20, ...options },
  )) as typeof vi.waitFor;
