type Item = Record<string, unknown>;

/**
 * The API's rule for computer calls: each `computer_call` of the conversation (the stored responses continued
 * through `previous_response_id`, then the input) must be answered by a `computer_call_output` with the same
 * `call_id`, whose output is a `computer_screenshot` with an `image_url` or a `file_id`. Returns the error message
 * for the first call that breaks it.
 * @internal
 */
export function checkComputerOutputs(
  history: readonly Item[],
  input: unknown,
): string | undefined {
  const items = [
    ...history,
    ...(Array.isArray(input) ? (input as Item[]) : []),
  ];
  const outputs = new Map<string, Item>();
  for (const item of items)
    if (item?.type === 'computer_call_output')
      outputs.set(String(item.call_id), item);
  for (const item of items) {
    if (item?.type !== 'computer_call') continue;
    const callId = String(item.call_id);
    const output = outputs.get(callId);
    if (!output) return `No tool output found for computer call ${callId}.`;
    if (!isScreenshot(output.output))
      return `The output of computer call ${callId} must be a computer_screenshot with an image_url or a file_id.`;
  }
  return undefined;
}

function isScreenshot(output: unknown): boolean {
  const record = output as Item | null | undefined;
  return (
    record?.type === 'computer_screenshot' &&
    ((typeof record.image_url === 'string' && record.image_url !== '') ||
      (typeof record.file_id === 'string' && record.file_id !== ''))
  );
}
