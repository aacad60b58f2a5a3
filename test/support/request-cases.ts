import type {
  AgentInputItem,
  FunctionCallOutputItem,
  ModelRequest,
  ToolDefinition,
} from '@baton/core';
import { modelRequest } from './model-request.js';

/** The strict JSON schema of `{ city: string }`, the parameters of {@link getWeather}. */
export const cityParameters = {
  type: 'object' as const,
  properties: { city: { type: 'string' } },
  required: ['city'],
  additionalProperties: false,
};

/** A strict function tool taking a city. */
export const getWeather: ToolDefinition = {
  type: 'function',
  name: 'get_weather',
  description: 'Current weather for a city.',
  parameters: cityParameters,
  strict: true,
};

/** A handoff as the run loop offers it to the model: a function tool without parameters. */
export const transferToBilling: ToolDefinition = {
  type: 'function',
  name: 'transfer_to_Billing_agent',
  description: 'Handoff to the Billing agent to handle the request.',
  parameters: {
    type: 'object',
    properties: {},
    required: [],
    additionalProperties: false,
  },
  strict: true,
};

/**
 * Requests that every OpenAI adapter must turn into a body its endpoint accepts, each with a name for the test
 * title. Each conformance test adds the cases that only its endpoint can express.
 */
export const requestCases: Array<[string, ModelRequest]> = [
  ['a bare text turn', modelRequest()],
  [
    'function tools, a handoff tool and a required tool choice',
    modelRequest({
      tools: [getWeather, transferToBilling],
      modelSettings: { toolChoice: 'required', parallelToolCalls: false },
    }),
  ],
  [
    'a json_schema output format',
    modelRequest({
      outputFormat: {
        type: 'json_schema',
        name: 'weather_report',
        strict: true,
        schema: cityParameters,
      },
    }),
  ],
];

/**
 * A history whose tool output is a content array (text, an image by URL, a file by data), as tools that return
 * more than text produce; `extraParts` adds parts only some endpoints can carry.
 */
export function contentToolOutputHistory(
  extraParts: Extract<FunctionCallOutputItem['output'], unknown[]> = [],
): AgentInputItem[] {
  return [
    { role: 'user', content: 'Chart the sales.' },
    {
      type: 'function_call',
      id: 'fc_chart',
      call_id: 'call_chart',
      name: 'render_chart',
      arguments: '{}',
      status: 'completed',
    },
    {
      type: 'function_call_output',
      call_id: 'call_chart',
      output: [
        { type: 'input_text', text: 'Chart ready.' },
        {
          type: 'input_image',
          image_url: 'data:image/png;base64,iVBORw0KGgo=',
          detail: 'low',
        },
        {
          type: 'input_file',
          file_data: 'data:application/pdf;base64,JVBERi0=',
          filename: 'sales.pdf',
        },
        ...extraParts,
      ],
    },
  ];
}
