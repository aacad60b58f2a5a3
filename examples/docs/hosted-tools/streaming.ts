import { Agent, run, webSearchTool } from '@baton/agents';

const agent = new Agent({ name: 'Researcher', tools: [webSearchTool()] });
const stream = await run(agent, 'What happened in athletics today?', {
  stream: true,
});

for await (const event of stream) {
  // The provider's own events: response.web_search_call.in_progress → searching → completed, text deltas, and
  // response.output_text.annotation.added for each citation.
  if (event.type === 'raw_model_stream_event' && event.data.type === 'model') {
    const raw = event.data.event as { type: string };
    if (raw.type.startsWith('response.web_search_call.')) console.log(raw.type);
  }
  // One tool_called event per finished hosted call, its item as the API sent it.
  if (event.type === 'run_item_stream_event' && event.name === 'tool_called') {
    console.log('searched:', event.item.rawItem);
  }
}
console.log(stream.finalOutput);
