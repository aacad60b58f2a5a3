import { replyToOutput, type EmulatorReplyValue } from '../emulator-reply.js';
import { answerChecks } from './answer-checks.js';
import type { ConversationView, OfferedTool } from './conversation-view.js';
import { findHandoff, isHandoffTool } from './find-handoff.js';
import { hostedReply } from './hosted-reply.js';
import { hostedMcpReply } from './hosted-mcp-reply.js';
import { computerReply } from './computer-reply.js';
import { sampleFromSchema } from './sample-from-schema.js';
import { withReasoning } from './with-reasoning.js';

/** Tool outputs longer than this are cut in the default answer, which only needs to show it used them. */
const MAX_QUOTED_OUTPUT = 500;

/**
 * The deterministic "model" that answers when no reply is scripted, in this order:
 * (0) with a computer tool offered, the computer-use session of `computerReply` (screenshot, click, type, click,
 * screenshot, then a message);
 * (0') with hosted MCP servers offered, their listings and calls (or approval requests), see `hostedMcpReply`;
 * (a) after tool results (other than a handoff's), a final answer that quotes them;
 * (b) a `transfer_to_<name>` handoff the last user message mentions;
 * (b') the hosted tools offered (web search, file search, code interpreter, image generation), once per user message:
 * their call items and a cited answer (or the function call of (c) after them), see `hostedReply`;
 * (c) a function tool not yet called since the last user message (so each message of a multi-turn conversation
 * gets its tool call), with arguments valid against its schema;
 * (d)/(e) a final answer: JSON valid against the requested schema (a guardrail's verdict when its boolean fields
 * name checks, see `answerChecks`), else a short text (naming the prompt template, its version and variables when
 * the request uses one).
 * `tool_choice` is honoured: `none` skips (b) and (c); `required` or a named function forces a call. When the
 * request asks for a reasoning summary, a reasoning item comes first.
 * @internal
 */
export function defaultReply(view: ConversationView): EmulatorReplyValue {
  return withReasoning(view, decideReply(view));
}

function decideReply(view: ConversationView): EmulatorReplyValue {
  if (view.offersComputer && view.toolChoice !== 'none')
    return { output: [computerReply(view)] };
  const mcp = hostedMcpReply(view);
  if (mcp) return { output: mcp };
  const toolResults = view.trailingToolResults.filter(
    (result) => !result.name || !isHandoffTool(result.name),
  );
  if (toolResults.length > 0 && !mustCallTool(view)) {
    const quoted = toolResults
      .map((result) => truncate(result.output))
      .join('; ');
    return finalAnswer(view, `Here is what I found: ${quoted}`);
  }
  const call = view.toolChoice === 'none' ? undefined : chooseToolCall(view);
  if (usesHostedTools(view) && !(call && isHandoffTool(call.name))) {
    const then = call
      ? replyToOutput({ toolCalls: [call] })[0]
      : view.outputFormat
        ? replyToOutput(finalAnswer(view, ''))[0]
        : undefined;
    return { output: hostedReply(view, then) };
  }
  if (call) return { toolCalls: [call] };
  const said = view.lastUserText.trim();
  const greeting =
    said === ''
      ? 'Hello from the Baton emulator.'
      : `Hello from the Baton emulator. You said: "${truncate(said)}"`;
  return finalAnswer(view, `${greeting}${promptNote(view)}`);
}

// The emulator has no stored templates; naming the one asked for shows the request carried it.
function promptNote({ prompt }: ConversationView): string {
  if (!prompt) return '';
  const details = [
    ...(prompt.version !== undefined ? [`version ${prompt.version}`] : []),
    ...Object.entries(prompt.variables).map(
      ([name, value]) => `${name}: ${truncate(value)}`,
    ),
  ];
  return ` (prompt ${prompt.id}${details.length > 0 ? `, ${details.join(', ')}` : ''})`;
}

// Hosted tools are used once per user message: their results come in the same response, so the next turn (after
// a function call made alongside them) answers from what is already there.
function usesHostedTools(view: ConversationView): boolean {
  return (
    view.toolChoice !== 'none' &&
    (view.hostedTools ?? []).length > 0 &&
    !view.hostedCalledSinceLastUser
  );
}

function mustCallTool(view: ConversationView): boolean {
  return view.toolChoice !== 'auto' && view.toolChoice !== 'none';
}

function chooseToolCall(
  view: ConversationView,
): { name: string; arguments: Record<string, unknown> } | undefined {
  const forced = view.tools.find((tool) => tool.name === view.toolChoice);
  const handoff = findHandoff(view);
  const fresh = view.tools.find(
    (tool) =>
      !isHandoffTool(tool.name) && !view.calledSinceLastUser.has(tool.name),
  );
  const fallback = view.toolChoice === 'required' ? view.tools[0] : undefined;
  const tool = forced ?? handoff ?? fresh ?? fallback;
  return tool
    ? { name: tool.name, arguments: argumentsFor(tool, view.lastUserText) }
    : undefined;
}

function argumentsFor(
  tool: OfferedTool,
  userText: string,
): Record<string, unknown> {
  const schema = tool.parameters ?? { type: 'object', properties: {} };
  const value = sampleFromSchema(schema, userText);
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function finalAnswer(view: ConversationView, text: string): EmulatorReplyValue {
  const format = view.outputFormat;
  if (format?.type === 'json_schema') {
    const sample = sampleFromSchema(format.schema, view.lastUserText);
    return { json: answerChecks(format.schema, sample, view) };
  }
  if (format?.type === 'json_object') return { json: { answer: text } };
  return { text };
}

function truncate(text: string): string {
  return text.length > MAX_QUOTED_OUTPUT
    ? `${text.slice(0, MAX_QUOTED_OUTPUT)}...`
    : text;
}
