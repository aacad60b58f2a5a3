import type { RunResult, RunStreamEvent } from '@baton/agents';
import { connect } from '../shared/connect.js';
import type { ExampleOptions } from '../shared/example-options.js';
import { runIfMain } from '../shared/run-if-main.js';
import { writeToStdout } from '../shared/write-to-stdout.js';
import { createOrchestrator } from './agents.js';
import { scriptOfflineReplies } from './offline-replies.js';

/** The text translated when none is given. */
export const DEFAULT_TEXT =
  'Good morning: the relay passes the baton from one runner to the next.';

/** What the example returns: the run, and each translator's streamed text by the call that ran it. */
export interface AgentsAsToolsReport {
  result: RunResult<unknown, ReturnType<typeof createOrchestrator>>;
  streamed: Map<string, string>;
}

/**
 * An orchestrator calls two translator agents as tools, in parallel. The run streams with `nestedEvents`, so the
 * translators' text arrives in the same stream as the orchestrator's, each delta tagged with the agent-tool call it
 * belongs to; this prints every delta with its tag as it comes, then the orchestrator's answer.
 */
export async function main(
  options: ExampleOptions = {},
): Promise<AgentsAsToolsReport> {
  const write = options.write ?? writeToStdout;
  const text = options.question ?? DEFAULT_TEXT;
  // Offline, a small pause between stream chunks lets the two translators' streams interleave as they would live.
  const connection = await connect({ env: options.env, chunkDelayMs: 5 });
  try {
    write(`${connection.banner}\n\nTranslating: ${text}\n\n`);
    if (connection.emulator) scriptOfflineReplies(connection.emulator, text);
    const result = await connection.runner.run(createOrchestrator(), text, {
      stream: true,
      nestedEvents: true,
    });
    const streamed = new Map<string, string>();
    for await (const event of result) {
      const delta = textDelta(event);
      // The orchestrator's own events have no origin: its answer is printed whole at the end.
      const from = event.origin?.path.at(-1);
      if (delta === undefined || !from) continue;
      write(
        `[${from.toolName} › ${from.agentName}] ${JSON.stringify(delta)}\n`,
      );
      streamed.set(
        from.toolCallId,
        (streamed.get(from.toolCallId) ?? '') + delta,
      );
    }
    write(`\nAnswer:\n${String(result.finalOutput)}\n`);
    write(
      `\n${result.usage.requests} model calls (the translators' included), ${result.usage.totalTokens} tokens.\n`,
    );
    return { result, streamed };
  } finally {
    await connection.close();
  }
}

function textDelta(event: RunStreamEvent): string | undefined {
  return event.type === 'raw_model_stream_event' &&
    event.data.type === 'output_text_delta'
    ? event.data.delta
    : undefined;
}

runIfMain(import.meta.url, main);
