// ScriptedModel: an in-process Model for unit tests of agents, no HTTP involved.
import {
  functionCall,
  modelResponse,
  reasoningItem,
  ScriptedModel,
  textMessage,
} from '@baton/testing';

const model = new ScriptedModel([
  // First call: think, then ask for a tool.
  modelResponse(
    [
      reasoningItem('The user wants the weather.'),
      functionCall('get_weather', { city: 'Paris' }, { callId: 'call_1' }),
    ],
    { inputTokens: 20, outputTokens: 8 },
  ),
  // Second call: computed from the request, here from the tool result it carries.
  (request) => {
    const result = request.input.at(-1) as { output?: unknown };
    return modelResponse([
      textMessage(`It is ${String(result.output)} in Paris.`),
    ]);
  },
]);

// A ModelRequest, as the run loop would build it.
const request: Parameters<ScriptedModel['getResponse']>[0] = {
  input: [{ type: 'message', role: 'user', content: 'Weather in Paris?' }],
  modelSettings: {},
  tools: [],
  outputFormat: { type: 'text' },
};

const first = await model.getResponse(request);
console.log(first.output.map((item) => item.type)); // [ 'reasoning', 'function_call' ]

// Streaming derives response_started, a few text deltas and response_done from the scripted response.
const stream = model.getStreamedResponse({
  ...request,
  input: [
    ...request.input,
    ...first.output,
    { type: 'function_call_output', call_id: 'call_1', output: 'sunny' },
  ],
});
for await (const event of stream) {
  if (event.type === 'output_text_delta') console.log('delta:', event.delta);
}

// Every request was recorded, and no scripted entry is left over.
console.log(model.requests.length); // 2
model.assertComplete();
