import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { Agent } from '@baton/agents';
import { connect } from '../shared/connect.js';
import { isMainModule } from '../shared/is-main-module.js';
import { writeToStdout } from '../shared/write-to-stdout.js';
import { openChatSession } from './open-chat-session.js';
import { parseChatArgs } from './parse-chat-args.js';
import { rememberingReply } from './remembering-reply.js';

/** Options of the chat's {@link main}. */
export interface ChatOptions {
  /** Command-line arguments: `--redis URL`, `--db FILE`, `--session ID`, `--reset`. */
  args?: string[];
  /** Where the user's lines come from. Default: standard input (a prompt when it is a terminal). */
  input?: Readable & { isTTY?: boolean };
  /** Where the output goes. Default: standard output. */
  write?: (text: string) => void;
  /** Where `OPENAI_API_KEY` and `BATON_MODEL` are read from. Default `process.env`. */
  env?: Record<string, string | undefined>;
}

/** What one chat session did. */
export interface ChatReport {
  sessionId: string;
  /** How many items the conversation held before this process added any. */
  earlierItems: number;
  /** The assistant's answers, one per line typed. */
  answers: string[];
}

const assistant = new Agent({
  name: 'Assistant',
  instructions:
    'You are a friendly assistant in a terminal chat. Remember what the user tells you and answer in one or two sentences.',
});

/**
 * A terminal chat that remembers across restarts: each line is a run with a session, so the history is loaded
 * before the answer and saved after it — in a SQLite file by default, in Redis with `--redis URL`. Type at the
 * prompt (an empty line or Ctrl-D ends it), or pipe lines in; run it again and it carries on where it stopped.
 */
export async function main(options: ChatOptions = {}): Promise<ChatReport> {
  const write = options.write ?? writeToStdout;
  const args = parseChatArgs(options.args ?? []);
  const connection = await connect({ env: options.env });
  const chat = openChatSession(args);
  try {
    if (args.reset) await chat.session.clearSession();
    const earlierItems = (await chat.session.getItems()).length;
    write(
      `${connection.banner}\nConversation "${args.sessionId}" in ${chat.where}: ` +
        `${earlierItems === 0 ? 'new' : `${earlierItems} earlier items`}.\n`,
    );
    const input = options.input ?? process.stdin;
    const interactive = input.isTTY === true;
    const lines = createInterface({ input, terminal: interactive });
    const answers: string[] = [];
    if (interactive) write('You: ');
    for await (const line of lines) {
      const text = line.trim();
      if (text === '') {
        if (interactive) break;
        continue;
      }
      if (!interactive) write(`You: ${text}\n`);
      connection.emulator?.script(rememberingReply);
      const result = await connection.runner.run(assistant, text, {
        session: chat.session,
      });
      const answer = String(result.finalOutput ?? '');
      answers.push(answer);
      write(`Assistant: ${answer}\n${interactive ? 'You: ' : ''}`);
    }
    lines.close();
    return { sessionId: args.sessionId, earlierItems, answers };
  } finally {
    await chat.close();
    await connection.close();
  }
}

if (isMainModule(import.meta.url)) {
  main({ args: process.argv.slice(2) }).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
