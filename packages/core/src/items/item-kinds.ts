/**
 * What each kind of item needs from the loop. This is the one list of item types: classifying a response,
 * deciding whether the run can go on, filtering tool traffic out of a handoff and the providers' converters all
 * read it, so a new tool kind is one entry here plus its executor.
 * @module
 */

/** How the loop treats an item a model returned. */
export type ItemRole =
  /** A message from the model: may be the final output. */
  | 'message'
  /** The model's reasoning. */
  | 'reasoning'
  /** A function call: a function tool or a handoff, run locally. */
  | 'function_call'
  /** A tool call the provider ran itself; its result is already part of the response. */
  | 'hosted_call'
  /** A tool call that must be run here before the model can go on. */
  | 'local_call'
  /** A request the provider makes for a person's decision before it goes on. */
  | 'approval_request'
  /** An answer to a tool call, sent back to the model (input only). */
  | 'tool_result';

/** One kind of item. */
export interface ItemKind {
  readonly role: ItemRole;
  /** For `local_call` and `approval_request`: the capability that answers it, as error messages name it. */
  readonly capability?: string;
}

const hosted: ItemKind = { role: 'hosted_call' };
const result: ItemKind = { role: 'tool_result' };
const local = (capability: string): ItemKind => ({
  role: 'local_call',
  capability,
});

const KINDS: ReadonlyMap<string, ItemKind> = new Map(
  Object.entries({
    message: { role: 'message' },
    reasoning: { role: 'reasoning' },
    function_call: { role: 'function_call' },
    function_call_output: result,
    web_search_call: hosted,
    file_search_call: hosted,
    code_interpreter_call: hosted,
    image_generation_call: hosted,
    mcp_call: hosted,
    mcp_list_tools: hosted,
    tool_search_call: hosted,
    // Answered by the agent's computer tool (run/execute-computer-calls.ts); without one it is unsupported.
    computer_call: local('computer use: a computer tool on the agent'),
    computer_call_output: result,
    local_shell_call: local('the local shell tool'),
    local_shell_call_output: result,
    shell_call: local('the shell tool'),
    shell_call_output: result,
    apply_patch_call: local('the apply-patch tool'),
    apply_patch_call_output: result,
    custom_tool_call: local('custom (free-form) tools'),
    custom_tool_call_output: result,
    mcp_approval_request: {
      role: 'approval_request',
      capability: 'hosted MCP approvals',
    },
    mcp_approval_response: result,
  }),
);

/**
 * The kind of an item type, or undefined for a type Baton does not know (such items pass through untouched).
 * Providers read it too, to tell tool traffic from conversation when converting items.
 */
export function itemKind(type: string | undefined): ItemKind | undefined {
  return KINDS.get(type ?? 'message');
}

/** Whether an item is tool traffic: a call to a tool of any kind, or a tool's answer. */
export function isToolItem(type: string | undefined): boolean {
  const role = itemKind(type)?.role;
  return (
    role === 'function_call' ||
    role === 'hosted_call' ||
    role === 'local_call' ||
    role === 'approval_request' ||
    role === 'tool_result'
  );
}
