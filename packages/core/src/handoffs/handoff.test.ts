import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Agent } from '../agent/agent.js';
import {
  Handoff,
  defaultHandoffToolName,
  getHandoff,
  getTransferMessage,
  handoff,
} from './handoff.js';

describe('defaultHandoffToolName', () => {
  it('keeps case and turns every other character into _, as the Agents SDK does', () => {
    expect(defaultHandoffToolName('Billing agent')).toBe(
      'transfer_to_Billing_agent',
    );
    expect(defaultHandoffToolName(new Agent({ name: 'Tier-2 / EU' }))).toBe(
      'transfer_to_Tier_2___EU',
    );
    expect(new Handoff(new Agent({ name: 'Refunds agent' })).toolName).toBe(
      'transfer_to_Refunds_agent',
    );
  });

  it('does not reject long agent names (the SDK does not either)', () => {
    const name = 'A'.repeat(80);
    expect(defaultHandoffToolName(name)).toBe(`transfer_to_${name}`);
  });
});

describe('getHandoff', () => {
  it('returns a Handoff as it is and wraps a bare agent with the defaults', () => {
    const billing = new Agent({ name: 'Billing' });
    const configured = handoff(billing, { toolNameOverride: 'to_billing' });
    expect(getHandoff(configured)).toBe(configured);
    const wrapped = getHandoff(billing);
    expect(wrapped).toBeInstanceOf(Handoff);
    expect([wrapped.agent, wrapped.toolName]).toEqual([
      billing,
      'transfer_to_Billing',
    ]);
  });
});

describe('getTransferMessage', () => {
  it('names the new agent in JSON, the output the model sees for a handoff', () => {
    expect(getTransferMessage(new Agent({ name: 'Billing agent' }))).toBe(
      '{"assistant":"Billing agent"}',
    );
  });
});

describe('Handoff#getHandoffAsFunctionTool', () => {
  it('gives the function tool the model sees, synchronously, with the input schema', async () => {
    const refunds = new Agent({ name: 'Refunds' });
    const plain = handoff(refunds);
    expect(plain.getHandoffAsFunctionTool()).toEqual(await plain.definition());
    const withInput = handoff(refunds, {
      inputType: z.object({ reason: z.string() }),
    });
    const tool = withInput.getHandoffAsFunctionTool();
    expect(tool).toMatchObject({
      type: 'function',
      name: 'transfer_to_Refunds',
      strict: true,
      parameters: { properties: { reason: { type: 'string' } } },
    });
    expect(withInput.inputJsonSchema).toEqual(tool.parameters);
    expect(withInput.strictJsonSchema).toBe(true);
  });
});
