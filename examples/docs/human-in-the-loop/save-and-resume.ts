import {
  type Agent,
  run,
  RunState,
  RunStateReplayError,
  type RunStateLedger,
} from '@baton/agents';

declare const support: Agent;
declare const ledger: RunStateLedger; // shared by every process that resumes states
declare const store: {
  get(id: string): Promise<string>;
  set(id: string, text: string): Promise<void>;
};
const secret = process.env.RUN_STATE_SECRET!;

// Process 1: run until a call waits, then save the signed state.
const result = await run(support, 'Refund 250 for order 1234.');
if (result.interruptions.length > 0)
  await store.set('ticket-77', result.state.toString({ secret }));

// Process 2, perhaps a day later: restore, decide, resume.
const state = await RunState.fromString(support, await store.get('ticket-77'), {
  secret,
  ledger,
});
for (const item of state.interruptions) state.approve(item);
try {
  const resumed = await run(support, state);
  if (resumed.interruptions.length > 0)
    await store.set('ticket-77', resumed.state.toString({ secret }));
  else console.log(resumed.finalOutput);
} catch (error) {
  // This saved state was resumed before: its decisions were used. Nothing ran.
  if (RunStateReplayError.isInstance(error))
    console.warn(`Run ${error.stateId} was already resumed.`);
  else throw error;
}
