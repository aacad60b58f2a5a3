/**
 * The model for the benchmark: the Baton emulator with its deterministic default model, in a process of its own
 * so that its CPU time is never counted against the implementation being measured. Started by
 * `lib/emulator-process.mjs` over IPC: it reports `{ url }`, then answers `reset`, `requests` and `close`.
 */
import { startEmulator } from '@baton/testing';

const emulator = await startEmulator();

process.on('message', async (message) => {
  const { id, command } = message;
  if (command === 'reset') emulator.reset();
  // Request bodies are only needed by the verification pass; they are dropped at every reset.
  const reply =
    command === 'requests'
      ? emulator.requests.map((request) => request.body)
      : null;
  if (command === 'close') await emulator.close();
  process.send({ id, reply }, () => {
    if (command === 'close') process.disconnect();
  });
});

// If the benchmark dies without saying `close`, the server must not outlive it.
process.on('disconnect', () => void emulator.close());

process.send({ url: emulator.url });
