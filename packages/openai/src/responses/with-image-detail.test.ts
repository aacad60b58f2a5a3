import { describe, expect, it } from 'vitest';
import type { AgentInputItem } from '@baton/core';
import { withImageDetail } from './with-image-detail.js';

describe('withImageDetail', () => {
  it('adds detail "auto" to images that lack it and keeps the caller items untouched', () => {
    const input: AgentInputItem[] = [
      { type: 'message', role: 'user', content: 'hi' },
      {
        type: 'message',
        role: 'user',
        content: [
          { type: 'input_text', text: 'look' },
          { type: 'input_image', image_url: 'data:image/png;base64,AAAA' },
          {
            type: 'input_image',
            image_url: 'https://example.com/a.png',
            detail: 'low',
          },
        ],
      },
    ];
    const sent = withImageDetail(input);
    expect(sent).not.toBe(input);
    expect(sent[0]).toBe(input[0]);
    expect(
      (sent[1] as { content: Array<{ detail?: string }> }).content.map(
        (part) => part.detail,
      ),
    ).toEqual([undefined, 'auto', 'low']);
    expect(
      (input[1] as { content: Array<{ detail?: string }> }).content[1]!.detail,
    ).toBeUndefined();
  });

  it('returns the same array when nothing needs a detail', () => {
    const input: AgentInputItem[] = [
      { type: 'message', role: 'user', content: 'plain' },
    ];
    expect(withImageDetail(input)).toBe(input);
  });
});
