import { describe, expect, it } from 'vitest';
import { responsesConversation } from '../responses/responses-conversation.js';
import { computerReply } from './computer-reply.js';

const tools = [
  {
    type: 'computer_use_preview',
    environment: 'browser',
    display_width: 800,
    display_height: 600,
  },
];

function step(said: string, earlierCalls: number) {
  const calls = Array.from({ length: earlierCalls }, (_, index) => [
    {
      type: 'computer_call',
      call_id: `call_${index}`,
      action: { type: 'wait' },
    },
    { type: 'computer_call_output', call_id: `call_${index}`, output: {} },
  ]).flat();
  const view = responsesConversation({
    tools,
    input: [{ type: 'message', role: 'user', content: said }, ...calls],
  });
  expect(view.offersComputer).toBe(true);
  return computerReply(view) as Record<string, any>;
}

describe('the default computer-use session', () => {
  it('screenshots, clicks the field, types, clicks submit, screenshots, then answers', () => {
    const said =
      'Type "Ada" into the field at (10, 20) and press the button at (30, 40).';
    expect([0, 1, 2, 3, 4].map((n) => step(said, n).action)).toEqual([
      { type: 'screenshot' },
      { type: 'click', button: 'left', x: 10, y: 20 },
      { type: 'type', text: 'Ada' },
      { type: 'click', button: 'left', x: 30, y: 40 },
      { type: 'screenshot' },
    ]);
    expect(step(said, 5)).toMatchObject({ type: 'message', role: 'assistant' });
  });

  it('raises a pending safety check on the submit click when the user says the page is sensitive', () => {
    const said = 'Submit "x" on this sensitive page.';
    expect(step(said, 2).pending_safety_checks).toEqual([]);
    expect(step(said, 3).pending_safety_checks).toEqual([
      expect.objectContaining({ code: 'sensitive_domain' }),
    ]);
  });
});
