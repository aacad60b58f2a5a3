import {
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '@baton/testing';
import { refundAgent } from './support/refund-agent.js';
import { nodeScriptsPerTest } from './support/node-script.js';
import { openAPIValidator } from './support/openapi-validator.js';
import type { ResumeJob, ResumeReport } from './support/resume-in-child.js';
import { responsesBodies, wirePerTest } from './support/wire-setup.js';

const wire = wirePerTest();
const runScript = nodeScriptsPerTest();
const validator = openAPIValidator();
const secret = 'wire-test-run-state-secret-0123456789';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'baton-approvals-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const paths = () => ({
  stateFile: join(folder, 'state.json'),
  ledgerFolder: join(folder, 'ledger'),
  refundLog: join(folder, 'refunds.log'),
});

function refundsIssued(): string[] {
  const log = paths().refundLog;
  return existsSync(log)
    ? readFileSync(log, 'utf8').split('\n').filter(Boolean)
    : [];
}

/** Runs until the refund waits for approval (a lookup beside it runs), and saves the signed state to a file. */
async function interruptedRun(options: { stream?: boolean } = {}) {
  const setup = await wire();
  setup.emulator.script({
    toolCalls: [
      { name: 'refund', arguments: { orderId: 'o-1' }, callId: 'call_refund' },
      { name: 'lookup', arguments: { orderId: 'o-1' }, callId: 'call_lookup' },
    ],
  });
  const agent = refundAgent(paths().refundLog);
  const events: string[] = [];
  let result;
  if (options.stream) {
    result = await setup.runner.run(agent, 'Refund order o-1', {
      stream: true,
    });
    for await (const event of result)
      if (event.type === 'run_item_stream_event') events.push(event.name);
    await result.completed;
  } else result = await setup.runner.run(agent, 'Refund order o-1');
  writeFileSync(paths().stateFile, result.state.toString({ secret }));
  return { ...setup, result, events };
}

/** Resumes the saved state in a new Node process, deciding every interruption the same way. */
async function resumeInChild(
  emulator: Emulator,
  decision: Pick<ResumeJob, 'decision' | 'message'>,
): Promise<ResumeReport> {
  const job: ResumeJob = {
    emulatorUrl: emulator.url,
    secret,
    ...paths(),
    ...decision,
  };
  const child = await runScript('test/support/resume-in-child.ts', {
    env: { BATON_RESUME_JOB: JSON.stringify(job) },
  });
  expect(child.code, child.stderr).toBe(0);
  return JSON.parse(child.stdout) as ResumeReport;
}

function expectValidRequests(
  emulator: Emulator,
): Array<Record<string, unknown>> {
  const bodies = responsesBodies(emulator);
  for (const body of bodies)
    expect(validator.validateRequest('CreateResponse', body)).toEqual([]);
  return bodies;
}

type InputItem = { type?: string; call_id?: string; output?: unknown };
const inputOf = (body: Record<string, unknown>) => body.input as InputItem[];

describe('tool approvals over HTTP, resumed in another process', () => {
  it('runs the approved refund once in the new process, without asking the model again for the interrupted turn', async () => {
    const { emulator, result } = await interruptedRun();
    expect(result.interruptions.map((item) => item.name)).toEqual(['refund']);
    expect(refundsIssued()).toEqual([]);

    const report = await resumeInChild(emulator, { decision: 'approve' });

    expect(report).toMatchObject({ ok: true, sequence: 1, interruptions: 0 });
    expect(refundsIssued()).toEqual(['refund o-1']);
    const bodies = expectValidRequests(emulator);
    // The interrupted turn's request and the one after the tools ran: no repeat of the first.
    expect(bodies).toHaveLength(2);
    const second = inputOf(bodies[1]!);
    expect(second.filter((item) => item.type === 'function_call')).toHaveLength(
      2,
    );
    expect(
      second
        .filter((item) => item.type === 'function_call_output')
        .map((item) => [item.call_id, item.output]),
    ).toEqual([
      // The lookup ran before the run stopped, the refund after the approval.
      ['call_lookup', 'order o-1: paid'],
      ['call_refund', 'refunded o-1'],
    ]);
    expect(String((report as { finalOutput: unknown }).finalOutput)).toContain(
      'refunded o-1',
    );
  });

  it('sends the rejection message as the call output when the new process rejects, and issues no refund', async () => {
    const { emulator } = await interruptedRun();

    const report = await resumeInChild(emulator, {
      decision: 'reject',
      message: 'A manager declined the refund.',
    });

    expect(report.ok).toBe(true);
    expect(refundsIssued()).toEqual([]);
    const bodies = expectValidRequests(emulator);
    expect(bodies).toHaveLength(2);
    expect(
      inputOf(bodies[1]!).find(
        (item) =>
          item.call_id === 'call_refund' &&
          item.type === 'function_call_output',
      ),
    ).toMatchObject({ output: 'A manager declined the refund.' });
  });

  it('refuses an edited signed state in the new process with RunStateSignatureError, before any model call', async () => {
    const { emulator } = await interruptedRun();
    const { stateFile } = paths();
    writeFileSync(
      stateFile,
      readFileSync(stateFile, 'utf8').replaceAll('o-1', 'o-9'),
    );

    const report = await resumeInChild(emulator, { decision: 'approve' });

    expect(report).toMatchObject({
      ok: false,
      error: 'RunStateSignatureError',
      signature: 'mismatch',
    });
    expect(refundsIssued()).toEqual([]);
    expect(expectValidRequests(emulator)).toHaveLength(1);
  });

  it('refuses a second resume of the same saved text in a third process (file ledger), so the refund runs once', async () => {
    const { emulator, result } = await interruptedRun();
    expect((await resumeInChild(emulator, { decision: 'approve' })).ok).toBe(
      true,
    );

    const replay = await resumeInChild(emulator, { decision: 'approve' });

    expect(replay).toMatchObject({
      ok: false,
      error: 'RunStateReplayError',
      replay: { stateId: result.state.stateId, sequence: 0 },
    });
    expect(refundsIssued()).toEqual(['refund o-1']);
    expect(expectValidRequests(emulator)).toHaveLength(2);
  });

  it('lets exactly one of two processes that resume the same saved text at once go on', async () => {
    const { emulator } = await interruptedRun();

    const reports = await Promise.all([
      resumeInChild(emulator, { decision: 'approve' }),
      resumeInChild(emulator, { decision: 'approve' }),
    ]);

    expect(reports.map((report) => report.ok).sort()).toEqual([false, true]);
    expect(reports.find((report) => !report.ok)).toMatchObject({
      error: 'RunStateReplayError',
    });
    expect(refundsIssued()).toEqual(['refund o-1']);
  });

  it('streams the interruption over SSE as tool_approval_requested, and the saved state resumes in a new process', async () => {
    const { emulator, events, result } = await interruptedRun({ stream: true });
    expect(events).toEqual([
      'tool_called',
      'tool_called',
      'tool_output',
      'tool_approval_requested',
    ]);
    expect(result.interruptions).toHaveLength(1);
    expect(responsesBodies(emulator)[0]).toMatchObject({ stream: true });

    const report = await resumeInChild(emulator, { decision: 'approve' });

    expect(report.ok).toBe(true);
    expect(refundsIssued()).toEqual(['refund o-1']);
    expect(expectValidRequests(emulator)).toHaveLength(2);
  });
});
