/**
 * @internal A fresh `call_...` id for a tool call a server sent without one. Some OpenAI-compatible servers leave
 * `id` out; without a unique id per call, parallel calls would share `call_id: ''` and their outputs could not be
 * told apart.
 */
export function generateCallId(): string {
  return `call_${globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, 24)}`;
}
