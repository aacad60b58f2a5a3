/** A value, or a promise of it: what a step returns when it only sometimes has to wait. @internal */
export type MaybePromise<T> = T | Promise<T>;

/**
 * Whether `value` is a thenable. Steps that usually have their answer at once return it as it is, and the caller
 * awaits only what is a promise: an `await` of a plain value still costs a microtask, and a run takes dozens of
 * steps per turn.
 * @internal
 */
export function isPromise<T>(
  value: T | PromiseLike<T>,
): value is PromiseLike<T> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}
