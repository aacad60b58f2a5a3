import { describe, expect, it } from 'vitest';
import { followRun, type DurableStreamEvent } from '@baton/restate';
import { waitFor } from '../examples/durable/restate-server.js';
import {
  useDurableClusters,
  type DurableCluster,
} from './support/durable-cluster.js';

const durable = useDurableClusters();
let cluster: DurableCluster | undefined;

async function attach(
  service: string,
  id: string,
): Promise<{ status: number; body: Record<string, any> }> {
  const response = await fetch(
    `${durable.restate.ingressUrl}/restate/workflow/${cluster!.prefix}${service}/${id}/attach`,
  );
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

async function allEvents(runId: string, from = 0) {
  const events: DurableStreamEvent[] = [];
  for await (const { event } of followRun({
    ingressUrl: durable.restate.ingressUrl,
    service: `${cluster!.prefix}checkoutEvents`,
    runId,
    from,
  }))
    events.push(event);
  return events;
}

describe('the stream of a durable run', () => {
  it('is published as it happens, and a caller resumes from an event index', async () => {
    cluster = await durable.start();
    cluster.emulator.script(
      {
        toolCalls: [
          {
            name: 'lookup_order',
            arguments: { orderId: 'o-9' },
            callId: 'call_lookup',
          },
        ],
      },
      { text: 'Order o-9 totals 42.' },
    );
    await cluster.startWorker();
    await cluster.register();
    await cluster.call('checkout/run-s/run/send', { input: 'Total of o-9?' });
    const seen: Array<{ index: number; event: DurableStreamEvent }> = [];
    for await (const entry of followRun({
      ingressUrl: durable.restate.ingressUrl,
      service: `${cluster.prefix}checkoutEvents`,
      runId: 'run-s',
    }))
      seen.push(entry);
    expect(seen.map((entry) => entry.index)).toEqual(seen.map((_, i) => i));
    const names = seen.map(({ event }) =>
      event.type === 'run_item_stream_event' ? event.name : event.type,
    );
    expect(names[0]).toBe('tool_called');
    expect(names.at(-1)).toBe('run_done');
    expect(names.indexOf('tool_called')).toBeLessThan(
      names.indexOf('tool_output'),
    );
    expect(names.indexOf('tool_output')).toBeLessThan(
      names.indexOf('output_text_delta'),
    );
    const text = seen
      .map(({ event }) =>
        event.type === 'output_text_delta' ? event.delta : '',
      )
      .join('');
    expect(text).toBe('Order o-9 totals 42.');
    expect(seen.at(-1)!.event).toMatchObject({
      type: 'run_done',
      finalOutput: 'Order o-9 totals 42.',
    });
    // A reconnecting caller gives the index after the last event it saw.
    expect(await allEvents('run-s', 3)).toEqual(
      seen.slice(3).map((entry) => entry.event),
    );
  }, 60_000);
});

describe('the stream of a durable conversation', () => {
  it('publishes each turn under the events id its message names', async () => {
    cluster = await durable.start();
    cluster.emulator.script({ text: 'Hello, Ada.' }, { text: 'Still here.' });
    await cluster.startWorker();
    await cluster.register();
    for (const [input, eventsId] of [
      ['I am Ada.', 'turn-a'],
      ['Are you there?', 'turn-b'],
    ])
      expect(
        (await cluster.call('chat/conversation-s/send', { input, eventsId }))
          .status,
      ).toBe(200);
    const turn = async (runId: string) => {
      const events: DurableStreamEvent[] = [];
      for await (const { event } of followRun({
        ingressUrl: durable.restate.ingressUrl,
        service: `${cluster!.prefix}chatEvents`,
        runId,
      }))
        events.push(event);
      return {
        text: events
          .map((event) =>
            event.type === 'output_text_delta' ? event.delta : '',
          )
          .join(''),
        last: events.at(-1),
      };
    };
    expect(await turn('turn-a')).toMatchObject({
      text: 'Hello, Ada.',
      last: { type: 'run_done', finalOutput: 'Hello, Ada.' },
    });
    expect(await turn('turn-b')).toMatchObject({
      text: 'Still here.',
      last: { type: 'run_done', finalOutput: 'Still here.' },
    });
  }, 60_000);
});

describe('a durable run whose worker is killed mid-run', () => {
  it('finishes on another worker without repeating the finished model call and tools', async () => {
    cluster = await durable.start();
    const { emulator } = cluster;
    emulator.script(
      {
        toolCalls: [
          {
            name: 'lookup_order',
            arguments: { orderId: 'o-1' },
            callId: 'call_lookup',
          },
        ],
      },
      {
        toolCalls: [
          {
            name: 'charge_card',
            arguments: { orderId: 'o-1' },
            callId: 'call_charge',
          },
          {
            name: 'slow_report',
            arguments: { orderId: 'o-1' },
            callId: 'call_slow',
          },
        ],
      },
      { text: 'Order o-1 is charged and reported.' },
    );
    const first = await cluster.startWorker({ SLOW_MS: '600000' });
    await cluster.register();
    const sent = await cluster.call('checkout/run-1/run/send', {
      input: 'Check out order o-1',
    });
    expect(sent.status).toBeLessThan(300);
    await waitFor(() =>
      cluster!.toolLog().includes(`slow_report o-1 ${first.pid} start`),
    );
    // Killed only once the charge is in the journal: a step that finished but was not yet stored runs again.
    await waitFor(async () =>
      (await durable.restate.completedSteps()).some(
        (step) => step.name === 'turn-2/tool/call_charge',
      ),
    );
    await first.kill('SIGKILL');
    const second = await cluster.startWorker({ SLOW_MS: '10' });

    const { status, body } = await attach('checkout', 'run-1');
    expect(status).toBe(200);
    expect(body.finalOutput).toBe('Order o-1 is charged and reported.');
    expect(body.lastAgent).toBe('Checkout');
    expect(body.usage.requests).toBe(3);
    // Three model calls in all: turn 1's was not made again.
    expect(
      emulator.requests.filter((r) => r.path === '/v1/responses'),
    ).toHaveLength(3);
    const log = cluster.toolLog();
    expect(log.filter((line) => line.startsWith('lookup_order'))).toEqual([
      `lookup_order o-1 ${first.pid} start`,
      `lookup_order o-1 ${first.pid} end`,
    ]);
    expect(log.filter((line) => line.startsWith('charge_card'))).toEqual([
      `charge_card o-1 ${first.pid} start`,
      `charge_card o-1 ${first.pid} end`,
    ]);
    // The step that was running when the worker died is the one that runs again.
    expect(log.filter((line) => line.startsWith('slow_report'))).toEqual([
      `slow_report o-1 ${first.pid} start`,
      `slow_report o-1 ${second.pid} start`,
      `slow_report o-1 ${second.pid} end`,
    ]);
    const ranOnSecond = cluster
      .stepLog()
      .filter((line) => line.endsWith(` ${second.pid}`))
      .map((line) => line.split(' ')[0]);
    expect(ranOnSecond).toEqual([
      'turn-2/tool/call_slow',
      'turn-3/model',
      'turn-3/output-guardrail/final_check',
    ]);
    // The second worker published the replayed run's items again; the log kept each once.
    const events = await allEvents('run-1');
    const outputs = events.flatMap((event) =>
      event.type === 'run_item_stream_event' && event.name === 'tool_output'
        ? [(event.item.rawItem as { call_id: string }).call_id]
        : [],
    );
    expect(outputs.sort()).toEqual(['call_charge', 'call_lookup', 'call_slow']);
    // One trace over both workers; the replayed steps made no second span.
    const spans = cluster.spans();
    expect(new Set(spans.map((span) => span.traceId)).size).toBe(1);
    const stepSpans = spans
      .filter((span) => span.type === 'response' || span.type === 'function')
      .map((span) => `${span.type} ${span.name} ${span.pid}`);
    expect(stepSpans).toEqual([
      `response  ${first.pid}`,
      `function lookup_order ${first.pid}`,
      `response  ${first.pid}`,
      `function charge_card ${first.pid}`,
      `function slow_report ${second.pid}`,
      `response  ${second.pid}`,
    ]);
    // The input guardrail's verdict was journaled on the first worker: the replay did not check the input again.
    expect(
      spans
        .filter((span) => span.type === 'guardrail')
        .map((span) => `${span.name} ${span.pid}`),
    ).toEqual([`order_check ${first.pid}`, `final_check ${second.pid}`]);
  }, 60_000);
});

async function invocationStatus(): Promise<string[]> {
  const response = await fetch(`${durable.restate.adminUrl}/query`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({
      query: `SELECT status FROM sys_invocation WHERE target_service_name = '${cluster!.prefix}checkout' AND target_handler_name = 'run'`,
    }),
  });
  const { rows } = (await response.json()) as {
    rows: Array<{ status: string }>;
  };
  return rows.map((row) => row.status);
}

