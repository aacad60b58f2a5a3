/** The keys of one conversation. @internal */
export interface RedisSessionKeys {
  /** The list of items, oldest first. */
  items: string;
  /** The write lock: the current holder's random id, with a time to live. */
  lock: string;
  /** The newest fencing token issued for the conversation. */
  fence: string;
}

/**
 * The keys of conversation `sessionId` under `prefix`. The id sits in a hash tag (`{...}`), so all three keys land
 * on one Redis Cluster slot and one script can touch them together.
 * @internal
 */
export function redisSessionKeys(
  prefix: string,
  sessionId: string,
): RedisSessionKeys {
  const base = `${prefix}{${sessionId}}`;
  return {
    items: `${base}:items`,
    lock: `${base}:lock`,
    fence: `${base}:fence`,
  };
}
