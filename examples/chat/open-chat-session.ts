import { RedisSession, SQLiteSession, type Session } from '@baton/agents';
import type { ChatArgs } from './parse-chat-args.js';

/** The chat's session and a line saying where it lives. */
export interface ChatSession {
  session: Session;
  where: string;
  close(): Promise<void>;
}

/** A Redis session when `--redis` names a server, else a SQLite one in the `--db` file. */
export function openChatSession(args: ChatArgs): ChatSession {
  if (args.redis !== undefined) {
    const session = new RedisSession({
      url: args.redis,
      sessionId: args.sessionId,
      // A week after the last message the conversation is forgotten.
      ttlSeconds: 7 * 24 * 3600,
    });
    return {
      session,
      where: `Redis at ${args.redis}`,
      close: () => session.close(),
    };
  }
  const session = new SQLiteSession({
    path: args.db,
    sessionId: args.sessionId,
  });
  return {
    session,
    where: `SQLite file ${args.db}`,
    close: () => session.close(),
  };
}
