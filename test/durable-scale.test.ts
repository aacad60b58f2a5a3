import { describe, expect, it } from 'vitest';
import type { EmulatorRequest } from '@baton/testing';
import { waitFor } from '../examples/durable/restate-server.js';
import {
  useDurableClusters,
  type DurableCluster,
} from './support/durable-cluster.js';

const durable = useDurableClusters();
let cluster: DurableCluster | undefined;

interface InputItem {
  type?: string;
  role?: string;
  content?: string | Array<{ text?: string }>;
}

function inputOf(request: EmulatorRequest): InputItem[] {
  const input = (request.body as { input: InputItem[] | string }).input;
  return typeof input === 'string' ? [{ role: 'user', content: input }] : input;
}

function textOf(item: InputItem | undefined): string {
  const content = item?.content;
  if (typeof content === 'string') return content;
  return (content ?? []).map((part) => part.text ?? '').join('');
}

async function statuses(service: string): Promise<string[]> {
  const response = await fetch(`${durable.restate.adminUrl}/query`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({
      query: `SELECT status FROM sys_invocation WHERE target_service_name = '${service}' AND target_handler_name = 'run'`,
    }),
  });
  const { rows } = (await response.json()) as {
    rows: Array<{ status: string }>;
  };
  return rows.map((row) => row.status);
}

describe('durable runs spread over workers', () => {
  it('completes 200 runs over 3 workers when one is killed mid-load', async () => {
    cluster = await durable.start();
    const { emulator } = cluster;
    // Each run: a lookup of its order, then an answer naming it. Spare replies cover calls repeated after the kill.
    const reply = (request: EmulatorRequest) => {
      const input = inputOf(request);
      const order = /o-\d+/.exec(textOf(input[0]))![0];
      return input.some((item) => item.type === 'function_call_output')
        ? { text: `done ${order}` }
        : {
            toolCalls: [
              { name: 'lookup_order', arguments: { orderId: order } },
            ],
          };
    };
    emulator.script(...Array.from({ length: 800 }, () => reply));
    const workers = [
      await cluster.startWorker(),
      await cluster.startWorker(),
      await cluster.startWorker(),
    ];
    await cluster.register();
    const runs = Array.from({ length: 200 }, (_, index) => index);
    await Promise.all(
      runs.map(async (index) => {
        const sent = await cluster!.call(`checkout/scale-${index}/run/send`, {
          input: `Check order o-${index}`,
        });
        expect(sent.status).toBeLessThan(300);
      }),
    );
    const service = `${cluster.prefix}checkout`;
    await waitFor(
      async () =>
        (await statuses(service)).filter((status) => status === 'completed')
          .length >= 40,
      60_000,
    );
    await workers[1]!.kill('SIGKILL');

    const outputs = await Promise.all(
      runs.map(async (index) => {
        const response = await fetch(
          `${durable.restate.ingressUrl}/restate/workflow/${service}/scale-${index}/attach`,
        );
        return ((await response.json()) as { finalOutput: string }).finalOutput;
      }),
    );
    expect(outputs).toEqual(runs.map((index) => `done o-${index}`));
    // Every worker took part, the killed one included.
    for (const worker of workers)
      expect(cluster.balancer.served.get(worker.port) ?? 0).toBeGreaterThan(0);
    const completed = (await statuses(service)).filter(
      (status) => status === 'completed',
    );
    expect(completed).toHaveLength(200);
  }, 120_000);
});

describe('a durable conversation', () => {
  it('gives 20 concurrent messages 20 whole turns, one after another', async () => {
    cluster = await durable.start();
    const { emulator } = cluster;
    // The reply says how much history the turn saw: a turn that ran beside another would see too little.
    emulator.script(
      ...Array.from({ length: 20 }, () => (request: EmulatorRequest) => {
        const input = inputOf(request);
        const users = input.filter((item) => item.role === 'user');
        return {
          text: `turn ${users.length} answers ${textOf(users.at(-1))} after ${input.length - 1} items`,
        };
      }),
    );
    await cluster.startWorker();
    await cluster.startWorker();
    await cluster.register();
    const messages = Array.from({ length: 20 }, (_, index) => `m${index}`);
    const results = await Promise.all(
      messages.map(async (message) => {
        const response = await cluster!.call('chat/conversation-1/send', {
          input: message,
        });
        expect(response.status).toBe(200);
        return ((await response.json()) as { finalOutput: string }).finalOutput;
      }),
    );
    const history = (await (
      await cluster.call('chat/conversation-1/history')
    ).json()) as InputItem[];
    expect(history).toHaveLength(40);
    // Turn n saw exactly the 2(n - 1) items of the turns before it, and its own message.
    const order: string[] = [];
    for (let turn = 1; turn <= 20; turn++) {
      const user = history[2 * turn - 2]!;
      const answer = history[2 * turn - 1]!;
      expect(user.role).toBe('user');
      expect(textOf(answer)).toBe(
        `turn ${turn} answers ${textOf(user)} after ${2 * (turn - 1)} items`,
      );
      order.push(textOf(user));
    }
    expect([...order].sort()).toEqual([...messages].sort());
    expect(results.sort()).toEqual(
      history
        .filter((item) => item.role === 'assistant')
        .map(textOf)
        .sort(),
    );
  }, 60_000);

  it('waits for an approval inside a turn with the turn so far in its history, then keeps the whole turn once', async () => {
    cluster = await durable.start();
    cluster.emulator.script(
      {
        toolCalls: [
          { name: 'refund', arguments: { orderId: 'o-5' }, callId: 'call_r' },
        ],
      },
      { text: 'Refunded o-5.' },
    );
    await cluster.startWorker();
    await cluster.register();
    const turn = cluster.call('chat/conversation-2/send', {
      input: 'Refund o-5',
    });
    await waitFor(async () => {
      const pending = (await (
        await cluster!.call('chat/conversation-2/approvals')
      ).json()) as unknown[];
      return pending.length > 0;
    });
    // A run that stops for an approval appends what it has, as any session run does: the message and the call.
    const waiting = (await (
      await cluster.call('chat/conversation-2/history')
    ).json()) as Array<{ type?: string; role?: string }>;
    expect(waiting.map((item) => item.role ?? item.type)).toEqual([
      'user',
      'function_call',
    ]);
    await cluster.call('chat/conversation-2/approve', { callId: 'call_r' });
    const result = (await (await turn).json()) as { finalOutput: string };
    expect(result.finalOutput).toBe('Refunded o-5.');
    const history = (await (
      await cluster.call('chat/conversation-2/history')
    ).json()) as Array<{ type?: string; role?: string }>;
    expect(history.map((item) => item.role ?? item.type)).toEqual([
      'user',
      'function_call',
      'function_call_output',
      'assistant',
    ]);
    expect(
      cluster.toolLog().filter((line) => line.endsWith('start')),
    ).toHaveLength(1);
  }, 60_000);
});
