import { InputGuardrailTripwireTriggered, type RunResult } from '@baton/agents';
import { connect } from '../shared/connect.js';
import type { ExampleOptions } from '../shared/example-options.js';
import { isMainModule } from '../shared/is-main-module.js';
import { writeToStdout } from '../shared/write-to-stdout.js';
import { triageAgent } from './agents.js';
import {
  GUARDRAIL_MODEL,
  mathHomeworkGuardrail,
} from '../shared/math-homework-guardrail.js';
import { printStream } from './print-stream.js';
import { localTraceStore, tracingOn } from '../shared/local-traces.js';
import type { CustomerContext } from './tools.js';

/** The question asked when none is given on the command line. */
export const DEFAULT_QUESTION =
  'I think I was charged twice on my last invoice — can you check my billing?';

/**
 * The customer-service demo: a triage agent hands the question to the billing or refunds agent, which calls its
 * tool and answers. Streams everything as it happens, then prints the final output and the usage. A math-homework
 * guardrail on a small model checks the question beside the triage agent's first call, and cancels that call when
 * it trips. Runs on OpenAI with `OPENAI_API_KEY`, else on the local emulator, and says which in its first line.
 * Each run's trace goes to the local trace store, and the last line says how to open it in the viewer.
 * Resolves with the run's result, or undefined when the guardrail stopped the run.
 */
export async function main(
  options: ExampleOptions = {},
): Promise<RunResult<CustomerContext, typeof triageAgent> | undefined> {
  const write = options.write ?? writeToStdout;
  const question = options.question ?? DEFAULT_QUESTION;
  // Offline, the main model answers after half a second, as a large model would: the guardrail's small one is quicker.
  const connection = await connect({ env: options.env, modelLatencyMs: 500 });
  const env = options.env ?? process.env;
  const traces = tracingOn()
    ? localTraceStore(options.traceDir ?? env.BATON_TRACE_DIR)
    : undefined;
  const agent = triageAgent.clone({
    inputGuardrails: [mathHomeworkGuardrail(connection.runner)],
  });
  const started = performance.now();
  try {
    write(`${connection.banner}\n\nCustomer: ${question}\n\n`);
    const result = await connection.runner.run(agent, question, {
      stream: true,
      context: { customerId: 'C-1001' },
    });
    try {
      await printStream(result, write);
    } catch (error) {
      if (!InputGuardrailTripwireTriggered.isInstance(error)) throw error;
      const verdict = error.result.output.outputInfo as
        { reasoning?: string } | undefined;
      const elapsed = Math.round(performance.now() - started);
      // Offline the emulator says whether the main request was still open; on OpenAI it was if it had not answered.
      const mainCall = connection.emulator?.requests.find(
        (request) =>
          (request.body as { model?: string }).model !== GUARDRAIL_MODEL,
      );
      // The server sees the closed socket a moment after the client has given up on it.
      for (
        let wait = 0;
        mainCall && !mainCall.clientDisconnected && wait < 25;
        wait++
      )
        await new Promise((resolve) => setTimeout(resolve, 10));
      const fate =
        mainCall && !mainCall.clientDisconnected
          ? 'had already answered; its answer was held back and thrown away'
          : 'was cancelled mid-request';
      write(
        `Input guardrail "${error.result.guardrail.name}" (on ${GUARDRAIL_MODEL}) tripped after ${elapsed} ms: ` +
          `${verdict?.reasoning ?? 'no reason given'}\n` +
          `The ${agent.name}'s model call ${fate}: no tool ran and none of its answer was shown.\n`,
      );
      return undefined;
    }
    const { usage } = result;
    write(
      `\nFinal output (${result.lastAgent.name}):\n${String(result.finalOutput)}\n\n`,
    );
    write(
      `Usage: ${usage.requests} model requests, ${usage.totalTokens} tokens ` +
        `(${usage.inputTokens} input, ${usage.outputTokens} output).\n`,
    );
    return result;
  } finally {
    await connection.close();
    if (traces) {
      await traces.store.forceFlush();
      write(`\nTrace saved: open it with \`${traces.command}\`.\n`);
    }
  }
}

if (isMainModule(import.meta.url)) {
  const question = process.argv.slice(2).join(' ').trim();
  main({ question: question || undefined }).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
