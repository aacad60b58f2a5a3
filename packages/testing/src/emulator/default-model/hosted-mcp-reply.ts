import type { AgentOutputItem } from '@baton/core';
import type { ConversationView } from './conversation-view.js';

type Item = Record<string, unknown>;

/** Queries are cut to this length, as a model would summarise a long question. */
const MAX_QUERY = 80;

/**
 * The default model's use of hosted MCP servers, once per user message, the way the live API does it: for each
 * server an `mcp_list_tools` item with one emulated tool (the first allowed tool, else `search`), then either an
 * `mcp_call` with an emulated output and an answer quoting it, or — when the server's `require_approval` asks for
 * it — an `mcp_approval_request`, and nothing more. Once the request has its `mcp_approval_response`, an approved
 * call is made and answered; a rejected one is answered with the reason. Undefined when no MCP server is offered
 * or there is nothing left to do for them.
 * @internal
 */
export function hostedMcpReply(
  view: ConversationView,
): AgentOutputItem[] | undefined {
  const servers = view.mcpServers ?? [];
  if (servers.length === 0 || view.toolChoice === 'none') return undefined;
  const since = view.mcpItemsSinceLastUser ?? [];
  const last = since.at(-1);
  if (last?.type === 'mcp_approval_response')
    return answerDecision(last, since);
  if (since.length > 0) return undefined;
  const query = view.lastUserText.trim().slice(0, MAX_QUERY) || 'the question';
  const output: Item[] = [];
  for (const server of servers) {
    const label = String(server.server_label);
    const name = toolNameOf(server);
    output.push({
      type: 'mcp_list_tools',
      server_label: label,
      tools: [
        {
          name,
          description: `An emulated tool of ${label}.`,
          input_schema: {
            type: 'object',
            properties: { query: { type: 'string' } },
            required: ['query'],
          },
          annotations: null,
        },
      ],
    });
    const call = {
      server_label: label,
      name,
      arguments: JSON.stringify({ query }),
    };
    if (needsApproval(server.require_approval, name)) {
      output.push({ type: 'mcp_approval_request', ...call });
      continue;
    }
    output.push(mcpCall(call));
  }
  if (!output.some((item) => item.type === 'mcp_approval_request'))
    output.push(answer(quoteCalls(output)));
  return output as AgentOutputItem[];
}

function answerDecision(response: Item, since: Item[]): AgentOutputItem[] {
  const request = since.find(
    (item) =>
      item.type === 'mcp_approval_request' &&
      item.id === response.approval_request_id,
  );
  const label = String(request?.server_label ?? 'the server');
  const name = String(request?.name ?? 'the tool');
  if (response.approve !== true) {
    const reason =
      typeof response.reason === 'string' && response.reason !== ''
        ? `: ${response.reason}`
        : '';
    return [
      answer(`The call of ${name} on ${label} was not approved${reason}.`),
    ] as AgentOutputItem[];
  }
  const call = mcpCall({
    server_label: label,
    name,
    arguments: String(request?.arguments ?? '{}'),
    approval_request_id: response.approval_request_id,
  });
  return [call, answer(quoteCalls([call]))] as AgentOutputItem[];
}

function mcpCall(call: Item): Item {
  const args = JSON.parse(String(call.arguments)) as { query?: string };
  return {
    type: 'mcp_call',
    status: 'completed',
    ...call,
    output: `Emulated result of ${String(call.name)} on ${String(call.server_label)} for "${args.query ?? ''}".`,
    error: null,
  };
}

function quoteCalls(items: Item[]): string {
  const outputs = items
    .filter((item) => item.type === 'mcp_call')
    .map((item) => String(item.output));
  return `Here is what I found: ${outputs.join('; ')}`;
}

function answer(text: string): Item {
  return {
    type: 'message',
    role: 'assistant',
    status: 'completed',
    content: [{ type: 'output_text', text, annotations: [] }],
  };
}

function toolNameOf(server: Item): string {
  const allowed = server.allowed_tools as unknown;
  const names = Array.isArray(allowed)
    ? allowed
    : ((allowed as Item | null | undefined)?.tool_names as unknown[]);
  const first = Array.isArray(names) ? names[0] : undefined;
  return typeof first === 'string' ? first : 'search';
}

// As on the live API, a server without `require_approval` asks for every call.
function needsApproval(setting: unknown, name: string): boolean {
  if (setting === 'never') return false;
  if (setting === undefined || setting === null || setting === 'always')
    return true;
  const rules = setting as { always?: Item; never?: Item };
  const names = (rule: Item | undefined) =>
    Array.isArray(rule?.tool_names) ? (rule.tool_names as string[]) : [];
  if (names(rules.never).includes(name)) return false;
  if (names(rules.always).includes(name)) return true;
  return rules.always === undefined;
}
