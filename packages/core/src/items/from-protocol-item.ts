import {
  fromProtocolContent,
  fromProtocolToolOutput,
  isProtocolContent,
} from './from-protocol-content.js';
import type { AgentInputItem } from './items.js';
import {
  isRecord,
  providerDataFields,
  toWireKeys,
  withoutUndefined,
  type FieldRecord,
} from './provider-data-fields.js';

/** The id the Agents SDK puts on items it made up itself; the wire must not see it. */
const PLACEHOLDER_ID = '__fake_id__';

/** SDK hosted tool types as the wire names their call items. */
const HOSTED_CALL_TYPES: Record<string, string> = {
  web_search: 'web_search_call',
  file_search: 'file_search_call',
  code_interpreter: 'code_interpreter_call',
  image_generation: 'image_generation_call',
};

/**
 * One input item in the canonical (Responses wire) shape. Items in the Agents SDK's protocol shape
 * (`function_call_result`, `callId`, `providerData`, `input_image.image`, `hosted_tool_call`...) are converted the
 * way the SDK's OpenAI provider converts them; canonical items are returned as they are (not copied), and
 * shapes neither side knows pass through untouched.
 * @internal
 */
export function fromProtocolItem(item: AgentInputItem): AgentInputItem {
  const record = item as FieldRecord;
  switch (record.type) {
    case undefined:
    case 'message':
      return message(record);
    case 'function_call_result':
      return functionCallResult(record);
    case 'reasoning':
      return reasoning(record);
    case 'computer_call_result':
      return computerCallResult(record);
    case 'hosted_tool_call':
      return hostedToolCall(record) ?? item;
    case 'unknown':
      return 'providerData' in record
        ? ({
            ...(toWireKeys(record.providerData) as FieldRecord),
            id: record.id,
          } as AgentInputItem)
        : item;
    default:
      return callItem(record);
  }
}

function message(item: FieldRecord): AgentInputItem {
  const content = item.content;
  const protocolContent =
    Array.isArray(content) && content.some(isProtocolContent);
  if (
    !protocolContent &&
    !('providerData' in item) &&
    item.id !== PLACEHOLDER_ID
  ) {
    // Easy input messages ({ role, content }) may omit the type; the canonical form always has it.
    return (item.type === undefined
      ? { ...item, type: 'message' }
      : item) as unknown as AgentInputItem;
  }
  const { providerData, ...rest } = item;
  const result: FieldRecord = {
    ...rest,
    type: 'message',
    content: protocolContent ? content.map(fromProtocolContent) : content,
    ...providerDataFields(providerData, [
      'type',
      'id',
      'role',
      'content',
      'status',
    ]),
  };
  if (result.id === PLACEHOLDER_ID) delete result.id;
  return result as AgentInputItem;
}

/** Items with a `callId`, a `providerData` or an SDK `caller` (function calls, computer calls, shell calls...). */
function callItem(item: FieldRecord): AgentInputItem {
  const caller = item.caller;
  const sdkCaller = isRecord(caller) && 'callerId' in caller;
  if (
    !('callId' in item) &&
    !('providerData' in item) &&
    !sdkCaller &&
    item.id !== PLACEHOLDER_ID
  )
    return item as AgentInputItem;
  const { providerData, callId, ...rest } = item;
  const pending = isRecord(providerData)
    ? (providerData.pendingSafetyChecks ?? providerData.pending_safety_checks)
    : undefined;
  const result: FieldRecord = withoutUndefined({
    ...rest,
    call_id: rest.call_id ?? callId,
    caller: wireCaller(caller),
    ...(Array.isArray(pending) && pending.length > 0
      ? { pending_safety_checks: pending }
      : {}),
    ...providerDataFields(providerData, [
      ...Object.keys(rest),
      'call_id',
      'caller',
      'pending_safety_checks',
    ]),
  });
  if (result.id === PLACEHOLDER_ID) delete result.id;
  return result as AgentInputItem;
}

