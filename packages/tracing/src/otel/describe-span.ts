import { SpanKind, type Attributes } from '@opentelemetry/api';
import {
  finishReason,
  inputMessagesJson,
  outputMessagesJson,
} from './gen-ai-messages.js';
import type { TracedSpanData } from './traced-span.js';

// One Baton span as an OpenTelemetry span: its name, kind and attributes, by the GenAI semantic conventions
// (v1.41.0) where they name the operation, and under `baton.*` where they do not (handoffs, guardrails, custom
// spans). docs/tracing-opentelemetry.md has the table.

type Json = Record<string, unknown>;

/** The name, kind and attributes an OpenTelemetry span gets for one Baton span. */
export interface SpanDescription {
  name: string;
  kind: SpanKind;
  attributes: Attributes;
}

/** How to describe spans. */
export interface DescribeOptions {
  /** `gen_ai.provider.name` (and the older `gen_ai.system`) of model calls and agents. */
  providerName: string;
  /** Whether to add content (messages, tool arguments and results, error details) the span carries. */
  content: boolean;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value)
    ? value
    : undefined;
}

function strings(value: unknown): string[] | undefined {
  return Array.isArray(value)
    ? value.filter((entry) => typeof entry === 'string')
    : undefined;
}

/**
 * Sets `key` when `value` is defined (no span carries `undefined` keys), and returns `attributes`. For the rare
 * kinds only: the frequent ones (agents, model calls, tools, usage) store each key in a statement of its own, as
 * one store shared by every key is one the engine cannot specialise, which cost more than the rest of describing.
 */
function put(attributes: Attributes, key: string, value: unknown): Attributes {
  if (value !== undefined) attributes[key] = value as Attributes[string];
  return attributes;
}

/** The usage keys under one prefix, made once: keys built per span would be new strings to hash every time. */
function usageKeys(prefix: string) {
  return {
    input: `${prefix}.input_tokens`,
    output: `${prefix}.output_tokens`,
    cacheRead: `${prefix}.cache_read.input_tokens`,
    cacheCreation: `${prefix}.cache_creation.input_tokens`,
    reasoning: `${prefix}.reasoning.output_tokens`,
  };
}
const USAGE_KEYS = new Map<string, ReturnType<typeof usageKeys>>();

/** Token counts under `prefix`: `gen_ai.usage` on model calls, `baton.usage` on totals (so no backend counts twice). */
export function usageAttributes(
  usage: unknown,
  prefix: string,
  attributes: Attributes = {},
): Attributes {
  if (!isObject(usage)) return attributes;
  let keys = USAGE_KEYS.get(prefix);
  if (!keys) USAGE_KEYS.set(prefix, (keys = usageKeys(prefix)));
  const inputDetails = isObject(usage.input_tokens_details)
    ? usage.input_tokens_details
    : {};
  const outputDetails = isObject(usage.output_tokens_details)
    ? usage.output_tokens_details
    : {};
  const input = count(usage.input_tokens);
  if (input !== undefined) attributes[keys.input] = input;
  const output = count(usage.output_tokens);
  if (output !== undefined) attributes[keys.output] = output;
  const cacheRead = count(
    usage.cached_input_tokens ?? inputDetails.cached_tokens,
  );
  if (cacheRead !== undefined) attributes[keys.cacheRead] = cacheRead;
  const cacheCreation = count(usage.cache_write_input_tokens);
  if (cacheCreation !== undefined)
    attributes[keys.cacheCreation] = cacheCreation;
  const reasoning = count(
    usage.reasoning_tokens ?? outputDetails.reasoning_tokens,
  );
  if (reasoning !== undefined) attributes[keys.reasoning] = reasoning;
  const total = count(usage.total_tokens);
  if (total !== undefined) attributes['baton.usage.total_tokens'] = total;
  const requests = count(usage.requests);
  if (requests !== undefined) attributes['baton.usage.requests'] = requests;
  return attributes;
}

