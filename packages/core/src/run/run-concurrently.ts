/**
 * Runs tasks at once, at most `limit` at a time, and resolves with their results in task order. Without a limit
 * (the usual case) it is a plain `Promise.all`; with one, p-queue is loaded on first need. Once a task fails or
 * `signal` aborts, no queued task starts.
 * @internal
 */
export function runConcurrently<T>(
  tasks: Array<() => Promise<T>>,
  limit: number | undefined,
  signal: AbortSignal,
): Promise<T[]> {
  // The usual case hands on the `Promise.all` itself, with no async function's promise around it.
  if (limit === undefined || limit >= tasks.length)
    return Promise.all(tasks.map((task) => task()));
  return runQueued(tasks, limit, signal);
}

async function runQueued<T>(
  tasks: Array<() => Promise<T>>,
  limit: number,
  signal: AbortSignal,
): Promise<T[]> {
  const { default: PQueue } = await import('p-queue');
  const queue = new PQueue({ concurrency: Math.max(1, limit) });
  let failed = false;
  const stop = () => queue.clear();
  signal.addEventListener('abort', stop, { once: true });
  // The flag is set inside the task, before p-queue learns of the failure and starts the next one.
  const guard = (task: () => Promise<T>) => async () => {
    if (failed) throw new Error('An earlier task failed.');
    signal.throwIfAborted();
    try {
      return await task();
    } catch (error) {
      failed = true;
      queue.clear();
      throw error;
    }
  };
  try {
    return await Promise.all(
      tasks.map(
        (task) =>
          queue.add(guard(task), { throwOnTimeout: true }) as Promise<T>,
      ),
    );
  } finally {
    signal.removeEventListener('abort', stop);
  }
}
