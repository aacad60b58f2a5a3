import { describe, expect, it } from 'vitest';
import { checkFunctionOutputs } from './check-function-outputs.js';

const call = { type: 'function_call', call_id: 'call_1', name: 'f' };
const output = { type: 'function_call_output', call_id: 'call_1', output: 'x' };

describe('checkFunctionOutputs', () => {
  it('accepts a call answered in the input or after the stored one', () => {
    expect(checkFunctionOutputs([], [call, output])).toBeUndefined();
    expect(checkFunctionOutputs([call], [output])).toBeUndefined();
  });

  it('refuses a call without its output', () => {
    expect(checkFunctionOutputs([call], [])).toBe(
      'No tool output found for function call call_1.',
    );
  });

  it('refuses an output whose call is not there', () => {
    expect(checkFunctionOutputs([], [output])).toBe(
      'No tool call found for function call output with call_id call_1.',
    );
  });
});
