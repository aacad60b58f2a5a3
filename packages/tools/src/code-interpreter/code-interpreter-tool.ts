import type { HostedTool } from '@baton/core';

/** A container the API creates for the run (the API's `auto` container). */
export interface AutoCodeInterpreterContainer {
  /** Always `auto`. */
  type: 'auto';
  /** Uploaded files the code may read (at most 50). */
  file_ids?: string[];
  /** The container's memory, e.g. `1g` or `4g`. */
  memory_limit?: string | null;
}

/** Options of {@link codeInterpreterTool}. */
export interface CodeInterpreterToolOptions {
  /** The tool's name in Baton (for `toolChoice` and logs); `code_interpreter` by default. Not sent. */
  name?: string;
  /** An existing container's id, or an `auto` container (the default: `{ type: 'auto' }`). */
  container?: string | AutoCodeInterpreterContainer;
  /** Also return the code's logs and images on the `code_interpreter_call` item (`code_interpreter_call.outputs`). */
  includeOutputs?: boolean;
}

/**
 * A hosted code interpreter: the model writes and runs Python in a sandboxed container; each run arrives as a
 * `code_interpreter_call` run item holding the code (and, with `includeOutputs`, its outputs).
 * @example
 * const agent = new Agent({ name: 'Analyst', tools: [codeInterpreterTool({ includeOutputs: true })] });
 * @see docs/hosted-tools.md
 */
export function codeInterpreterTool(
  options: CodeInterpreterToolOptions = {},
): HostedTool {
  return {
    type: 'hosted_tool',
    name: options.name ?? 'code_interpreter',
    providerData: {
      type: 'code_interpreter',
      container: options.container ?? { type: 'auto' },
    },
    ...(options.includeOutputs && {
      include: ['code_interpreter_call.outputs'],
    }),
  };
}
