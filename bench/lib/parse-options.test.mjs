import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseOptions } from './parse-options.mjs';

describe('parseOptions', () => {
  it('measures the three implementations in both modes by default', () => {
    const options = parseOptions([]);
    assert.deepEqual(options.implementations, [
      'floor',
      'baton',
      'openai-agents',
    ]);
    assert.deepEqual(options.modes, ['json', 'sse']);
    assert.equal(options.runs, 200);
    assert.equal(options.concurrency, 50);
  });

  it('reads counts and lists', () => {
    const options = parseOptions([
      '--runs',
      '20',
      '--concurrency',
      '5',
      '--modes',
      'sse',
      '--warmup',
      '0',
    ]);
    assert.equal(options.runs, 20);
    assert.equal(options.concurrency, 5);
    assert.equal(options.warmup, 0);
    assert.deepEqual(options.modes, ['sse']);
  });

  it('profiles over HTTP unless --profile-canned asks for the canned client', () => {
    assert.equal(parseOptions(['--profile']).profileCanned, false);
    assert.equal(
      parseOptions(['--profile', '--profile-canned']).profileCanned,
      true,
    );
  });

  it('rejects fewer than seven cold-start repeats', () => {
    assert.throws(() => parseOptions(['--cold-repeats', '3']), /at least 7/);
  });

  it('rejects an unknown implementation', () => {
    assert.throws(
      () => parseOptions(['--implementations', 'floor,langchain']),
      /comma-separated list/,
    );
  });

  it('requires the floor, since every ratio is taken against it', () => {
    assert.throws(
      () => parseOptions(['--implementations', 'baton']),
      /must include floor/,
    );
  });

  it('rejects an unknown flag', () => {
    assert.throws(() => parseOptions(['--fast']), /Unknown option/);
  });

  it('measures only the guardrail tripwire with --only guardrail', () => {
    const options = parseOptions(['--only', 'guardrail', '--skip-guardrail']);
    assert.equal(options.skipRuns, true);
    assert.equal(options.skipColdStart, true);
    assert.equal(options.skipGuardrail, false);
    assert.equal(options.guardrailRuns, 10);
  });

  it('measures only the agents-as-tools scenario with --only agent-tools', () => {
    const options = parseOptions(['--only', 'agent-tools']);
    assert.equal(options.skipRuns, true);
    assert.equal(options.skipColdStart, true);
    assert.equal(options.skipGuardrail, true);
    assert.equal(options.skipAgentTools, false);
    assert.equal(parseOptions(['--only', 'guardrail']).skipAgentTools, true);
  });

  it('rejects --only with a part that cannot run alone', () => {
    assert.throws(() => parseOptions(['--only', 'runs']), /--only takes/);
  });
});
