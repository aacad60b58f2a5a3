import { Agent, run } from '@baton/agents';

const translator = (language: string) =>
  new Agent({
    name: `${language} translator`,
    instructions: `Translate the user message into ${language}.`,
  });

const orchestrator = new Agent({
  name: 'Orchestrator',
  instructions: 'Call both translators at once, then give both translations.',
  tools: [
    translator('Spanish').asTool({ toolName: 'to_spanish' }),
    translator('French').asTool({ toolName: 'to_french' }),
  ],
});

const result = await run(orchestrator, 'Good morning!', {
  stream: true,
  nestedEvents: true,
});
for await (const event of result) {
  if (
    event.type !== 'raw_model_stream_event' ||
    event.data.type !== 'output_text_delta'
  )
    continue;
  if (event.origin === undefined) {
    // The orchestrator's own text (depth 0): what `toTextStream()` gives.
    process.stdout.write(event.data.delta);
  } else {
    // A sub-agent's text: `origin.path` leads from the top-level run down to it.
    const { toolName, toolCallId } = event.origin.path.at(-1)!;
    console.log(`[${toolName} ${toolCallId}] ${event.data.delta}`);
  }
}
