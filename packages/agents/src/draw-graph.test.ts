import {
  Agent,
  handoff,
  tool,
  type InputGuardrail,
  type OutputGuardrail,
} from '@baton/core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { drawGraph } from './draw-graph.js';

const passes = async () => ({ tripwireTriggered: false, outputInfo: null });

describe('drawGraph', () => {
  it('draws agents, handoffs, tools and guardrails as a Mermaid flowchart, a cycle once', () => {
    const triage = new Agent({
      name: 'Triage',
      inputGuardrails: [{ name: 'no_pii', execute: passes } as InputGuardrail],
    });
    const billing = new Agent({
      name: 'Billing',
      tools: [
        tool({
          name: 'lookup_invoice',
          description: 'Finds an invoice.',
          parameters: z.object({ id: z.string() }),
          execute: async () => 'ok',
        }),
      ],
      outputGuardrails: [
        { name: 'on_topic', execute: passes } as OutputGuardrail,
      ],
      handoffs: [triage],
    });
    const refunds = new Agent({ name: 'Refunds "desk" <1>' });
    triage.handoffs = [
      billing,
      handoff(refunds, { toolNameOverride: 'to_refunds' }),
    ];

    expect(drawGraph(triage)).toBe(
      [
        'flowchart LR',
        '  __start__(["start"]):::terminal',
        '  __end__(["end"]):::terminal',
        '  agent_0["Triage"]:::agent',
        '  agent_0_in_0{{"no_pii"}}:::guardrail',
        '  agent_0_in_0 -.->|input guardrail| agent_0',
        '  agent_1["Billing"]:::agent',
        '  agent_1_tool_0[["lookup_invoice"]]:::tool',
        '  agent_1 -.->|tool| agent_1_tool_0',
        '  agent_1_out_0{{"on_topic"}}:::guardrail',
        '  agent_1 -.->|output guardrail| agent_1_out_0',
        '  agent_1 --> agent_0',
        '  agent_0 --> agent_1',
        '  agent_2["Refunds #quot;desk#quot; #lt;1#gt;"]:::agent',
        '  agent_2 --> __end__',
        '  agent_0 -->|"to_refunds"| agent_2',
        '  __start__ --> agent_0',
        '  classDef terminal fill:#f1f3f5,stroke:#868e96',
        '  classDef agent fill:#edf2ff,stroke:#5c7cfa',
        '  classDef tool fill:#ebfbee,stroke:#2b8a3e',
        '  classDef guardrail fill:#fff9db,stroke:#f59f00',
        '',
      ].join('\n'),
    );
  });

  it('draws top down when asked', () => {
    expect(drawGraph(new Agent({ name: 'Solo' }), { direction: 'TD' })).toMatch(
      /^flowchart TD\n/,
    );
  });
});
