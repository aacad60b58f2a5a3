import type { RunResult } from '@baton/agents';
import { connect } from '../shared/connect.js';
import type { ExampleOptions } from '../shared/example-options.js';
import { isMainModule } from '../shared/is-main-module.js';
import { writeToStdout } from '../shared/write-to-stdout.js';
import { triageAgent } from './agents.js';
import { printStream } from './print-stream.js';
import type { CustomerContext } from './tools.js';

/** The question asked when none is given on the command line. */
export const DEFAULT_QUESTION =
  'I think I was charged twice on my last invoice — can you check my billing?';

/**
 * The customer-service demo: a triage agent hands the question to the billing or refunds agent, which calls its
 * tool and answers. Streams everything as it happens, then prints the final output and the usage. Runs on OpenAI
 * with `OPENAI_API_KEY`, else on the local emulator, and says which in its first line.
 */
export async function main(
  options: ExampleOptions = {},
): Promise<RunResult<CustomerContext, typeof triageAgent>> {
  const write = options.write ?? writeToStdout;
  const question = options.question ?? DEFAULT_QUESTION;
  const connection = await connect({ env: options.env });
  try {
    write(`${connection.banner}\n\nCustomer: ${question}\n\n`);
    const result = await connection.runner.run(triageAgent, question, {
      stream: true,
      context: { customerId: 'C-1001' },
    });
    await printStream(result, write);
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
  }
}

if (isMainModule(import.meta.url)) {
  const question = process.argv.slice(2).join(' ').trim();
  main({ question: question || undefined }).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
