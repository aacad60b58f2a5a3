import { createServer } from 'node:http';
import { Agent, run } from '@baton/agents';
import { trace } from '@opentelemetry/api';

const agent = new Agent({
  name: 'Support',
  instructions: 'Help the customer.',
});
const tracer = trace.getTracer('support-bot');

// With @opentelemetry/instrumentation-http the request's span is active already; here it is made by hand.
// The run's trace becomes a child of whatever span is active when the run starts.
createServer((request, response) => {
  const name = `${request.method} ${request.url}`;
  void tracer.startActiveSpan(name, async (span) => {
    try {
      const result = await run(agent, 'Where is my order?');
      response.end(result.finalOutput ?? '');
    } catch {
      response.writeHead(500).end();
    } finally {
      span.end();
    }
  });
}).listen(3000);
