// A separate process appending to one SQLite file: `append-worker.ts <path> <sessionId> <worker> <turns> [locked]`.
// It opens the file, prints "ready", and starts appending when a line arrives on stdin, so that every worker
// writes at the same time. Each turn appends two items in one addItems call: a lost or split write shows. With
// `locked`, each turn is a run's: take the lock, read the history, append a question naming how many items it
// saw, release; turns that overlapped would have seen too few.
import { once } from 'node:events';
import { SQLiteSession } from '../../src/sqlite/sqlite-session.js';

const [path, sessionId, worker, turns, mode] = process.argv.slice(2);
const session = new SQLiteSession({
  path,
  sessionId,
  lock: { retryMaxMs: 20 },
});
await session.getItems(1);
process.stdout.write('ready\n');
await once(process.stdin, 'data');
for (let turn = 0; turn < Number(turns); turn++) {
  if (mode === 'locked') {
    const lease = await session.lock();
    const seen = (await session.getItems()).length;
    await lease.addItems([
      { type: 'message', role: 'user', content: `${worker}:${turn}:${seen}` },
      {
        type: 'message',
        role: 'assistant',
        content: `${worker}:${turn}:answer`,
      },
    ]);
    await lease.release();
    continue;
  }
  await session.addItems([
    { type: 'message', role: 'user', content: `${worker}:${turn}:question` },
    { type: 'message', role: 'assistant', content: `${worker}:${turn}:answer` },
  ]);
}
await session.close();
process.stdout.write(`${session.driver}\n`);
process.stdin.destroy();
