import { type Agent, run } from '@baton/agents';
import { journaledStepRunner } from '@baton/restate';
import * as restate from '@restatedev/restate-sdk';

declare const agent: Agent;

// A handler of your own: each model call and tool invocation becomes one journaled `ctx.run`.
export const summaries = restate.service({
  name: 'summaries',
  handlers: {
    summarize: async (ctx: restate.Context, text: string) => {
      const result = await run(agent, `Summarize: ${text}`, {
        stepRunner: journaledStepRunner(ctx),
      });
      return String(result.finalOutput);
    },
  },
});
