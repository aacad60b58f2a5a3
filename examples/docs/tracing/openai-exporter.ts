import {
  Agent,
  Runner,
  setDefaultOpenAITracingExporter,
  setTracingExportApiKey,
} from '@baton/agents';

// With OPENAI_API_KEY set, @baton/agents already exports to OpenAI. A different key for traces:
const tracesKey = process.env.TRACES_API_KEY;
if (tracesKey) setTracingExportApiKey(tracesKey);

// Or another ingest endpoint that speaks the same API (the Baton emulator, a proxy):
setDefaultOpenAITracingExporter({ baseURL: 'http://127.0.0.1:4010/v1' });

// One runner's traces sent with the key of another project:
const runner = new Runner({ tracing: { apiKey: process.env.OTHER_KEY } });
await runner.run(new Agent({ name: 'Assistant' }), 'Hello');
