/** Runs `emulator-server.mjs` in a child process and talks to it over IPC. */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SERVER = fileURLToPath(
  new URL('../emulator-server.mjs', import.meta.url),
);

/**
 * Starts the emulator process (`modelLatencyMs`: time to first byte by model name; `agentTools`: answer with the
 * agents-as-tools scenario's router). Resolves with
 * `{ url, reset(), requests(), records(), close() }`; `requests()` returns the request bodies received since the
 * last reset, `records()` their `{ model, clientDisconnected }`.
 */
export function startEmulatorProcess({ env, modelLatencyMs, agentTools }) {
  const child = fork(SERVER, [JSON.stringify({ modelLatencyMs, agentTools })], {
    env,
    execArgv: [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const exited = new Promise((done) => child.once('exit', done));
  const pending = new Map();
  let nextId = 0;
  const call = (command) =>
    new Promise((resolve, reject) => {
      const id = (nextId += 1);
      pending.set(id, { resolve, reject });
      child.send({ id, command });
    });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => {
      const error = new Error(`The emulator process exited (code ${code})`);
      for (const waiter of pending.values()) waiter.reject(error);
      reject(error);
    });
    child.on('message', (message) => {
      if (message.url) {
        resolve({
          url: message.url,
          reset: () => call('reset'),
          requests: () => call('requests'),
          records: () => call('records'),
          close: () => call('close').then(() => exited),
        });
        return;
      }
      pending.get(message.id)?.resolve(message.reply);
      pending.delete(message.id);
    });
  });
}
