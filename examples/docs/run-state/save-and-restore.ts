import { Agent, MaxTurnsExceededError, run, RunState } from '@baton/agents';

const billing = new Agent({
  name: 'Billing',
  instructions: 'Handle invoices.',
});
const triage = new Agent({ name: 'Triage', handoffs: [billing] });
// A long random key from your secret store; never part of the state.
const secret = process.env.RUN_STATE_SECRET!;

let saved: string | undefined;
try {
  await run(triage, 'Why was I charged twice?', { maxTurns: 4 });
} catch (error) {
  if (!MaxTurnsExceededError.isInstance(error) || !error.state) throw error;
  saved = error.state.toString({ secret });
}

// Later, perhaps in another process: the same agents, built again, found by name.
if (saved) {
  const state = await RunState.fromString(triage, saved, { secret });
  console.log(
    state.currentAgent.name,
    state.currentTurn,
    state.usage.totalTokens,
  );
  console.log(state.history());
}
