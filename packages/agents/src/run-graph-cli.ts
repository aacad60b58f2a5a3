import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Agent } from '@baton/core';
import type { BatonCliOptions } from './run-baton-cli.js';
import { drawGraph } from './draw-graph.js';

/** The help text of `baton graph`. */
export const GRAPH_USAGE = `Usage: baton graph <module> [--export NAME] [--direction LR|TD]

Prints the agent graph of an agent a module exports, as Mermaid flowchart text.
  <module>          A JavaScript module (or TypeScript, where Node or a loader such as tsx can import it).
  --export NAME     The export holding the agent. Default: the default export, else the only exported agent.
  --direction D     LR (default) or TD.`;

/** `baton graph`: imports a module, finds its agent and prints `drawGraph` of it. Resolves with the exit code. */
export async function runGraphCli(
  argv: string[],
  options: BatonCliOptions = {},
): Promise<number> {
  const out = options.out ?? ((line: string) => process.stdout.write(line));
  const err = options.err ?? ((line: string) => console.error(line));
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: true,
      options: {
        export: { type: 'string', short: 'e' },
        direction: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    err(`${(error as Error).message}\n\n${GRAPH_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    out(`${GRAPH_USAGE}\n`);
    return 0;
  }
  const direction = values.direction ?? 'LR';
  if (positionals.length !== 1 || (direction !== 'LR' && direction !== 'TD')) {
    err(`Give one module, and --direction LR or TD.\n\n${GRAPH_USAGE}`);
    return 2;
  }
  let exports: Record<string, unknown>;
  try {
    exports = (await import(
      pathToFileURL(resolve(positionals[0])).href
    )) as Record<string, unknown>;
  } catch (error) {
    err(
      `baton graph: could not import ${positionals[0]}: ${(error as Error).message}`,
    );
    return 1;
  }
  const agent = pickAgent(exports, values.export);
  if (typeof agent === 'string') {
    err(`baton graph: ${agent}`);
    return 1;
  }
  out(drawGraph(agent, { direction }));
  return 0;
}

/** The agent to draw, or why there is none. */
function pickAgent(
  exports: Record<string, unknown>,
  name: string | undefined,
): Agent<any, any> | string {
  if (name !== undefined) {
    return isAgent(exports[name])
      ? exports[name]
      : `the export "${name}" is not an agent.`;
  }
  if (isAgent(exports.default)) return exports.default;
  const agents = Object.entries(exports).filter(([, value]) => isAgent(value));
  if (agents.length === 1) return agents[0][1] as Agent<any, any>;
  if (agents.length === 0)
    return 'the module exports no agent; pass --export NAME.';
  return `the module exports several agents (${agents.map(([key]) => key).join(', ')}); pass --export NAME.`;
}

// By shape, not instanceof: the module may hold another copy of Baton (its ESM or CJS build).
function isAgent(value: unknown): value is Agent<any, any> {
  const candidate = value as Partial<Agent<any, any>> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    typeof candidate.name === 'string' &&
    Array.isArray(candidate.handoffs) &&
    Array.isArray(candidate.tools) &&
    Array.isArray(candidate.inputGuardrails)
  );
}
