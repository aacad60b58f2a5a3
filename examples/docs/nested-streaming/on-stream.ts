import { Agent, run } from '@baton/agents';

const researcher = new Agent({
  name: 'Researcher',
  instructions: 'Answer research questions in detail.',
});

// As in @openai/agents: a handler that sees the sub-agent's events, whether or not the caller streams.
const researchTool = researcher
  .asTool({
    toolName: 'research',
    toolDescription: 'Researches a question.',
    onStream: ({ event, toolCall }) => {
      if (event.type === 'run_item_stream_event')
        console.log(`[research ${toolCall?.call_id}] ${event.name}`);
    },
  })
  .on('raw_model_stream_event', ({ event }) => {
    if (
      event.type === 'raw_model_stream_event' &&
      event.data.type === 'output_text_delta'
    )
      process.stdout.write(event.data.delta);
  });

const writer = new Agent({
  name: 'Writer',
  instructions: 'Research first, then write a short answer.',
  tools: [researchTool],
});
console.log((await run(writer, 'Who invented the relay race?')).finalOutput);
