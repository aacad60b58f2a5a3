import type { AgentOutputItem } from '@baton/core';
import { randomId } from '../../internal/random-id.js';
import type { ConversationView } from './conversation-view.js';

/** Where the session clicks when the user's message gives no coordinates: the field, then the submit button. */
export const DEFAULT_FIELD_POINT: readonly [number, number] = [200, 120];
export const DEFAULT_SUBMIT_POINT: readonly [number, number] = [200, 200];

type Action = Record<string, unknown>;

/**
 * The default model's computer-use session, for a request offering a computer tool: one `computer_call` per
 * response — take a screenshot, click the field, type, click submit, take a screenshot — then a message saying
 * what it did. The step is the number of computer calls since the last user message, so each screenshot sent back
 * moves the session on. What to do comes from the user's message, so that a test page with a fixed layout can be
 * driven: the text to type is its first double-quoted string (else `Baton`), the field and the button are its
 * first and second `(x, y)` pairs (else {@link DEFAULT_FIELD_POINT} and {@link DEFAULT_SUBMIT_POINT}), and when it
 * mentions `sensitive`, the submit click carries a pending `sensitive_domain` safety check, as the live API raises.
 * @internal
 */
export function computerReply(view: ConversationView): AgentOutputItem {
  const said = view.lastUserText;
  const text = /"([^"]*)"/.exec(said)?.[1] ?? 'Baton';
  const points = [...said.matchAll(/\((\d+)\s*,\s*(\d+)\)/g)].map(
    (match) => [Number(match[1]), Number(match[2])] as const,
  );
  const [fieldX, fieldY] = points[0] ?? DEFAULT_FIELD_POINT;
  const [submitX, submitY] = points[1] ?? DEFAULT_SUBMIT_POINT;
  const steps: Array<{ action: Action; checks?: Action[] }> = [
    { action: { type: 'screenshot' } },
    { action: click(fieldX, fieldY) },
    { action: { type: 'type', text } },
    {
      action: click(submitX, submitY),
      ...(/\bsensitive\b/i.test(said) && {
        checks: [
          {
            id: randomId('cu_sc_'),
            code: 'sensitive_domain',
            message:
              'The page may handle sensitive data: check the action before it goes ahead.',
          },
        ],
      }),
    },
    { action: { type: 'screenshot' } },
  ];
  const step = steps[view.computerCallsSinceLastUser ?? 0];
  if (!step)
    return {
      type: 'message',
      role: 'assistant',
      status: 'completed',
      content: [
        {
          type: 'output_text',
          text: `I typed "${text}" into the field and submitted the form.`,
          annotations: [],
        },
      ],
    } as AgentOutputItem;
  return {
    type: 'computer_call',
    id: randomId('cu_'),
    call_id: randomId('call_'),
    action: step.action,
    pending_safety_checks: step.checks ?? [],
    status: 'completed',
  };
}

function click(x: number, y: number): Action {
  return { type: 'click', button: 'left', x, y };
}
