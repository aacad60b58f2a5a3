import { describe, expect, it } from 'vitest';
import { Agent } from '../agent/agent.js';
import { extractAllTextOutput } from './extract-all-text-output.js';
import { assistant, system, user } from './message.js';
import {
  RunMessageOutputItem,
  RunToolCallItem,
  type RunItem,
} from './run-item.js';

describe('user(), system() and assistant()', () => {
  it('build canonical message items as the SDK helpers do', () => {
    expect(user('hi')).toEqual({
      type: 'message',
      role: 'user',
      content: [{ type: 'input_text', text: 'hi' }],
    });
    expect(system('Be brief.')).toEqual({
      type: 'message',
      role: 'system',
      content: 'Be brief.',
    });
    expect(assistant('Hello!')).toEqual({
      type: 'message',
      role: 'assistant',
      status: 'completed',
      content: [{ type: 'output_text', text: 'Hello!', annotations: [] }],
    });
  });

  it('convert SDK-shaped content and merge options as wire fields', () => {
    const item = user(
      [{ type: 'input_image', image: 'https://x.test/a.png' } as never],
      { cacheHint: 'k' },
    );
    expect(item).toEqual({
      type: 'message',
      role: 'user',
      cache_hint: 'k',
      content: [
        {
          type: 'input_image',
          image_url: 'https://x.test/a.png',
          detail: 'auto',
        },
      ],
    });
  });
});

describe('extractAllTextOutput', () => {
  it('joins the text of the message items only', () => {
    const agent = new Agent({ name: 'A' });
    const items: RunItem[] = [
      new RunMessageOutputItem(assistant('Hello, '), agent),
      new RunToolCallItem(
        { type: 'function_call', call_id: 'c', name: 'f', arguments: '{}' },
        agent,
      ),
      new RunMessageOutputItem(assistant('world'), agent),
    ];
    expect(extractAllTextOutput(items)).toBe('Hello, world');
  });
});
