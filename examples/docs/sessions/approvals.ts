import { type Agent, run, RunState, type Session } from '@baton/agents';

declare const support: Agent; // has a tool with needsApproval
declare const session: Session;
declare const store: {
  get(id: string): Promise<string>;
  set(id: string, text: string): Promise<void>;
};

// The run stops for an approval: the session now holds the question and the call that waits.
const result = await run(support, 'Refund order 1234.', { session });
if (result.interruptions.length > 0)
  await store.set('ticket-77', result.state.toString());

// Later: decide, and resume with the same session. Only the call's output and the answer are added.
const state = await RunState.fromString(support, await store.get('ticket-77'));
for (const item of state.interruptions) state.approve(item);
const resumed = await run(support, state, { session });
console.log(resumed.finalOutput);
