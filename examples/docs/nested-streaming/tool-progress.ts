import { Agent, run, tool } from '@baton/agents';
import { z } from 'zod';

const fetchPages = tool({
  name: 'fetch_pages',
  description: 'Fetches the pages of a report.',
  parameters: z.object({ count: z.number() }),
  execute: async ({ count }, _context, details) => {
    for (let page = 1; page <= count; page++) {
      // ... fetch one page ...
      details.emit({ page, of: count });
    }
    return `${count} pages fetched`;
  },
});

const reader = new Agent({
  name: 'Reader',
  instructions: 'Fetch the report, then summarize it.',
  tools: [fetchPages],
});

const result = await run(reader, 'Read the 3-page report.', { stream: true });
for await (const event of result) {
  if (event.type === 'tool_progress_stream_event')
    console.log(`${event.toolName} (${event.callId}):`, event.data);
}