function requestSettings(config: unknown, attributes: Attributes): void {
  if (!isObject(config)) return;
  const temperature = count(config.temperature);
  if (temperature !== undefined)
    attributes['gen_ai.request.temperature'] = temperature;
  const topP = count(config.top_p);
  if (topP !== undefined) attributes['gen_ai.request.top_p'] = topP;
  const maxTokens = count(config.max_tokens ?? config.max_output_tokens);
  if (maxTokens !== undefined)
    attributes['gen_ai.request.max_tokens'] = maxTokens;
  const frequencyPenalty = count(config.frequency_penalty);
  if (frequencyPenalty !== undefined)
    attributes['gen_ai.request.frequency_penalty'] = frequencyPenalty;
  const presencePenalty = count(config.presence_penalty);
  if (presencePenalty !== undefined)
    attributes['gen_ai.request.presence_penalty'] = presencePenalty;
  const seed = count(config.seed);
  if (seed !== undefined) attributes['gen_ai.request.seed'] = seed;
}

/** A model call: a `response` span (Responses API) or a `generation` span (messages). */
function describeModelCall(
  data: Json,
  options: DescribeOptions,
  api: 'responses' | 'chat_completions',
): SpanDescription {
  const response = isObject(data._response) ? data._response : {};
  const output = Array.isArray(response.output)
    ? response.output
    : Array.isArray(data.output)
      ? data.output
      : undefined;
  const model = text(data.model);
  // Set one by one, in the conventions' order: spreading partial objects into a literal cost more than the rest.
  const attributes: Attributes = {
    'gen_ai.operation.name': 'chat',
    'gen_ai.provider.name': options.providerName,
    'gen_ai.system': options.providerName,
  };
  if (options.providerName === 'openai') attributes['openai.api.type'] = api;
  if (model !== undefined) attributes['gen_ai.request.model'] = model;
  const responseId = text(data.response_id) ?? text(response.id);
  if (responseId !== undefined) attributes['gen_ai.response.id'] = responseId;
  const responseModel = text(data.response_model) ?? text(response.model);
  if (responseModel !== undefined)
    attributes['gen_ai.response.model'] = responseModel;
  const reason = output && finishReason(output, response);
  if (reason) attributes['gen_ai.response.finish_reasons'] = [reason];
  requestSettings(data.model_config, attributes);
  usageAttributes(data.usage ?? response.usage, 'gen_ai.usage', attributes);
  if (options.content) {
    const input = data._input ?? data.input;
    if (input !== undefined && input !== '')
      attributes['gen_ai.input.messages'] = inputMessagesJson(input);
    if (output && reason)
      attributes['gen_ai.output.messages'] = outputMessagesJson(output, reason);
    const instructions = text(response.instructions);
    if (instructions)
      attributes['gen_ai.system_instructions'] = JSON.stringify([
        { type: 'text', content: instructions },
      ]);
  }
  return {
    name: model ? `chat ${model}` : 'chat',
    kind: SpanKind.CLIENT,
    attributes,
  };
}

function describeAgent(data: Json, options: DescribeOptions): SpanDescription {
  const name = text(data.name);
  const attributes: Attributes = {
    'gen_ai.operation.name': 'invoke_agent',
    'gen_ai.provider.name': options.providerName,
    'gen_ai.system': options.providerName,
  };
  if (name !== undefined) attributes['gen_ai.agent.name'] = name;
  const tools = strings(data.tools);
  if (tools !== undefined) attributes['baton.agent.tools'] = tools;
  const handoffs = strings(data.handoffs);
  if (handoffs !== undefined) attributes['baton.agent.handoffs'] = handoffs;
  const outputType = text(data.output_type);
  if (outputType !== undefined)
    attributes['baton.agent.output_type'] = outputType;
  return {
    name: name ? `invoke_agent ${name}` : 'invoke_agent',
    kind: SpanKind.INTERNAL,
    attributes,
  };
}

