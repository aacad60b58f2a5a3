/**
 * Runs tasks at once, at most `limit` at a time, and resolves with their results in task order. Without a limit
 * (the usual case) it is a plain `Promise.all`; with one, p-queue is loaded on first need.
 * @internal
 */
export async function runConcurrently<T>(
  tasks: Array<() => Promise<T>>,
  limit: number | undefined,
): Promise<T[]> {
  if (limit === undefined || limit >= tasks.length)
    return Promise.all(tasks.map((task) => task()));
  const { default: PQueue } = await import('p-queue');
  const queue = new PQueue({ concurrency: Math.max(1, limit) });
  return Promise.all(
    tasks.map(
      (task) => queue.add(task, { throwOnTimeout: true }) as Promise<T>,
    ),
  );
}
