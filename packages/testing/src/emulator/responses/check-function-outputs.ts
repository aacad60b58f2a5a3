type Item = Record<string, unknown>;

/**
 * The API's rules for function calls across the conversation (the stored items a request continues, then its
 * input): every `function_call` must be answered by a `function_call_output` with its `call_id`, and every
 * `function_call_output` must answer a `function_call` that is there. Returns the API's message for the first item
 * that breaks them.
 * @internal
 */
export function checkFunctionOutputs(
  history: readonly Item[],
  input: unknown,
): string | undefined {
  const items = [
    ...history,
    ...(Array.isArray(input) ? (input as Item[]) : []),
  ];
  const calls = new Set<string>();
  const outputs = new Set<string>();
  for (const item of items) {
    if (item?.type === 'function_call') calls.add(String(item.call_id));
    else if (item?.type === 'function_call_output')
      outputs.add(String(item.call_id));
  }
  for (const item of items) {
    const callId = String(item?.call_id);
    if (item?.type === 'function_call_output' && !calls.has(callId))
      return `No tool call found for function call output with call_id ${callId}.`;
    if (item?.type === 'function_call' && !outputs.has(callId))
      return `No tool output found for function call ${callId}.`;
  }
  return undefined;
}
