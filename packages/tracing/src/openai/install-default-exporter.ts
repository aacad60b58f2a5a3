import { getGlobalTraceProvider } from '../trace-provider.js';
import { setDefaultOpenAITracingExporter } from './openai-tracing-exporter.js';
import {
  getTracingExportApiKey,
  onTracingExportApiKeySet,
} from './tracing-export-api-key.js';

/**
 * What `@baton/agents` does at import, as `@openai/agents` does: export to OpenAI — but only once there is a key
 * to export with (`OPENAI_API_KEY` now, or `setTracingExportApiKey` later, if no processor was registered
 * meanwhile). Without a key no processor is registered, so runs build no spans at all.
 * @internal
 */
export function installDefaultOpenAITracingExporter(): void {
  if (getTracingExportApiKey()) {
    setDefaultOpenAITracingExporter();
    return;
  }
  onTracingExportApiKeySet(() => {
    if (!getGlobalTraceProvider().hasProcessors)
      setDefaultOpenAITracingExporter();
  });
}
