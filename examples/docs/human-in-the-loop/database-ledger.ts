import type { RunStateLedger } from '@baton/agents';

// Any client with parameterised queries: pg, postgres.js, mysql2...
interface Database {
  query(sql: string, values: unknown[]): Promise<{ rowCount: number | null }>;
}

// CREATE TABLE run_state_ledger (state_id text PRIMARY KEY, sequence integer NOT NULL);
export class PostgresRunStateLedger implements RunStateLedger {
  constructor(private readonly db: Database) {}

  async claim(stateId: string, sequence: number): Promise<boolean> {
    // One statement, so two processes cannot both succeed: the row is locked while it is checked and written.
    const { rowCount } = await this.db.query(
      `INSERT INTO run_state_ledger (state_id, sequence) VALUES ($1, $2)
       ON CONFLICT (state_id) DO UPDATE SET sequence = EXCLUDED.sequence
       WHERE run_state_ledger.sequence < EXCLUDED.sequence`,
      [stateId, sequence],
    );
    return rowCount === 1;
  }
}

interface Redis {
  eval(script: string, keys: string[], args: string[]): Promise<unknown>;
}

// Redis runs a script atomically: compare and set in one step.
const CLAIM = `
local highest = redis.call('GET', KEYS[1])
if highest and tonumber(highest) >= tonumber(ARGV[1]) then return 0 end
redis.call('SET', KEYS[1], ARGV[1], 'EX', 2592000)
return 1`;

export class RedisRunStateLedger implements RunStateLedger {
  constructor(private readonly redis: Redis) {}

  async claim(stateId: string, sequence: number): Promise<boolean> {
    const claimed = await this.redis.eval(
      CLAIM,
      [`run-state-ledger:${stateId}`],
      [String(sequence)],
    );
    return claimed === 1;
  }
}
