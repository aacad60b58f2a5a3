/**
 * `@baton/testing`: test Baton agents without calling OpenAI.
 *
 * - {@link ScriptedModel} and the item builders: an in-process `Model` answering from a script.
 * - {@link startEmulator}: an HTTP server speaking the OpenAI API (Responses and Chat Completions), with scripted
 *   replies, a deterministic default model, fault injection and replay of recorded traffic.
 * - {@link runEmulatorCli}: the same server as a command (`baton-emulator`, `baton emulator`).
 *
 * Every symbol is documented where it is defined.
 * @see docs/testing-with-the-emulator.md in the Baton repository
 * @module
 */

// ScriptedModel: answers each model call from a queue and records the requests.
export {
  ScriptedModel,
  type ScriptedEntry,
  type ScriptedResponder,
  type ScriptedStream,
} from './scripted-model/scripted-model.js';
// Builders of canonical items and responses for scripts.
export {
  functionCall,
  modelResponse,
  reasoningItem,
  textMessage,
  type FunctionCallOptions,
} from './scripted-model/item-builders.js';
// The emulator: start it, then script replies, queue faults and recordings, read the request record.
export {
  startEmulator,
  type Emulator,
  type EmulatorConversations,
  type EmulatorOptions,
} from './emulator/start-emulator.js';
// A conversation the emulator stores (`conversation` on POST /v1/responses).
export type { StoredConversation } from './emulator/conversations-store.js';
// Scripted replies, rendered in the format of whichever endpoint is called.
export type {
  EmulatorReply,
  EmulatorReplyFunction,
  EmulatorReplyValue,
  EmulatorToolCall,
  EmulatorUsage,
} from './emulator/emulator-reply.js';
export type {
  EmulatorRateLimit,
  EmulatorStats,
} from './emulator/admit-request.js';
// Faults to inject: rate limits, server errors, resets, broken output, slow or failing streams.
export type { EmulatorFault } from './emulator/emulator-fault.js';
// Recordings to answer with: .chunks.txt, .sse and .json files.
export type { EmulatorReplay } from './emulator/replay/load-recording.js';
// One recorded request: method, path, headers, parsed body.
export type { EmulatorRequest } from './emulator/emulator-request.js';
export type { IngestedTraceItem } from './emulator/traces/check-ingest-body.js';
// The command line, for `baton-emulator` and `baton emulator`.
export {
  runEmulatorCli,
  type EmulatorCliOptions,
} from './cli/run-emulator-cli.js';
