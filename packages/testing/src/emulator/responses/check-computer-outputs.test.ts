import { describe, expect, it } from 'vitest';
import { checkComputerOutputs } from './check-computer-outputs.js';

const call = {
  type: 'computer_call',
  id: 'cu_1',
  call_id: 'call_1',
  action: { type: 'screenshot' },
  pending_safety_checks: [],
  status: 'completed',
};
const screenshot = {
  type: 'computer_screenshot',
  image_url: 'data:image/png;base64,AAAA',
};

describe('checkComputerOutputs', () => {
  it('accepts a computer call answered by a screenshot, in the input or after stored history', () => {
    const output = {
      type: 'computer_call_output',
      call_id: 'call_1',
      output: screenshot,
    };
    expect(checkComputerOutputs([], [call, output])).toBeUndefined();
    expect(checkComputerOutputs([call], [output])).toBeUndefined();
  });

  it('refuses a computer call without an output', () => {
    expect(checkComputerOutputs([], [call])).toBe(
      'No tool output found for computer call call_1.',
    );
  });

  it('refuses an output that is not a screenshot', () => {
    const text = {
      type: 'computer_call_output',
      call_id: 'call_1',
      output: 'done',
    };
    const empty = {
      type: 'computer_call_output',
      call_id: 'call_1',
      output: { type: 'computer_screenshot', image_url: '' },
    };
    expect(checkComputerOutputs([call], [text])).toMatch(/computer_screenshot/);
    expect(checkComputerOutputs([call], [empty])).toMatch(
      /computer_screenshot/,
    );
  });
});
