import { Agent, OpenAIProvider, Runner } from '@baton/agents';

// Scoped to one runner, leaving Baton's defaults alone: here a vLLM server.
const local = new Runner({
  modelProvider: new OpenAIProvider({
    baseURL: 'http://localhost:8000/v1',
    apiKey: 'unused',
    useResponses: false, // Chat Completions
  }),
  model: 'Qwen/Qwen2.5-7B-Instruct',
});

const agent = new Agent({ name: 'Assistant' });
console.log((await local.run(agent, 'Hello!')).finalOutput);
