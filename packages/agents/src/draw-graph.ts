import type { Agent, Handoff } from '@baton/core';

/** Options of {@link drawGraph}. */
export interface DrawGraphOptions {
  /** The flowchart's direction: `'LR'` (left to right, default) or `'TD'` (top down). */
  direction?: 'LR' | 'TD';
}

interface GraphWriter {
  lines: string[];
  ids: Map<Agent<any, any>, string>;
}

/**
 * Draws the static agent graph reachable from `agent` as Mermaid flowchart text: agents, the handoffs each may
 * take, their tools and their input and output guardrails. Cycles are drawn once per edge. Paste the text into
 * Markdown (a `mermaid` code block) for docs, or commit it to see graph changes in review.
 *
 * @example
 * import { Agent, drawGraph } from '@baton/agents';
 * const billing = new Agent({ name: 'Billing' });
 * console.log(drawGraph(new Agent({ name: 'Triage', handoffs: [billing] })));
 * @see docs/trace-viewer.md
 */
export function drawGraph(
  agent: Agent<any, any>,
  options: DrawGraphOptions = {},
): string {
  const writer: GraphWriter = { lines: [], ids: new Map() };
  writer.lines.push(`flowchart ${options.direction ?? 'LR'}`);
  writer.lines.push('  __start__(["start"]):::terminal');
  writer.lines.push('  __end__(["end"]):::terminal');
  const entry = visit(writer, agent);
  writer.lines.push(`  __start__ --> ${entry}`);
  writer.lines.push(
    '  classDef terminal fill:#f1f3f5,stroke:#868e96',
    '  classDef agent fill:#edf2ff,stroke:#5c7cfa',
    '  classDef tool fill:#ebfbee,stroke:#2b8a3e',
    '  classDef guardrail fill:#fff9db,stroke:#f59f00',
  );
  return `${writer.lines.join('\n')}\n`;
}

function visit(writer: GraphWriter, agent: Agent<any, any>): string {
  const known = writer.ids.get(agent);
  if (known) return known;
  const id = `agent_${writer.ids.size}`;
  writer.ids.set(agent, id);
  const { lines } = writer;
  lines.push(`  ${id}["${label(agent.name)}"]:::agent`);
  agent.tools.forEach((tool, index) => {
    const name = (tool as { name?: string }).name ?? tool.type;
    lines.push(`  ${id}_tool_${index}[["${label(name)}"]]:::tool`);
    lines.push(`  ${id} -.->|tool| ${id}_tool_${index}`);
  });
  agent.inputGuardrails.forEach((guardrail, index) => {
    lines.push(`  ${id}_in_${index}{{"${label(guardrail.name)}"}}:::guardrail`);
    lines.push(`  ${id}_in_${index} -.->|input guardrail| ${id}`);
  });
  agent.outputGuardrails.forEach((guardrail, index) => {
    lines.push(
      `  ${id}_out_${index}{{"${label(guardrail.name)}"}}:::guardrail`,
    );
    lines.push(`  ${id} -.->|output guardrail| ${id}_out_${index}`);
  });
  if (agent.handoffs.length === 0) lines.push(`  ${id} --> __end__`);
  for (const target of agent.handoffs) {
    // A configured handoff() wraps its agent; a plain agent is its own handoff.
    const handoff =
      'toolName' in target ? (target as Handoff<any, any>) : undefined;
    const next = visit(
      writer,
      handoff ? handoff.agent : (target as Agent<any, any>),
    );
    lines.push(
      handoff
        ? `  ${id} -->|"${label(handoff.toolName)}"| ${next}`
        : `  ${id} --> ${next}`,
    );
  }
  return id;
}

/** Mermaid label text: `#`, quotes and angle brackets as entity codes, so any name is safe inside `"..."`. */
function label(text: string): string {
  return text
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/\r?\n/g, ' ');
}
