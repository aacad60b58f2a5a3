import { describe, expect, it } from 'vitest';
import { NoopSpan, Span } from '../src/index.js';
import { silent } from './support/silent-processor.js';

function span() {
  return new Span(
    {
      traceId: 'trace_0123456789abcdef0123456789abcdef',
      data: { type: 'function', name: 'fetch', input: '', output: '' },
    },
    silent,
  );
}

describe('span events', () => {
  it('are kept in order while the span runs, and exported only when there are some', () => {
    const quiet = span();
    quiet.start();
    quiet.end();
    expect(quiet.toJSON()).not.toHaveProperty('events');

    const busy = span();
    busy.start();
    busy.addEvent('tool_progress', { data: { page: 1 } });
    busy.addEvent('tool_progress');
    busy.end();
    busy.addEvent('too late');

    expect(busy.events.map((event) => [event.name, event.data])).toEqual([
      ['tool_progress', { data: { page: 1 } }],
      ['tool_progress', undefined],
    ]);
    expect(busy.toJSON()!.events).toEqual([
      {
        name: 'tool_progress',
        at: expect.any(String),
        data: { data: { page: 1 } },
      },
      { name: 'tool_progress', at: expect.any(String) },
    ]);
    expect(busy.clone().events).toHaveLength(2);
  });

  it('are not recorded by a no-op span', () => {
    const noop = new NoopSpan(
      { type: 'function', name: 'x', input: '', output: '' },
      silent,
    );
    noop.addEvent('tool_progress');
    expect(noop.events).toEqual([]);
  });
});