function describeFunction(
  data: Json,
  options: DescribeOptions,
  failed: boolean,
): SpanDescription {
  const name = text(data.name) ?? 'function';
  const attributes: Attributes = {
    'gen_ai.operation.name': 'execute_tool',
    'gen_ai.tool.name': name,
    'gen_ai.tool.type': 'function',
  };
  const callId = text(data.call_id);
  if (callId !== undefined) attributes['gen_ai.tool.call.id'] = callId;
  const mcpData = text(data.mcp_data);
  if (mcpData !== undefined) attributes['baton.tool.mcp_data'] = mcpData;
  if (options.content) {
    const input = text(data.input);
    if (input) attributes['gen_ai.tool.call.arguments'] = input;
    // The conventions record a result only for a call that succeeded.
    const output = text(data.output);
    if (output && !failed) attributes['gen_ai.tool.call.result'] = output;
  }
  return { name: `execute_tool ${name}`, kind: SpanKind.INTERNAL, attributes };
}

function internal(name: string, attributes: Attributes): SpanDescription {
  return { name, kind: SpanKind.INTERNAL, attributes };
}

/** `{ [key]: value }`, or `{}` when `value` is undefined. */
function only(key: string, value: unknown): Attributes {
  return put({}, key, value);
}

/** Spans the conventions have no operation for: named after their kind, with `baton.*` attributes. */
function describeBatonSpan(data: Json, options: DescribeOptions) {
  switch (data.type) {
    case 'handoff': {
      const to = text(data.to_agent);
      const attributes = only(
        'baton.handoff.from_agent',
        text(data.from_agent),
      );
      return internal(
        to ? `handoff ${to}` : 'handoff',
        put(attributes, 'baton.handoff.to_agent', to),
      );
    }
    case 'guardrail': {
      const name = text(data.name);
      const attributes = only('baton.guardrail.name', name);
      attributes['baton.guardrail.triggered'] = data.triggered === true;
      return internal(`guardrail ${name ?? ''}`.trim(), attributes);
    }
    case 'custom':
      return internal(
        text(data.name) ?? 'custom',
        only(
          'baton.custom.data',
          options.content && isObject(data.data)
            ? JSON.stringify(data.data)
            : undefined,
        ),
      );
    case 'task': {
      const attributes = only('baton.task.name', text(data.name));
      return internal(
        `task ${text(data.name) ?? ''}`.trim(),
        usageAttributes(data.usage, 'baton.usage', attributes),
      );
    }
    case 'turn': {
      const attributes = only('baton.turn.number', count(data.turn));
      put(attributes, 'gen_ai.agent.name', text(data.agent_name));
      return internal(
        `turn ${count(data.turn) ?? ''}`.trim(),
        usageAttributes(data.usage, 'baton.usage', attributes),
      );
    }
    case 'mcp_tools': {
      const attributes = only('baton.mcp.server', text(data.server));
      return internal(
        `mcp_tools ${text(data.server) ?? ''}`.trim(),
        put(attributes, 'baton.mcp.tools', strings(data.result)),
      );
    }
    default: {
      const model = text(data.model);
      const kind = String(data.type);
      return internal(
        model ? `${kind} ${model}` : kind,
        only('gen_ai.request.model', model),
      );
    }
  }
}

function describeByKind(
  data: Json,
  options: DescribeOptions,
  failed: boolean,
): SpanDescription {
  switch (data.type) {
    case 'agent':
      return describeAgent(data, options);
    case 'response':
      return describeModelCall(data, options, 'responses');
    case 'generation':
      return describeModelCall(data, options, 'chat_completions');
    case 'function':
      return describeFunction(data, options, failed);
    default:
      return describeBatonSpan(data, options);
  }
}

/**
 * Describes one span from its data as it is now: read once when the span starts (name, kind, and the attributes
 * samplers look at) and again when it ends (everything, content included when `options.content`).
 */
export function describeSpan(
  spanData: TracedSpanData,
  options: DescribeOptions,
  failed = false,
): SpanDescription {
  const data = spanData as unknown as Json;
  const described = describeByKind(data, options, failed);
  described.attributes['baton.span.type'] = String(data.type);
  return described;
}
