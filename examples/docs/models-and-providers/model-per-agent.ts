import {
  Agent,
  OpenAIChatCompletionsModel,
  OpenAIResponsesModel,
} from '@baton/agents';
import OpenAI from 'openai';

const ollama = new OpenAI({
  baseURL: 'http://localhost:11434/v1',
  apiKey: 'ollama',
});

// A Model instance on the agent is used as it is; names go through the run's provider.
export const summariser = new Agent({
  name: 'Summariser',
  model: new OpenAIChatCompletionsModel(ollama, 'llama3.2'),
});

export const planner = new Agent({
  name: 'Planner',
  model: new OpenAIResponsesModel(new OpenAI(), 'gpt-4.1'),
  handoffs: [summariser],
});
