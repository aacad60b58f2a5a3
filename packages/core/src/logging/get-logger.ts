import { environmentVariable } from './environment.js';
import { redactSecrets } from './redact-secrets.js';
import { dontLogModelData, dontLogToolData } from './sensitive-data.js';

/** A namespaced logger, as `getLogger()` returns it. */
export interface Logger {
  /** The namespace `DEBUG` is matched against. */
  readonly namespace: string;
  /** Writes to stderr when `DEBUG` enables this namespace (`DEBUG=baton:*`); otherwise does nothing. */
  debug(...args: unknown[]): void;
  /** Always writes to stderr (`console.warn`). */
  warn(...args: unknown[]): void;
  /** Always writes to stderr (`console.error`). */
  error(...args: unknown[]): void;
  /** Whether model inputs and outputs must be left out of what is logged (see `setSensitiveDataLoggingEnabled`). */
  readonly dontLogModelData: boolean;
  /** Whether tool arguments and results must be left out of what is logged. */
  readonly dontLogToolData: boolean;
}

/**
 * A logger for `namespace`. Debug output is off by default and is switched on, as with the `debug` package the
 * Agents SDK uses, by the `DEBUG` environment variable: a comma- or space-separated list of namespaces, with `*`
 * as a wildcard and a leading `-` to exclude (`DEBUG=baton:*,-baton:noisy`). Every argument is logged with
 * credentials (API keys, `Authorization` headers, tokens) replaced by `[redacted]`.
 *
 * @example
 * const logger = getLogger('my-app:agents');
 * logger.debug('starting', { agent: agent.name });
 */
export function getLogger(namespace = 'baton'): Logger {
  return {
    namespace,
    debug(...args) {
      if (debugEnabled(namespace))
        console.error(namespace, ...args.map(redactSecrets));
    },
    warn(...args) {
      console.warn(...args.map(redactSecrets));
    },
    error(...args) {
      console.error(...args.map(redactSecrets));
    },
    get dontLogModelData() {
      return dontLogModelData();
    },
    get dontLogToolData() {
      return dontLogToolData();
    },
  };
}

/** @internal Whether `DEBUG` enables `namespace`; a matching exclusion always wins. */
export function debugEnabled(namespace: string): boolean {
  const patterns = (environmentVariable('DEBUG') ?? '')
    .split(/[\s,]+/)
    .filter(Boolean);
  let enabled = false;
  for (const pattern of patterns) {
    const excluded = pattern.startsWith('-');
    if (!matches(excluded ? pattern.slice(1) : pattern, namespace)) continue;
    if (excluded) return false;
    enabled = true;
  }
  return enabled;
}

function matches(pattern: string, namespace: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*?');
  return new RegExp(`^${source}$`).test(namespace);
}
