let exportApiKey: string | undefined;
let onKeySet: (() => void) | undefined;

/**
 * Sets the API key the OpenAI tracing exporter sends traces with, when they carry none of their own (default:
 * `OPENAI_API_KEY`). The key is only ever sent in the `Authorization` header: it never enters a trace or a span.
 */
export function setTracingExportApiKey(key: string): void {
  exportApiKey = key;
  onKeySet?.();
}

/** The key the OpenAI tracing exporter falls back to: the one set by {@link setTracingExportApiKey}, else `OPENAI_API_KEY`. */
export function getTracingExportApiKey(): string | undefined {
  return (
    exportApiKey ||
    (typeof process === 'undefined' ? undefined : process.env.OPENAI_API_KEY) ||
    undefined
  );
}

/** Runs `listener` whenever a key is set (the umbrella uses it to turn the default exporter on). @internal */
export function onTracingExportApiKeySet(listener: () => void): void {
  onKeySet = listener;
}
