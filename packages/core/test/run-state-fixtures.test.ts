import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  Agent,
  CURRENT_RUN_STATE_VERSION,
  InvalidRunStateError,
  RunHandoffOutputItem,
  RunState,
  RunToolApprovalItem,
  RunToolCallOutputItem,
  tool,
  UnsupportedRunStateVersionError,
} from '../src/index.js';

// One fixture (or more) per released version, written once by the Baton that released it and never regenerated:
// every later Baton must still read them. The *-signed.json files were signed with FIXTURE_SECRET.
const FIXTURES = new URL('./fixtures/run-state/', import.meta.url);
const FIXTURE_SECRET = 'run-state-fixture-secret';

function fixture(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}

/** The agents of the fixtures' run, built as another process would build them. */
function agents() {
  const refund = tool({
    name: 'refund',
    description: 'Refunds',
    parameters: z.object({ orderId: z.string() }),
    execute: ({ orderId }) => ({ orderId, refunded: true }),
  });
  const billing = new Agent({ name: 'Billing', tools: [refund] });
  const triage = new Agent({ name: 'Triage', handoffs: [billing] });
  return { triage, billing };
}

const files = readdirSync(FIXTURES).filter((file) => file.endsWith('.json'));

describe('run state fixtures', () => {
  it('exist for every released version', () => {
    for (let version = 1; version <= CURRENT_RUN_STATE_VERSION; version += 1)
      expect(files.some((file) => file.startsWith(`v${version}`))).toBe(true);
  });

  it.each(files)('%s restores, and writes back what it read', async (file) => {
    const { triage } = agents();
    const text = fixture(file);
    const json = JSON.parse(text) as Record<string, unknown>;

    const state = await RunState.fromString(triage, text);

    if (json.$schemaVersion === CURRENT_RUN_STATE_VERSION) {
      const { signature: _signature, ...unsigned } = json;
      expect(JSON.parse(state.toString())).toEqual(unsigned);
    }
  });

  it('v1.json restores a finished run with a handoff, a tool call and its context', async () => {
    const { triage, billing } = agents();

    const state = await RunState.fromString(triage, fixture('v1.json'));

    expect(state.stateId).toBe('6f1c2a44-0b7e-4c1d-9a53-2f8e7d0c5b19');
    expect(state.currentAgent).toBe(billing);
    expect(state.currentTurn).toBe(3);
    expect(state.maxTurns).toBe(10);
    expect(state.finalOutput).toBe('Order o-17 is refunded.');
    expect(state.generatedItems.map((item) => item.type)).toEqual([
      'handoff_call_item',
      'handoff_output_item',
      'reasoning_item',
      'tool_call_item',
      'tool_call_output_item',
      'message_output_item',
    ]);
    const handoff = state.generatedItems[1] as RunHandoffOutputItem;
    expect(handoff).toBeInstanceOf(RunHandoffOutputItem);
    expect(handoff.sourceAgent).toBe(triage);
    expect(handoff.targetAgent).toBe(billing);
    const output = state.generatedItems[4] as RunToolCallOutputItem;
    expect(output).toBeInstanceOf(RunToolCallOutputItem);
    expect(output.output).toEqual({ orderId: 'o-17', refunded: true });
    expect(state.context.context).toEqual({ userId: 'u-42', locale: 'en-GB' });
    expect(state.usage.toJSON()).toMatchObject({
      requests: 3,
      inputTokens: 30,
      totalTokens: 60,
    });
    expect(state.agentsThatUsedTools).toEqual(new Set(['Billing']));
    expect(state.history()[0]).toEqual({
      type: 'message',
      role: 'user',
      content: 'Please refund order o-17.',
    });
    expect(state.history()).toHaveLength(7);
  });

  it('v1-interrupted.json restores a chained run stopped for an approval, the interruption shared with its item', async () => {
    const { triage } = agents();

    const state = await RunState.fromString(
      triage,
      fixture('v1-interrupted.json'),
    );

    const approval = state.interruptions[0]!;
    expect(approval).toBeInstanceOf(RunToolApprovalItem);
    expect(approval).toBe(state.generatedItems[3]);
    expect(approval.toolName).toBe('refund');
    expect(approval.arguments).toBe('{"orderId":"o-17"}');
    expect(state.finalOutput).toBeUndefined();
    expect(state.previousResponseId).toBe('resp_2');
    expect(state.serverHasInput).toBe(true);
    expect(state.turnInput()).toEqual([]);
    expect(state.lastResponseId).toBe('resp_2');
  });

  it('v2-interrupted.json restores the decisions taken on its two waiting calls', async () => {
    const { triage, billing } = agents();

    const state = await RunState.fromString(
      triage,
      fixture('v2-interrupted.json'),
    );

    expect(state.currentAgent).toBe(billing);
    expect(state.interruptions.map((item) => item.rawItem.call_id)).toEqual([
      'call_refund',
      'call_refund_2',
    ]);
    expect(state.interruptions[0]).toBe(state.generatedItems[4]);
    const decision = (callId: string) =>
      state.context.isToolApproved({ toolName: 'refund', callId });
    expect(decision('call_refund')).toBe(true);
    expect(decision('call_refund_2')).toBe(false);
    expect(state.context.getRejectionMessage('refund', 'call_refund_2')).toBe(
      'Order o-18 is past the refund window.',
    );
    expect(
      state.history().filter((item) => item.type === 'function_call'),
    ).toHaveLength(3);
  });

  it('v3-signed.json verifies with its secret, so signatures stay stable across releases', async () => {
    const { triage } = agents();
    const text = fixture('v3-signed.json');

    const state = await RunState.fromString(triage, text, {
      secret: FIXTURE_SECRET,
    });

    expect(JSON.parse(state.toString({ secret: FIXTURE_SECRET }))).toEqual(
      JSON.parse(text),
    );
    await expect(
      RunState.fromString(triage, text, { secret: 'not the fixture secret' }),
    ).rejects.toThrow(/signature does not match/);
  });

  it('v2-signed.json verifies with its secret, and is written back as the current version', async () => {
    const { triage } = agents();
    const text = fixture('v2-signed.json');

    const state = await RunState.fromString(triage, text, {
      secret: FIXTURE_SECRET,
    });

    const { signature: _signature, ...unsigned } = JSON.parse(text) as Record<
      string,
      unknown
    >;
    expect(JSON.parse(state.toString())).toEqual({
      ...unsigned,
      $schemaVersion: CURRENT_RUN_STATE_VERSION,
    });
    await expect(
      RunState.fromString(triage, text, { secret: 'not the fixture secret' }),
    ).rejects.toThrow(/signature does not match/);
  });

  it('v1-signed.json verifies with its secret, and is written back as the current version', async () => {
    const { triage } = agents();
    const text = fixture('v1-signed.json');

    const state = await RunState.fromString(triage, text, {
      secret: FIXTURE_SECRET,
    });

    const { signature: _signature, ...unsigned } = JSON.parse(text) as Record<
      string,
      unknown
    >;
    expect(JSON.parse(state.toString())).toEqual({
      ...unsigned,
      $schemaVersion: CURRENT_RUN_STATE_VERSION,
      approvals: {},
    });
    await expect(
      RunState.fromString(triage, text, { secret: 'not the fixture secret' }),
    ).rejects.toThrow(/signature does not match/);
  });
});

