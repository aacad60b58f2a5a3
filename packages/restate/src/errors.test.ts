import {
  MaxTurnsExceededError,
  ModelRequestError,
  ToolCallError,
  UserError,
} from '@baton/core';
import { TerminalError } from '@restatedev/restate-sdk';
import { describe, expect, it } from 'vitest';
import {
  StepNotSerializableError,
  TERMINAL_ERROR_CODE,
  toTerminalError,
} from './errors.js';

describe('toTerminalError', () => {
  it.each([
    new MaxTurnsExceededError('too many turns'),
    new UserError('bad config'),
    new StepNotSerializableError('not JSON'),
  ])(
    'ends the invocation for $name, naming it in the message and metadata',
    (error) => {
      const terminal = toTerminalError(error) as TerminalError;
      expect(terminal).toBeInstanceOf(TerminalError);
      expect(terminal.code).toBe(TERMINAL_ERROR_CODE);
      expect(terminal.message).toBe(`${error.name}: ${error.message}`);
      expect(terminal.metadata).toEqual({ error: error.name });
    },
  );

  it('leaves failures that a retry may fix to Restate', () => {
    const failures = [
      new ModelRequestError('503 from the model'),
      new ToolCallError('the tool threw', { error: new Error('x') }),
      new Error('socket hang up'),
    ];
    for (const failure of failures)
      expect(toTerminalError(failure)).toBe(failure);
  });
});
