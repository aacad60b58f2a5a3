import { describe, expect, it } from 'vitest';
import { readHistory, type HistoryReader } from './read-history.js';

type Entry =
  | { user: string }
  | { assistant: string }
  | { system: string }
  | { calls: Array<[callId: string, name: string]> }
  | { result: string; of: string };

const reader: HistoryReader<Entry> = {
  userText: (entry) => ('user' in entry ? entry.user : undefined),
  assistantText: (entry) =>
    'assistant' in entry ? entry.assistant : undefined,
  instructionText: (entry) => ('system' in entry ? entry.system : undefined),
  calls: (entry) =>
    'calls' in entry
      ? entry.calls.map(([callId, name]) => ({ callId, name }))
      : [],
  toolResult: (entry) =>
    'result' in entry ? { callId: entry.of, output: entry.result } : undefined,
};

describe('readHistory', () => {
  it('keeps the last user text and forgets the calls made before it', () => {
    const view = readHistory<Entry>(
      [
        { user: 'first' },
        { calls: [['c1', 'lookup']] },
        { result: 'done', of: 'c1' },
        { user: 'second' },
        { calls: [['c2', 'refund']] },
      ],
      reader,
    );
    expect(view.lastUserText).toBe('second');
    expect([...view.calledTools]).toEqual(['lookup', 'refund']);
    expect([...view.calledSinceLastUser]).toEqual(['refund']);
  });

  it('returns only the results that end the conversation, in order, named after the calls they answer', () => {
    const view = readHistory<Entry>(
      [
        { user: 'hi' },
        { calls: [['c0', 'early']] },
        { result: 'stale', of: 'c0' },
        {
          calls: [
            ['c1', 'lookup'],
            ['c2', 'refund'],
          ],
        },
        { result: 'one', of: 'c1' },
        { result: 'two', of: 'c2' },
        { result: 'orphan', of: 'unknown' },
      ],
      reader,
    );
    expect(view.trailingToolResults).toEqual([
      { name: 'lookup', output: 'one' },
      { name: 'refund', output: 'two' },
      { output: 'orphan' },
    ]);
  });

  it('keeps the last message with text, the user or the assistant, and joins the instructions', () => {
    const view = readHistory<Entry>(
      [
        { system: 'Be brief.' },
        { user: 'What is your number?' },
        { assistant: 'Call 555-123-4567.' },
        { assistant: '' },
        { system: 'Never share numbers.' },
      ],
      reader,
    );
    expect(view.lastUserText).toBe('What is your number?');
    expect(view.lastMessageText).toBe('Call 555-123-4567.');
    expect(view.instructions).toBe('Be brief.\nNever share numbers.');
  });

  it('reads an empty conversation as no user text and no results', () => {
    expect(readHistory<Entry>([], reader)).toEqual({
      lastUserText: '',
      lastMessageText: '',
      instructions: '',
      trailingToolResults: [],
      calledTools: new Set(),
      calledSinceLastUser: new Set(),
    });
  });
});
