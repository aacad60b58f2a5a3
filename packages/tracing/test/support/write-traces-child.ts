// A separate process writing traces into a shared store folder, for the store's cross-process tests.
// argv: <dir> <worker> <traces> <sharedTraceId> [exit-without-flush]
import { LocalTraceStore } from '../../src/store/local-trace-store.js';
import { fakeSpan, fakeTrace } from './fake-trace.js';

const [dir, worker, traces, sharedTraceId, mode] = process.argv.slice(2);
// Written at every tick, so that the processes' writes interleave as much as they can.
const store = new LocalTraceStore({
  dir,
  retention: { maxTraces: 10_000 },
  writeDelay: 0,
});
const shared = fakeTrace(sharedTraceId, 'shared');
const pause = () => new Promise((resolve) => setImmediate(resolve));
// A large payload makes each record many kilobytes, so torn or interleaved writes would show.
const payload = `${worker}:`.padEnd(20_000, String(worker));

for (let index = 0; index < Number(traces); index++) {
  const trace = fakeTrace(undefined, `worker-${worker}`);
  await store.onTraceStart(trace);
  const agent = fakeSpan(trace, { type: 'agent', name: `Agent ${worker}` });
  await store.onSpanStart(agent);
  await store.onSpanEnd(
    fakeSpan(
      shared,
      { type: 'custom', name: `w${worker}-${index}`, data: { payload } },
      { id: `span_w${worker}_${index}` },
    ),
  );
  await pause();
  await store.onSpanEnd(agent);
  await store.onTraceEnd(trace);
}
if (mode === 'exit-without-flush') process.exit(0);
await store.shutdown();
