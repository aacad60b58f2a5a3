import { Agent, computerTool, run, type Computer } from '@baton/agents';

declare const computer: Computer;

const browser = new Agent({
  name: 'Browser',
  model: 'computer-use-preview',
  modelSettings: { truncation: 'auto' },
  tools: [
    computerTool({
      computer,
      // Acknowledge what you can judge in code; `undefined` leaves it to a person.
      onSafetyCheck: ({ pendingSafetyChecks }) =>
        pendingSafetyChecks.every((check) => check.code === 'irrelevant_domain')
          ? true
          : undefined,
      // Ask a person before anything is typed.
      needsApproval: (_context, action) => action.type === 'type',
    }),
  ],
});

let result = await run(browser, 'Pay the invoice on the open page.');
while (result.interruptions.length > 0) {
  for (const item of result.interruptions) {
    const call = item.rawItem as {
      action?: unknown;
      pending_safety_checks?: Array<{ code?: string; message?: string }>;
    };
    console.log('The model asks to', call.action, call.pending_safety_checks);
    // Approving acknowledges the call's pending safety checks; rejecting skips the action.
    result.state.approve(item);
  }
  result = await run(browser, result.state);
}
console.log(result.finalOutput);