async function failure(text: unknown) {
  return RunState.fromString(agents().triage, text as string).then(
    () => undefined,
    (caught: unknown) => caught as InvalidRunStateError,
  );
}

function edited(change: (json: Record<string, any>) => void): string {
  const json = JSON.parse(fixture('v1.json')) as Record<string, any>;
  change(json);
  return JSON.stringify(json);
}

describe('RunState.fromString on text that is not a sound state', () => {
  it.each([
    ['text that is not JSON', '{"$schemaVersion": 1,'],
    ['an empty string', ''],
    ['JSON that is not an object', '[1, 2]'],
    ['JSON null', 'null'],
    ['a value that is not a string', { $schemaVersion: 1 }],
  ])('rejects %s with InvalidRunStateError', async (_what, text) => {
    const error = await failure(text);
    expect(InvalidRunStateError.isInstance(error)).toBe(true);
  });

  it('rejects a state without $schemaVersion', async () => {
    const error = await failure(edited((json) => delete json.$schemaVersion));
    expect(InvalidRunStateError.isInstance(error)).toBe(true);
    expect(error!.issues).toEqual(['$.$schemaVersion: required']);
  });

  it('rejects a newer version than this Baton knows, saying to upgrade', async () => {
    const error = (await failure(
      edited((json) => (json.$schemaVersion = CURRENT_RUN_STATE_VERSION + 1)),
    )) as unknown as UnsupportedRunStateVersionError;
    expect(UnsupportedRunStateVersionError.isInstance(error)).toBe(true);
    expect(error.version).toBe(CURRENT_RUN_STATE_VERSION + 1);
    expect(error.supportedVersions).toEqual([1, 2, 3]);
    expect(error.message).toMatch(/newer than this Baton reads.*Upgrade/);
  });

  it('rejects an @openai/agents state, saying what it is', async () => {
    const error = await failure(
      edited((json) => (json.$schemaVersion = '1.22')),
    );
    expect(UnsupportedRunStateVersionError.isInstance(error)).toBe(true);
    expect(error!.message).toContain('@openai/agents');
  });

  it.each([0, 1.5, null])('rejects $schemaVersion %s', async (version) => {
    const error = await failure(
      edited((json) => (json.$schemaVersion = version)),
    );
    expect(UnsupportedRunStateVersionError.isInstance(error)).toBe(true);
  });

  it.each([
    [
      'a count of the wrong type',
      (json: Record<string, any>) => (json.currentTurn = '3'),
      '$.currentTurn: expected integer, got string',
    ],
    [
      'a negative maxTurns',
      (json: Record<string, any>) => (json.maxTurns = -1),
      '$.maxTurns: must not be negative',
    ],
    [
      'a missing field',
      (json: Record<string, any>) => delete json.generatedItems,
      '$.generatedItems: required',
    ],
    [
      'an unknown field',
      (json: Record<string, any>) => (json.approvals = []),
      '$.approvals: unknown property',
    ],
    [
      'an unknown run item type',
      (json: Record<string, any>) => (json.generatedItems[2].type = 'thought'),
      '$.generatedItems[2].type: must be one of',
    ],
    [
      'a wire item that is not an object',
      (json: Record<string, any>) => (json.generatedItems[0].rawItem = 'call'),
      '$.generatedItems[0].rawItem: expected object, got string',
    ],
    [
      'an agent given as a bare string',
      (json: Record<string, any>) => (json.currentAgent = 'Billing'),
      '$.currentAgent: expected object, got string',
    ],
    [
      'a handoff output without its source agent',
      (json: Record<string, any>) => delete json.generatedItems[1].sourceAgent,
      '$.generatedItems[1].sourceAgent: required for a handoff_output_item',
    ],
    [
      'an output on an item that has none',
      (json: Record<string, any>) => (json.generatedItems[5].output = 'x'),
      '$.generatedItems[5].output: only a tool_call_output_item has it',
    ],
    [
      'an index past the generated items',
      (json: Record<string, any>) => (json.turnStartIndex = 99),
      '$.turnStartIndex: must be between 0 and the number of generated items (6)',
    ],
    [
      'an interruption that is not an approval',
      (json: Record<string, any>) =>
        (json.interruptions = [json.generatedItems[5]]),
      '$.interruptions[0].type: must be "tool_approval_item"',
    ],
    [
      'usage without its request count',
      (json: Record<string, any>) => delete json.context.usage.requests,
      '$.context.usage.requests: required',
    ],
  ])('rejects %s, naming the path', async (_what, change, issue) => {
    const error = await failure(edited(change));
    expect(InvalidRunStateError.isInstance(error)).toBe(true);
    expect(error!.issues.join('\n')).toContain(issue);
    expect(error!.message).toContain(issue.slice(0, 20));
  });
});