function functionCallResult(item: FieldRecord): AgentInputItem {
  return withoutUndefined({
    type: 'function_call_output',
    id: item.id,
    call_id: item.call_id ?? item.callId,
    output: fromProtocolToolOutput(item.output),
    status: item.status,
    caller: wireCaller(item.caller),
    ...providerDataFields(item.providerData, [
      'type',
      'id',
      'call_id',
      'output',
      'status',
      'namespace',
      'caller',
    ]),
  }) as AgentInputItem;
}

function reasoning(item: FieldRecord): AgentInputItem {
  const sdkContent =
    !Array.isArray(item.summary) && Array.isArray(item.content);
  if (!sdkContent && !('providerData' in item) && !('rawContent' in item))
    return item as AgentInputItem;
  const { providerData, rawContent: _raw, content, summary, ...rest } = item;
  const encrypted = isRecord(providerData)
    ? (providerData.encryptedContent ?? providerData.encrypted_content)
    : undefined;
  return withoutUndefined({
    ...rest,
    summary: sdkContent
      ? (content as unknown[]).map((part) => {
          const { providerData: partData, text } = part as FieldRecord;
          return {
            type: 'summary_text',
            text,
            ...providerDataFields(partData, ['type', 'text']),
          };
        })
      : summary,
    content: sdkContent ? undefined : content,
    encrypted_content: rest.encrypted_content ?? encrypted,
    ...providerDataFields(providerData, [
      'id',
      'type',
      'summary',
      'encrypted_content',
    ]),
  }) as AgentInputItem;
}

function computerCallResult(item: FieldRecord): AgentInputItem {
  const providerData = isRecord(item.providerData) ? item.providerData : {};
  const acknowledged =
    providerData.acknowledgedSafetyChecks ??
    providerData.acknowledged_safety_checks;
  const output = item.output;
  return withoutUndefined({
    type: 'computer_call_output',
    id: item.id,
    call_id: item.call_id ?? item.callId,
    output:
      isRecord(output) &&
      output.type === 'computer_screenshot' &&
      'data' in output
        ? { type: 'computer_screenshot', image_url: output.data }
        : output,
    status: providerData.status,
    ...(Array.isArray(acknowledged) && acknowledged.length > 0
      ? { acknowledged_safety_checks: acknowledged }
      : {}),
    ...providerDataFields(providerData, [
      'type',
      'id',
      'call_id',
      'output',
      'status',
      'acknowledged_safety_checks',
    ]),
  }) as AgentInputItem;
}

/** The SDK's `hosted_tool_call` as the wire item it stands for; undefined when its type cannot be told. */
function hostedToolCall(item: FieldRecord): AgentInputItem | undefined {
  const providerData = isRecord(item.providerData) ? item.providerData : {};
  const declared =
    typeof providerData.type === 'string'
      ? providerData.type
      : typeof item.name === 'string' && item.name.startsWith('mcp_')
        ? item.name
        : undefined;
  if (declared === undefined) return undefined;
  const type = HOSTED_CALL_TYPES[declared] ?? declared;
  const result: FieldRecord = {
    ...(toWireKeys(providerData) as FieldRecord),
    type,
    id: providerData.id ?? item.id,
    status: item.status ?? providerData.status,
    caller: wireCaller(item.caller),
  };
  if (type === 'code_interpreter_call') {
    result.outputs = providerData.outputs ?? providerData.results ?? [];
    result.code ??= '';
    delete result.results;
  }
  return withoutUndefined(result) as AgentInputItem;
}

/** The SDK's `{ type: 'program', callerId }` as the wire's `caller_id`. */
function wireCaller(caller: unknown): unknown {
  if (!isRecord(caller) || !('callerId' in caller)) return caller;
  const { callerId, ...rest } = caller;
  return { ...rest, caller_id: callerId };
}