describe('a durable run that waits for approval', () => {
  it('continues when approved after every worker has stopped, without running anything again', async () => {
    cluster = await durable.start();
    const { emulator } = cluster;
    emulator.script(
      {
        toolCalls: [
          {
            name: 'lookup_order',
            arguments: { orderId: 'o-7' },
            callId: 'call_lookup',
          },
          {
            name: 'refund',
            arguments: { orderId: 'o-7' },
            callId: 'call_refund',
          },
        ],
      },
      { text: 'Order o-7 is refunded.' },
    );
    const first = await cluster.startWorker();
    await cluster.register();
    await cluster.call('checkout/run-2/run/send', { input: 'Refund o-7' });
    let pending: unknown[] = [];
    await waitFor(async () => {
      pending = (await (
        await cluster!.call('checkout/run-2/approvals')
      ).json()) as unknown[];
      return pending.length > 0;
    });
    expect(pending).toEqual([
      {
        callId: 'call_refund',
        toolName: 'refund',
        arguments: '{"orderId":"o-7"}',
        agent: 'Checkout',
      },
    ]);
    // Waiting holds no worker: Restate has suspended the invocation.
    await waitFor(async () => (await invocationStatus())[0] === 'suspended');
    await first.kill('SIGTERM');
    const second = await cluster.startWorker();

    const approved = await cluster.call('checkout/run-2/approve', {
      callId: 'call_refund',
    });
    expect(approved.status).toBe(200);
    const { status, body } = await attach('checkout', 'run-2');
    expect(status).toBe(200);
    expect(body.finalOutput).toBe('Order o-7 is refunded.');
    expect(
      emulator.requests.filter((r) => r.path === '/v1/responses'),
    ).toHaveLength(2);
    expect(cluster.toolLog()).toEqual([
      `lookup_order o-7 ${first.pid} start`,
      `lookup_order o-7 ${first.pid} end`,
      `refund o-7 ${second.pid} start`,
      `refund o-7 ${second.pid} end`,
    ]);
    const ranOnSecond = cluster
      .stepLog()
      .filter((line) => line.endsWith(` ${second.pid}`))
      .map((line) => line.split(' ')[0]);
    expect(ranOnSecond).toEqual([
      'turn-1/tool/call_refund',
      'turn-2/model',
      'turn-2/output-guardrail/final_check',
    ]);
  }, 60_000);

  it('resumes an agent tool’s nested run that waits for approval once the suspended invocation is decided', async () => {
    cluster = await durable.start();
    const { emulator } = cluster;
    emulator.script(
      {
        toolCalls: [
          {
            name: 'ask_clerk',
            arguments: { input: 'Refund o-3' },
            callId: 'call_clerk',
          },
        ],
      },
      {
        toolCalls: [
          {
            name: 'refund',
            arguments: { orderId: 'o-3' },
            callId: 'call_nested_refund',
          },
        ],
      },
      { text: 'The clerk refunded o-3.' },
      { text: 'Done: o-3 is refunded.' },
    );
    const worker = await cluster.startWorker();
    await cluster.register();
    await cluster.call('checkout/run-n/run/send', { input: 'Refund o-3' });
    await waitFor(async () => {
      const pending = (await (
        await cluster!.call('checkout/run-n/approvals')
      ).json()) as Array<{ callId: string }>;
      return pending.some((entry) => entry.callId === 'call_nested_refund');
    });
    // Suspended: the worker holds nothing, and the approval resumes a replay of the invocation.
    await waitFor(async () => (await invocationStatus())[0] === 'suspended');
    expect(
      (
        await cluster.call('checkout/run-n/approve', {
          callId: 'call_nested_refund',
        })
      ).status,
    ).toBe(200);
    const { status, body } = await attach('checkout', 'run-n');
    expect(status).toBe(200);
    expect(body.finalOutput).toBe('Done: o-3 is refunded.');
    expect(
      emulator.requests.filter((r) => r.path === '/v1/responses'),
    ).toHaveLength(4);
    expect(cluster.toolLog()).toEqual([
      `refund o-3 ${worker.pid} start`,
      `refund o-3 ${worker.pid} end`,
    ]);
  }, 60_000);

  it('answers a decision for a call that does not wait with a 404 naming the calls that do', async () => {
    cluster = await durable.start();
    await cluster.startWorker();
    await cluster.register();
    const response = await cluster.call('checkout/run-none/approve', {
      callId: 'call_nope',
    });
    expect(response.status).toBe(404);
    expect((await response.json()).message).toBe(
      'No tool call "call_nope" waits for approval here. Waiting: none.',
    );
  });
});

