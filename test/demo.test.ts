import { describe, expect, it } from 'vitest';
import { main } from '../examples/customer-service/main.js';

/** Runs the demo on the emulator (no key in its environment) and returns what it printed. */
async function runDemo(question?: string) {
  let printed = '';
  const result = await main({
    question,
    env: {},
    write: (text) => (printed += text),
  });
  return { printed, lines: printed.split('\n'), result: result! };
}

describe('the customer-service demo', () => {
  it('says on its first line that it runs on the local emulator, with the emulator URL', async () => {
    const { lines } = await runDemo();
    expect(lines[0]).toMatch(
      /^No OPENAI_API_KEY set: running on the local Baton emulator at http:\/\/127\.0\.0\.1:\d+\/v1/,
    );
  });

  it('hands a billing question to the billing agent, which looks the invoice up and answers from it', async () => {
    const { printed, result } = await runDemo();
    expect(printed).toContain('-> handoff: Triage agent => Billing agent');
    expect(printed).toContain('* tool call: look_up_invoice({"which":"last"})');
    expect(printed).toMatch(/\* look_up_invoice returned: .*INV-1042/);
    expect(printed).toMatch(
      /Final output \(Billing agent\):\n.*INV-1042.*ch_8K5/,
    );
    expect(printed).toMatch(/Usage: 3 model requests, \d+ tokens/);
    expect(result.lastAgent.name).toBe('Billing agent');
    expect(result.newItems.map((item) => item.type)).toEqual([
      'handoff_call_item',
      'handoff_output_item',
      'tool_call_item',
      'tool_call_output_item',
      'message_output_item',
    ]);
  });

  it('streams the answer text under the name of the agent that writes it', async () => {
    const { lines, result } = await runDemo();
    const answer = lines.find((line) => line.startsWith('Billing agent: '));
    expect(answer).toBe(`Billing agent: ${String(result.finalOutput)}`);
  });

  it('routes a refund request to the refunds agent, which refunds the duplicate charge of the named invoice', async () => {
    const { printed, result } = await runDemo(
      'Please refund the duplicate charge on invoice INV-1042',
    );
    expect(printed).toContain('-> handoff: Triage agent => Refunds agent');
    expect(printed).toMatch(
      /\* tool call: issue_refund\(\{"invoiceId":"INV-1042"/,
    );
    expect(result.lastAgent.name).toBe('Refunds agent');
    expect(String(result.finalOutput)).toContain('"refunded":"49.00 EUR"');
  });

  it('stops a homework question with the guardrail on the small model, cancelling the triage agent’s call', async () => {
    let printed = '';
    const result = await main({
      question: 'Can you solve my algebra homework: 2x + 3 = 7?',
      env: {},
      write: (text) => (printed += text),
    });
    expect(result).toBeUndefined();
    expect(printed).toMatch(
      /Input guardrail "math homework" \(on gpt-4o-mini\) tripped after \d+ ms: .*homework/,
    );
    expect(printed).toContain(
      "The Triage agent's model call was cancelled mid-request: no tool ran",
    );
    expect(printed).not.toContain('-> handoff');
  });

  it('closes its emulator before returning', async () => {
    const { lines } = await runDemo();
    const url = /at (http:\/\/\S+\/v1)/.exec(lines[0]!)![1]!;
    await expect(
      fetch(`${url}/responses`, { method: 'POST', body: '{}' }),
    ).rejects.toThrow();
  });
});
