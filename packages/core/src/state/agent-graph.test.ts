import { describe, expect, it } from 'vitest';
import { Agent } from '../agent/agent.js';
import {
  RunStateError,
  UnknownAgentError,
} from '../errors/run-state-errors.js';
import { handoff } from '../handoffs/handoff.js';
import { AgentGraph } from './agent-graph.js';

describe('AgentGraph', () => {
  it('reaches agents through bare handoffs and Handoff objects, recursively, following a cycle once', () => {
    const refunds = new Agent({ name: 'Refunds' });
    const billing = new Agent({
      name: 'Billing',
      handoffs: [handoff(refunds)],
    });
    const triage = new Agent({ name: 'Triage', handoffs: [billing] });
    refunds.handoffs = [triage];

    const graph = new AgentGraph(triage);

    expect(graph.names).toEqual(['Triage', 'Billing', 'Refunds']);
    expect(graph.resolve('Refunds')).toBe(refunds);
  });

  it('refuses a name two different agents share, but only when it is asked for', () => {
    const graph = new AgentGraph(
      new Agent({
        name: 'Triage',
        handoffs: [new Agent({ name: 'Twin' }), new Agent({ name: 'Twin' })],
      }),
    );

    expect(graph.resolve('Triage').name).toBe('Triage');
    expect(() => graph.resolve('Twin')).toThrow(RunStateError);
    expect(() => graph.resolve('Twin')).toThrow(/unique names/);
  });

  it('throws UnknownAgentError for a name it cannot reach', () => {
    const graph = new AgentGraph(new Agent({ name: 'Solo' }));
    expect(() => graph.resolve('Other')).toThrow(UnknownAgentError);
  });
});
