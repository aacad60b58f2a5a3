/**
 * Gives Node 20 `Promise.withResolvers` (Node 22 has it), which the Restate SDK uses while it handles an
 * invocation. Called when a worker starts, not on import, so importing this package changes nothing.
 * @internal
 */
export function ensurePromiseWithResolvers(): void {
  const constructor = Promise as unknown as {
    withResolvers?: () => unknown;
  };
  if (typeof constructor.withResolvers === 'function') return;
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    value: function withResolvers<T>() {
      let resolve!: (value: T | PromiseLike<T>) => void;
      let reject!: (reason?: unknown) => void;
      const promise = new Promise<T>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      return { promise, resolve, reject };
    },
  });
}