describe('errors of a durable run', () => {
  it('retries a failing model call within the step policy and then finishes', async () => {
    cluster = await durable.start();
    const { emulator } = cluster;
    emulator
      .fault({ kind: 'server_error', times: 2 })
      .script({ text: 'Fine after all.' });
    await cluster.startWorker();
    await cluster.register();
    const response = await cluster.call('checkout/run-3/run', { input: 'Hi' });
    expect(response.status).toBe(200);
    expect((await response.json()).finalOutput).toBe('Fine after all.');
    expect(
      emulator.requests.filter((r) => r.path === '/v1/responses'),
    ).toHaveLength(3);
  });

  it('ends the invocation with a terminal error naming MaxTurnsExceededError', async () => {
    cluster = await durable.start();
    const { emulator } = cluster;
    for (let turn = 1; turn <= 6; turn++)
      emulator.script({
        toolCalls: [
          { name: 'lookup_order', arguments: { orderId: `o-${turn}` } },
        ],
      });
    await cluster.startWorker();
    await cluster.register();
    const response = await cluster.call('checkout/run-4/run', {
      input: 'Loop',
    });
    expect(response.status).toBe(422);
    expect(await response.text()).toContain('MaxTurnsExceededError');
    // Terminal: not retried, so the model saw exactly maxTurns calls.
    expect(
      emulator.requests.filter((r) => r.path === '/v1/responses'),
    ).toHaveLength(5);
  });

  it('fails a tool whose result JSON cannot hold at its first call, without retrying it', async () => {
    cluster = await durable.start();
    const { emulator } = cluster;
    emulator.script({
      toolCalls: [{ name: 'bad_result', callId: 'call_bad' }],
    });
    await cluster.startWorker();
    await cluster.register();
    const response = await cluster.call('checkout/run-5/run', { input: 'Bad' });
    expect(response.status).toBe(422);
    const text = await response.text();
    expect(text).toContain('StepNotSerializableError');
    expect(text).toContain('turn-1/tool/call_bad');
    expect(text).toContain('$.value is a Map');
    expect(
      cluster
        .stepLog()
        .filter((line) => line.startsWith('turn-1/tool/call_bad')),
    ).toHaveLength(1);
  });
});

