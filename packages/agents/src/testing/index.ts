/**
 * `@baton/agents/testing`: the Agents SDK's testing helpers (`@openai/agents-core/testing`) by their names, so
 * tests port by changing the import. `ScriptedModel` here takes the SDK's steps; `@baton/testing` has Baton's own
 * `ScriptedModel` and the OpenAI emulator.
 * @module
 */
export { ScriptedModel } from './scripted-model.js';
export {
  InvalidScriptedModelStepError,
  ScriptedModelRequestAbortedError,
  UnconsumedModelStepsError,
  UnexpectedModelCallError,
  type InvalidScriptedModelStepReason,
} from './scripted-model-errors.js';
export {
  modelError,
  modelResponder,
  modelResponse,
  modelStream,
  modelStreamResponder,
  type RecordedModelCall,
  type ScriptedModelInput,
  type ScriptedModelResponse,
  type ScriptedModelStream,
} from './scripted-steps.js';
export {
  assistantMessage,
  functionCall,
  type AssistantMessageOptions,
  type FunctionCallOptions,
} from './item-builders.js';
