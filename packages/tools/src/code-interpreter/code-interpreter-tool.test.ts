import { describe, expect, it } from 'vitest';
import { codeInterpreterTool } from './code-interpreter-tool.js';

describe('codeInterpreterTool', () => {
  it('runs in an auto container unless one is given', () => {
    expect(codeInterpreterTool()).toEqual({
      type: 'hosted_tool',
      name: 'code_interpreter',
      providerData: { type: 'code_interpreter', container: { type: 'auto' } },
    });
    expect(
      codeInterpreterTool({ container: 'cntr_1' }).providerData.container,
    ).toBe('cntr_1');
  });

  it('asks for the outputs through include with includeOutputs', () => {
    expect(codeInterpreterTool({ includeOutputs: true }).include).toEqual([
      'code_interpreter_call.outputs',
    ]);
  });
});