describe('a rejected approval in a durable run', () => {
  it('tells the model the reason and never runs the tool', async () => {
    cluster = await durable.start();
    const { emulator } = cluster;
    emulator.script(
      {
        toolCalls: [
          {
            name: 'refund',
            arguments: { orderId: 'o-8' },
            callId: 'call_refund',
          },
        ],
      },
      { text: 'I cannot refund o-8.' },
    );
    await cluster.startWorker();
    await cluster.register();
    await cluster.call('checkout/run-r/run/send', { input: 'Refund o-8' });
    await waitFor(async () => {
      const pending = (await (
        await cluster!.call('checkout/run-r/approvals')
      ).json()) as unknown[];
      return pending.length > 0;
    });
    const rejected = await cluster.call('checkout/run-r/reject', {
      callId: 'call_refund',
      message: 'Refunds above the limit need a manager.',
    });
    expect(rejected.status).toBe(200);
    const { body } = await attach('checkout', 'run-r');
    expect(body.finalOutput).toBe('I cannot refund o-8.');
    expect(cluster.toolLog()).toEqual([]);
    const second = emulator.requests.filter(
      (request) => request.path === '/v1/responses',
    )[1]!.body as { input: Array<{ type?: string; output?: string }> };
    expect(
      second.input.find((item) => item.type === 'function_call_output')?.output,
    ).toBe('Refunds above the limit need a manager.');
  }, 60_000);
});
