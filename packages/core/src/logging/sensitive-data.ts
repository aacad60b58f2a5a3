import { environmentVariable } from './environment.js';

let override: boolean | undefined;

/**
 * Allows or forbids logging model inputs/outputs and tool arguments/results, over the environment variables
 * `OPENAI_AGENTS_DONT_LOG_MODEL_DATA` and `OPENAI_AGENTS_DONT_LOG_TOOL_DATA` (as in the Agents SDK). Without
 * either, such data is not logged. API keys and `Authorization` headers are never logged, whatever this says.
 *
 * @throws TypeError when `enabled` is not a boolean (sensitive logging is then left off).
 */
export function setSensitiveDataLoggingEnabled(enabled: boolean): void {
  if (typeof enabled !== 'boolean') {
    override = false;
    throw new TypeError(
      'setSensitiveDataLoggingEnabled takes true or false; sensitive data logging stays off.',
    );
  }
  override = enabled;
}

/** @internal Whether model inputs and outputs must be left out of logs. */
export function dontLogModelData(): boolean {
  return suppressed('OPENAI_AGENTS_DONT_LOG_MODEL_DATA');
}

/** @internal Whether tool arguments and results must be left out of logs. */
export function dontLogToolData(): boolean {
  return suppressed('OPENAI_AGENTS_DONT_LOG_TOOL_DATA');
}

function suppressed(variable: string): boolean {
  if (override !== undefined) return !override;
  const value = environmentVariable(variable);
  // Anything but an explicit "off" keeps the data out, so a typo never leaks it.
  return !(value === 'false' || value === '0');
}
