import { Agent, run } from '@baton/agents';

const agent = new Agent({ name: 'Assistant', instructions: 'Answer briefly.' });

/** A fetch-style handler (Hono, Next.js route handlers, Deno, Bun...) that streams the answer as plain text. */
export async function handle(request: Request): Promise<Response> {
  const question = await request.text();
  // If the client disconnects, the request's signal aborts the run and its model call.
  const result = await run(agent, question, {
    stream: true,
    signal: request.signal,
  });
  const body = result.toTextStream().pipeThrough(new TextEncoderStream());
  return new Response(body, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
}
