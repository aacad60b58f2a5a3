import { describe, expect, it } from 'vitest';
import type { ConversationView } from './conversation-view.js';
import { defaultReply } from './default-reply.js';

function view(overrides: Partial<ConversationView>): ConversationView {
  return {
    lastUserText: '',
    lastMessageText: '',
    instructions: '',
    trailingToolResults: [],
    tools: [],
    calledTools: new Set(),
    calledSinceLastUser: new Set(),
    toolChoice: 'auto',
    ...overrides,
  };
}

const objectSchema = {
  type: 'object',
  properties: { query: { type: 'string' } },
  required: ['query'],
};
const handoffs = [
  {
    name: 'transfer_to_billing_agent',
    parameters: { type: 'object', properties: {} },
  },
  {
    name: 'transfer_to_technical_support',
    parameters: { type: 'object', properties: {} },
  },
];

describe('defaultReply', () => {
  it('puts a reasoning item with a summary first when the request asks for one', () => {
    const reply = defaultReply(
      view({
        lastUserText: 'Weather?',
        tools: [{ name: 'get_weather' }],
        reasoning: { summary: 'auto', encrypted: false },
      }),
    );
    expect(reply).toEqual({
      output: [
        {
          type: 'reasoning',
          summary: [
            {
              type: 'summary_text',
              text: expect.stringContaining('`get_weather`'),
            },
          ],
        },
        expect.objectContaining({ type: 'function_call', name: 'get_weather' }),
      ],
    });
  });

  it('adds encrypted content to the reasoning item when the request includes it', () => {
    const reply = defaultReply(
      view({ reasoning: { summary: 'detailed', encrypted: true } }),
    ) as { output: Array<Record<string, unknown>> };
    expect(reply.output[0]).toMatchObject({
      type: 'reasoning',
      encrypted_content: expect.stringMatching(/^emulated:/),
    });
    expect(reply.output[1]).toMatchObject({ type: 'message' });
  });

  it('names the prompt template, its version and variables in a text answer', () => {
    expect(
      defaultReply(
        view({
          lastUserText: 'Hi',
          prompt: { id: 'pmpt_1', version: '2', variables: { city: 'Paris' } },
        }),
      ),
    ).toEqual({
      text: 'Hello from the Baton emulator. You said: "Hi" (prompt pmpt_1, version 2, city: Paris)',
    });
  });

  it('(a) answers with the tool result when the conversation ends with one', () => {
    const reply = defaultReply(
      view({
        trailingToolResults: [{ name: 'lookup', output: 'Invoice 42 is paid' }],
        tools: [{ name: 'lookup' }],
      }),
    );
    expect(reply).toEqual({ text: 'Here is what I found: Invoice 42 is paid' });
  });

  it('(b) routes to the handoff whose name the user mentions, multi-word names included', () => {
    const reply = defaultReply(
      view({ lastUserText: 'I have a BILLING question', tools: handoffs }),
    );
    expect(reply).toEqual({
      toolCalls: [{ name: 'transfer_to_billing_agent', arguments: {} }],
    });
    const technical = defaultReply(
      view({
        lastUserText: 'My router has a technical fault',
        tools: handoffs,
      }),
    );
    expect(technical).toMatchObject({
      toolCalls: [{ name: 'transfer_to_technical_support' }],
    });
  });

  it('(b) prefers the handoff whose whole agent name the user wrote, whatever the case of the tool name', () => {
    const tools = [
      { name: 'transfer_to_Card_Billing', parameters: { type: 'object' } },
      { name: 'transfer_to_Billing_Card', parameters: { type: 'object' } },
    ];
    const reply = defaultReply(
      view({ lastUserText: 'A billing card question', tools }),
    );
    expect(reply).toMatchObject({
      toolCalls: [{ name: 'transfer_to_Billing_Card' }],
    });
  });

  it('(b) matches a shortened word of the agent name, such as "bill" for billing', () => {
    const reply = defaultReply(
      view({ lastUserText: 'my bill is wrong', tools: handoffs }),
    );
    expect(reply).toMatchObject({
      toolCalls: [{ name: 'transfer_to_billing_agent' }],
    });
  });

  it('does not hand off on generic words such as "agent"', () => {
    const reply = defaultReply(
      view({ lastUserText: 'let me talk to an agent', tools: handoffs }),
    );
    expect(reply).toMatchObject({
      text: expect.stringContaining('let me talk to an agent'),
    });
  });

  it('after a handoff, calls the specialist tool instead of answering with the handoff result', () => {
    const reply = defaultReply(
      view({
        lastUserText: 'billing question about invoice INV-7',
        trailingToolResults: [
          {
            name: 'transfer_to_billing_agent',
            output: '{"assistant":"Billing"}',
          },
        ],
        tools: [
          {
            name: 'lookup_invoice',
            parameters: {
              type: 'object',
              properties: { invoice_id: { type: 'string' } },
              required: ['invoice_id'],
            },
          },
        ],
        calledTools: new Set(['transfer_to_billing_agent']),
        calledSinceLastUser: new Set(['transfer_to_billing_agent']),
      }),
    );
    expect(reply).toEqual({
      toolCalls: [
        { name: 'lookup_invoice', arguments: { invoice_id: 'INV-7' } },
      ],
    });
  });

  it('(c) calls a function tool once per user message, again for the next message', () => {
    const tools = [{ name: 'search', parameters: objectSchema }];
    expect(
      defaultReply(view({ lastUserText: 'find cats', tools })),
    ).toMatchObject({ toolCalls: [{ name: 'search' }] });
    const again = defaultReply(
      view({
        lastUserText: 'find cats',
        tools,
        calledTools: new Set(['search']),
        calledSinceLastUser: new Set(['search']),
      }),
    );
    expect(again).toMatchObject({ text: expect.any(String) });
    // A later message of the same conversation: the call before it does not count.
    const nextMessage = defaultReply(
      view({
        lastUserText: 'find dogs',
        tools,
        calledTools: new Set(['search']),
      }),
    );
    expect(nextMessage).toMatchObject({ toolCalls: [{ name: 'search' }] });
  });

  it('(d) answers a JSON document when a json_schema output is asked for', () => {
    const schema = {
      type: 'object',
      properties: { answer: { type: 'string' } },
      required: ['answer'],
    };
    const reply = defaultReply(
      view({
        lastUserText: 'Hello Bob',
        outputFormat: { type: 'json_schema', schema },
      }),
    );
    expect(reply).toEqual({ json: { answer: 'Bob' } });
  });

  it('(d) answers a guardrail verdict on the last message when the schema has check fields', () => {
    const schema = {
      type: 'object',
      properties: {
        containsPhoneNumber: { type: 'boolean' },
        reasoning: { type: 'string' },
      },
      required: ['containsPhoneNumber', 'reasoning'],
    };
    const reply = defaultReply(
      view({
        lastUserText: 'How do I reach you?',
        lastMessageText: 'Call 555-0100.',
        outputFormat: { type: 'json_schema', schema },
      }),
    );
    expect(reply).toEqual({
      json: {
        containsPhoneNumber: true,
        reasoning: 'The text contains a phone number ("555-0100").',
      },
    });
  });

  it('(e) answers a short text quoting the user otherwise', () => {
    expect(defaultReply(view({ lastUserText: 'ping' }))).toEqual({
      text: 'Hello from the Baton emulator. You said: "ping"',
    });
  });

  it('honours tool_choice: none skips tools, a named function forces that call', () => {
    const tools = [
      { name: 'search', parameters: objectSchema },
      { name: 'other' },
    ];
    expect(
      defaultReply(view({ lastUserText: 'x', tools, toolChoice: 'none' })),
    ).toMatchObject({ text: expect.any(String) });
    expect(
      defaultReply(view({ lastUserText: 'x', tools, toolChoice: 'other' })),
    ).toMatchObject({
      toolCalls: [{ name: 'other' }],
    });
  });
});
