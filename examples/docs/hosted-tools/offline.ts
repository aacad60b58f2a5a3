import {
  Agent,
  OpenAIProvider,
  Runner,
  fileSearchTool,
  getCitations,
  webSearchTool,
} from '@baton/agents';
import { startEmulator } from '@baton/testing';

// The emulator's default model searches for any hosted tool it is offered and answers with citations.
const emulator = await startEmulator();
const runner = new Runner({
  model: 'gpt-4.1-mini',
  modelProvider: new OpenAIProvider({ baseURL: emulator.url, apiKey: 'test' }),
});
const agent = new Agent({
  name: 'Researcher',
  tools: [webSearchTool(), fileSearchTool('vs_handbook')],
});

const result = await runner.run(agent, 'Baton exchange rules');
console.log(result.newItems.map((item) => item.rawItem.type));
// ['web_search_call', 'file_search_call', 'message']
console.log(getCitations(result).map((citation) => citation.type));
// ['url_citation', 'file_citation']
await emulator.close();
