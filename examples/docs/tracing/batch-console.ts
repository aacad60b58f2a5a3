import {
  BatchTraceProcessor,
  ConsoleSpanExporter,
  getGlobalTraceProvider,
  setTraceProcessors,
} from '@baton/agents';

// Replaces the default processors (the OpenAI exporter, when a key is set).
const batch = new BatchTraceProcessor(new ConsoleSpanExporter(), {
  maxQueueSize: 2000, // past this, new spans are dropped and counted
  maxBatchSize: 100,
  scheduleDelay: 1000,
});
setTraceProcessors([batch]);

// ...run agents...

// Before exiting on your own terms (process.exit, a signal handler), send what is queued.
await getGlobalTraceProvider().forceFlush();
console.log('dropped spans:', batch.droppedCount);
