// The Lua scripts RedisSession runs with EVAL. Each runs atomically on the server, which is what makes an append
// all-or-nothing and a fenced append check-then-write without a gap. Every key a script touches is passed in
// KEYS and shares the conversation's hash tag, so the scripts also run on Redis Cluster.

/**
 * Appends ARGV[2..] to the list KEYS[1] and, when ARGV[1] > 0, sets its time to live to ARGV[1] seconds.
 * @internal
 */
export const APPEND_SCRIPT = `
for i = 2, #ARGV, 1000 do
  redis.call('RPUSH', KEYS[1], unpack(ARGV, i, math.min(i + 999, #ARGV)))
end
local ttl = tonumber(ARGV[1])
if ttl > 0 then redis.call('EXPIRE', KEYS[1], ttl) end
return redis.call('LLEN', KEYS[1])
`;

/**
 * Appends like APPEND_SCRIPT, but only while KEYS[2] (the conversation's fencing token) still equals ARGV[2]:
 * returns -1, appending nothing, once a newer lease exists.
 * @internal
 */
export const FENCED_APPEND_SCRIPT = `
if redis.call('GET', KEYS[2]) ~= ARGV[2] then return -1 end
for i = 3, #ARGV, 1000 do
  redis.call('RPUSH', KEYS[1], unpack(ARGV, i, math.min(i + 999, #ARGV)))
end
local ttl = tonumber(ARGV[1])
if ttl > 0 then
  redis.call('EXPIRE', KEYS[1], ttl)
  redis.call('EXPIRE', KEYS[2], ttl)
end
return redis.call('LLEN', KEYS[1])
`;

/**
 * Removes and returns the last item of KEYS[1], refreshing its time to live (ARGV[1] seconds, when > 0).
 * @internal
 */
export const POP_SCRIPT = `
local item = redis.call('RPOP', KEYS[1])
local ttl = tonumber(ARGV[1])
if item and ttl > 0 and redis.call('EXISTS', KEYS[1]) == 1 then
  redis.call('EXPIRE', KEYS[1], ttl)
end
return item
`;

/**
 * Takes the lock KEYS[1] for holder ARGV[1] for ARGV[2] ms (SET NX PX) and, when it got it, issues the next fencing
 * token in KEYS[2], returned as a string; false when another holder has the lock. The token is the old one plus
 * one, but never less than the server's clock in milliseconds, so it keeps growing even after the token's key
 * expired with the conversation (ARGV[3] > 0 seconds).
 * @internal
 */
export const ACQUIRE_SCRIPT = `
if not redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return false end
local now = redis.call('TIME')
local floor = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
local token = math.max(tonumber(redis.call('GET', KEYS[2]) or '0') + 1, floor)
local text = string.format('%d', token)
local ttl = tonumber(ARGV[3])
if ttl > 0 then
  redis.call('SET', KEYS[2], text, 'EX', ttl)
else
  redis.call('SET', KEYS[2], text)
end
return text
`;

/**
 * Extends the lock KEYS[1] to ARGV[2] ms if holder ARGV[1] still has it (and the fencing token KEYS[2] to ARGV[3]
 * seconds, when > 0); 1 when extended, 0 when the lock has gone to someone else or expired.
 * @internal
 */
export const RENEW_SCRIPT = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
local ttl = tonumber(ARGV[3])
if ttl > 0 then redis.call('EXPIRE', KEYS[2], ttl) end
return 1
`;

/**
 * Deletes the lock KEYS[1] only if holder ARGV[1] still has it (compare and delete); 1 when deleted.
 * @internal
 */
export const RELEASE_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;
