import {
  Agent,
  run,
  setDefaultOpenAIClient,
  setOpenAIAPI,
} from '@baton/agents';
import OpenAI from 'openai';

// Ollama, vLLM and LM Studio speak Chat Completions, not the Responses API.
setOpenAIAPI('chat_completions');
setDefaultOpenAIClient(
  new OpenAI({ baseURL: 'http://localhost:11434/v1', apiKey: 'ollama' }),
);

const agent = new Agent({
  name: 'Assistant',
  model: 'llama3.2',
  instructions: 'Answer briefly.',
});
console.log((await run(agent, 'Why is the sky blue?')).finalOutput);
