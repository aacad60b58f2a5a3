import {
  Agent,
  codeInterpreterTool,
  fileSearchTool,
  run,
  webSearchTool,
} from '@baton/agents';

const analyst = new Agent({
  name: 'Analyst',
  tools: [
    // Each flag adds its entry to the request's `include`:
    webSearchTool({ includeSources: true }), // web_search_call.action.sources
    fileSearchTool('vs_123', { includeSearchResults: true }), // file_search_call.results
    codeInterpreterTool({ includeOutputs: true }), // code_interpreter_call.outputs
  ],
  // ...and the agent's own entries come first; each entry is sent once.
  modelSettings: { include: ['reasoning.encrypted_content'], store: false },
});

const result = await run(analyst, 'Summarise the Q3 figures.');
for (const item of result.newItems) {
  const call = item.rawItem;
  if (call.type === 'file_search_call') console.log(call.results);
  if (call.type === 'code_interpreter_call')
    console.log(call.code, call.outputs);
}
