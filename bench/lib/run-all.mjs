/** Runs `runs` runs with at most `concurrency` in flight; a failed run fails the measurement. */
export async function runAll({ runOnce, runs, concurrency }) {
  let next = 0;
  const lane = async () => {
    while (next < runs) await runOnce(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, runs) }, lane));
}

/** A full GC (the process runs with `--expose-gc`). */
export function collectGarbage() {
  // Twice: the first pass can leave objects that only become unreachable once finalizers have run.
  globalThis.gc();
  globalThis.gc();
}
