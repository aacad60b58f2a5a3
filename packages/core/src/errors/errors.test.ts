import { describe, expect, it } from 'vitest';
import { Agent } from '../agent/agent.js';
import { RunContext } from '../context/run-context.js';
import { RunState } from '../state/run-state.js';
import {
  AgentsError,
  BatonError,
  InvalidToolOutputError,
  MaxTurnsExceededError,
  ModelRefusalError,
  ModelRequestError,
  ModelTimeoutError,
  SystemError,
  ToolCallError,
  ToolTimeoutError,
  UserError,
} from './errors.js';

function runState(): RunState {
  return new RunState({
    context: new RunContext(),
    input: 'hi',
    agent: new Agent({ name: 'A' }),
    maxTurns: 3,
  });
}

describe('AgentsError', () => {
  it('is BatonError itself, so instanceof and isInstance agree under both names', () => {
    const error = new UserError('bad');
    expect(error).toBeInstanceOf(AgentsError);
    expect(AgentsError.isInstance(error)).toBe(true);
    expect(BatonError.isInstance(new SystemError('x'))).toBe(true);
    class Custom extends AgentsError {}
    expect(BatonError.isInstance(new Custom('x'))).toBe(true);
  });
});

describe("the Agents SDK's (message, state) constructor form", () => {
  it('sets state when a RunState is passed where options were expected', () => {
    const state = runState();
    for (const error of [
      new UserError('u', state),
      new MaxTurnsExceededError('m', state),
      new ModelRequestError('r', state),
      new SystemError('s', state),
    ]) {
      expect(error.state).toBe(state);
      expect(error.cause).toBeUndefined();
    }
  });

  it("keeps Baton's options form working", () => {
    const state = runState();
    const error = new ModelRequestError('r', {
      status: 429,
      code: 'rate_limit_exceeded',
      cause: 'x',
      state,
    });
    expect([error.status, error.code, error.cause, error.state]).toEqual([
      429,
      'rate_limit_exceeded',
      'x',
      state,
    ]);
  });
});

describe('ToolCallError', () => {
  it("carries the tool's error as `error` in the SDK form (message, error, state)", () => {
    const state = runState();
    const thrown = new Error('boom');
    const error = new ToolCallError('failed', thrown, state);
    expect(error.error).toBe(thrown);
    expect(error.cause).toBe(thrown);
    expect(error.state).toBe(state);
    expect(error.toolName).toBeUndefined();
  });

  it("carries the tool's error as `error` in Baton's options form", () => {
    const thrown = new Error('boom');
    const error = new ToolCallError('failed', {
      toolName: 'lookup',
      cause: thrown,
    });
    expect(error.error).toBe(thrown);
    expect(error.toolName).toBe('lookup');
  });
});

describe('timeouts and refusals', () => {
  it('builds ToolTimeoutError from the SDK object form with its message', () => {
    const error = new ToolTimeoutError({ toolName: 'slow', timeoutMs: 50 });
    expect(error.message).toBe("Tool 'slow' timed out after 50ms.");
    expect([error.toolName, error.timeoutMs]).toEqual(['slow', 50]);
  });

  it('builds ModelTimeoutError in both forms, with code ETIMEDOUT', () => {
    const cause = new Error('socket');
    const sdk = new ModelTimeoutError({ timeoutMs: 1000, cause });
    expect(sdk.message).toBe('Model call timed out after 1000ms.');
    expect([sdk.code, sdk.timeoutMs, sdk.cause]).toEqual([
      'ETIMEDOUT',
      1000,
      cause,
    ]);
    const baton = new ModelTimeoutError('too slow', { timeoutMs: 5 });
    expect([baton.message, baton.timeoutMs]).toEqual(['too slow', 5]);
  });

  it('keeps the refusal text on ModelRefusalError', () => {
    const state = runState();
    const error = new ModelRefusalError('I cannot help with that.', state);
    expect(error.refusal).toBe('I cannot help with that.');
    expect(error.message).toContain('I cannot help with that.');
    expect(error.state).toBe(state);
  });

  it('makes InvalidToolOutputError a UserError carrying what failed, in both forms', () => {
    const state = runState();
    const sdk = new InvalidToolOutputError('bad output', state, 'why', {
      output: 1,
    });
    expect(UserError.isInstance(sdk)).toBe(true);
    expect([sdk.state, sdk.originalError, sdk.toolOutput]).toEqual([
      state,
      'why',
      { output: 1 },
    ]);
    const baton = new InvalidToolOutputError('bad output', {
      originalError: 'why',
    });
    expect(baton.originalError).toBe('why');
    expect(baton.cause).toBe('why');
  });
});
