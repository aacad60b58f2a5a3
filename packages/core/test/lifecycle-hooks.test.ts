import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { Agent, Runner, tool } from '../src/index.js';
import { call, FakeModel, respond, text } from './support/fake-model.js';

function pipeline() {
  const lookup = tool({
    name: 'lookup_invoice',
    description: '',
    parameters: z.object({ id: z.string() }),
    execute: ({ id }) => `${id} is paid`,
  });
  const billing = new Agent({
    name: 'billing',
    tools: [lookup],
    model: new FakeModel([
      respond([call('lookup_invoice', { id: 'INV-7' })]),
      text('INV-7 is paid.'),
    ]),
  });
  const triage = new Agent({
    name: 'triage',
    handoffs: [billing],
    model: new FakeModel([respond([call('transfer_to_billing', {})])]),
  });
  return { triage, billing, lookup };
}

describe('lifecycle hooks', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reach a Runner subclass that overrides emit, though nobody called on()', async () => {
    const { triage } = pipeline();
    const seen: string[] = [];
    class ObservingRunner extends Runner {
      override emit(type: string, ...args: unknown[]): boolean {
        seen.push(type);
        return super.emit(
          type as 'agent_start',
          ...(args as [never, never, never]),
        );
      }
    }
    await new ObservingRunner().run(triage, 'Why was I charged?');
    expect(seen).toEqual([
      'agent_start',
      'agent_handoff',
      'agent_start',
      'agent_tool_start',
      'agent_tool_end',
      'agent_end',
    ]);
  });

  it('fire on the runner and on each agent in the order the run happens', async () => {
    const { triage, billing } = pipeline();
    const runner = new Runner();
    const seen: string[] = [];
    runner.on('agent_start', (_c, agent) =>
      seen.push(`run:start:${agent.name}`),
    );
    runner.on('agent_handoff', (_c, from, to) =>
      seen.push(`run:handoff:${from.name}->${to.name}`),
    );
    runner.on('agent_tool_start', (_c, agent, t) =>
      seen.push(`run:tool_start:${agent.name}:${t.name}`),
    );
    runner.on('agent_tool_end', (_c, _a, t, result) =>
      seen.push(`run:tool_end:${t.name}:${result}`),
    );
    runner.on('agent_end', (_c, agent, output) =>
      seen.push(`run:end:${agent.name}:${String(output)}`),
    );
    triage.on('agent_handoff', (_c, next) =>
      seen.push(`triage:handoff:${next.name}`),
    );
    billing.on('agent_start', () => seen.push('billing:start'));
    billing.on('agent_tool_end', (_c, t) =>
      seen.push(`billing:tool_end:${t.name}`),
    );
    billing.on('agent_end', (_c, output) =>
      seen.push(`billing:end:${String(output)}`),
    );

    await runner.run(triage, 'Was INV-7 paid?');
    expect(seen).toEqual([
      'run:start:triage',
      'run:handoff:triage->billing',
      'triage:handoff:billing',
      'run:start:billing',
      'billing:start',
      'run:tool_start:billing:lookup_invoice',
      'run:tool_end:lookup_invoice:INV-7 is paid',
      'billing:tool_end:lookup_invoice',
      'run:end:billing:INV-7 is paid.',
      'billing:end:INV-7 is paid.',
    ]);
  });

  it('never break a run when a listener throws, and report it on stderr', async () => {
    const report = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { triage } = pipeline();
    const runner = new Runner();
    runner.on('agent_start', () => {
      throw new Error('listener bug');
    });
    const after: string[] = [];
    triage.on('agent_start', () => after.push('agent listener still ran'));
    const result = await runner.run(triage, 'Was INV-7 paid?');
    expect(result.finalOutput).toBe('INV-7 is paid.');
    expect(after).toEqual(['agent listener still ran']);
    expect(report).toHaveBeenCalledWith(
      expect.stringContaining('lifecycle hook listener threw'),
      expect.objectContaining({ message: 'listener bug' }),
    );
  });

  it('stop calling a listener after off, and call a once listener once', async () => {
    const runner = new Runner();
    const starts: string[] = [];
    const listener = () => starts.push('on');
    runner.on('agent_start', listener);
    runner.once('agent_start', () => starts.push('once'));
    await runner.run(pipeline().triage, 'x');
    runner.off('agent_start', listener);
    await runner.run(pipeline().triage, 'x');
    expect(starts).toEqual(['on', 'once', 'on']);
  });
});
