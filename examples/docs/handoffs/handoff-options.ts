import { Agent, handoff, removeAllTools, type RunContext } from '@baton/agents';
import { z } from 'zod';

interface Session {
  escalations: string[];
}

const humanDesk = new Agent<Session>({
  name: 'Escalations',
  instructions: 'Summarise the case for a human.',
});

export const triage = new Agent<Session>({
  name: 'Triage',
  handoffs: [
    handoff(humanDesk, {
      toolNameOverride: 'escalate_to_human',
      toolDescriptionOverride:
        'Escalate when the customer is angry or asks for a person.',
      // The model must give a reason; a call without a valid one goes back to it and no switch happens.
      inputType: z.object({ reason: z.string() }),
      onHandoff: (runContext: RunContext<Session>, input) => {
        runContext.context.escalations.push(input.reason);
      },
      // The next agent sees the conversation's messages, not the tool calls made so far.
      inputFilter: removeAllTools,
      // Offer the handoff only while no escalation has happened in this session.
      isEnabled: (runContext) => runContext.context.escalations.length === 0,
    }),
  ],
});
