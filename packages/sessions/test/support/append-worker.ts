// A separate process appending to one SQLite file: `append-worker.ts <path> <sessionId> <worker> <turns>`.
// It opens the file, prints "ready", and starts appending when a line arrives on stdin, so that every worker
// writes at the same time. Each turn appends two items in one addItems call: a lost or split write shows.
import { once } from 'node:events';
import { SQLiteSession } from '../../src/sqlite/sqlite-session.js';

const [path, sessionId, worker, turns] = process.argv.slice(2);
const session = new SQLiteSession({ path, sessionId });
await session.getItems(1);
process.stdout.write('ready\n');
await once(process.stdin, 'data');
for (let turn = 0; turn < Number(turns); turn++) {
  await session.addItems([
    { type: 'message', role: 'user', content: `${worker}:${turn}:question` },
    { type: 'message', role: 'assistant', content: `${worker}:${turn}:answer` },
  ]);
}
await session.close();
process.stdout.write(`${session.driver}\n`);
process.stdin.destroy();
