/**
 * The model for the benchmark: the Baton emulator with its deterministic default model, in a process of its own
 * so that its CPU time is never counted against the implementation being measured. Started by
 * `lib/emulator-process.mjs` over IPC, with its options as JSON in argv[2] (`{ modelLatencyMs, agentTools }`): it reports
 * `{ url }`, then answers `reset`, `requests`, `records` and `close`.
 */
import { startEmulator } from '@baton/testing';
import { routeAgentTools } from './implementations/agent-tools-scenario.mjs';

const { modelLatencyMs, agentTools } = JSON.parse(process.argv[2] ?? '{}');
const emulator = await startEmulator({ modelLatencyMs });
// The agents-as-tools scenario: every request is answered by the scenario's router instead of the default model.
const AGENT_TOOL_REPLIES = 20_000;
const script = () => {
  if (agentTools)
    emulator.script(
      ...Array.from({ length: AGENT_TOOL_REPLIES }, () => routeAgentTools),
    );
};
script();

process.on('message', async (message) => {
  const { id, command } = message;
  if (command === 'reset') {
    emulator.reset();
    script();
  }
  // Request bodies are only needed by the verification pass; they are dropped at every reset.
  let reply = null;
  if (command === 'requests')
    reply = emulator.requests.map((request) => request.body);
  // What the guardrail measurement counts: which model each request asked for, and whether the client left.
  if (command === 'records')
    reply = emulator.requests.map((request) => ({
      model: request.body?.model,
      clientDisconnected: request.clientDisconnected,
    }));
  if (command === 'close') await emulator.close();
  process.send({ id, reply }, () => {
    if (command === 'close') process.disconnect();
  });
});

// If the benchmark dies without saying `close`, the server must not outlive it.
process.on('disconnect', () => void emulator.close());

process.send({ url: emulator.url });
