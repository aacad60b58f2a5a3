import { describe, expect, it } from 'vitest';
import { Agent, RunMessageOutputItem, type AgentInputItem } from '@baton/core';
import { getCitations } from './get-citations.js';

const wired = {
  type: 'url_citation',
  url: 'https://example.com/a',
  title: 'A',
  start_index: 0,
  end_index: 5,
};
const handbook = {
  type: 'file_citation',
  file_id: 'file-1',
  filename: 'handbook.md',
  index: 12,
};

function answer(annotations: unknown[]): AgentInputItem {
  return {
    type: 'message',
    role: 'assistant',
    content: [{ type: 'output_text', text: 'Cited.', annotations }],
  };
}

describe('getCitations', () => {
  it("lists the url and file citations of a result's messages in order, repeats included", () => {
    const agent = new Agent({ name: 'a' });
    const newItems = [
      new RunMessageOutputItem(answer([wired, handbook]) as never, agent),
      new RunMessageOutputItem(answer([wired]) as never, agent),
    ];
    expect(getCitations({ newItems })).toEqual([wired, handbook, wired]);
  });

  it('keeps the first citation of each source with unique', () => {
    const items = [answer([wired, handbook]), answer([wired, handbook])];
    expect(getCitations(items, { unique: true })).toEqual([wired, handbook]);
  });

  it('ignores other annotations, user messages and tool items', () => {
    const items: AgentInputItem[] = [
      { role: 'user', content: 'hi' },
      { type: 'web_search_call', id: 'ws_1', status: 'completed' },
      answer([{ type: 'file_path', file_id: 'file-2', index: 0 }]),
    ];
    expect(getCitations(items)).toEqual([]);
  });
});
