import { DEFAULT_SQLITE_SESSION_PATH } from '@baton/agents';

/** What the chat's command line asks for. */
export interface ChatArgs {
  /** A Redis URL (`--redis redis://localhost:6379`): keep the history there instead of in SQLite. */
  redis?: string;
  /** The SQLite file (`--db`); default `.baton/sessions.db`. */
  db: string;
  /** The conversation's id (`--session`); default `terminal-chat`. */
  sessionId: string;
  /** `--reset`: forget the conversation before starting. */
  reset: boolean;
}

/** Reads `--redis URL`, `--db FILE`, `--session ID` and `--reset`; anything else is refused with the usage. */
export function parseChatArgs(args: readonly string[]): ChatArgs {
  const parsed: ChatArgs = {
    db: DEFAULT_SQLITE_SESSION_PATH,
    sessionId: 'terminal-chat',
    reset: false,
  };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    const value = () => {
      const next = args[++index];
      if (next === undefined)
        throw new Error(`${arg} needs a value.\n${USAGE}`);
      return next;
    };
    if (arg === '--redis') parsed.redis = value();
    else if (arg === '--db') parsed.db = value();
    else if (arg === '--session') parsed.sessionId = value();
    else if (arg === '--reset') parsed.reset = true;
    else throw new Error(`Unknown argument ${arg}.\n${USAGE}`);
  }
  return parsed;
}

const USAGE =
  'Usage: npm run example:chat -- [--redis URL] [--db FILE] [--session ID] [--reset]';
