/**
 * How sure a paired ratio is: a bootstrap interval for the ratio of summed CPU (measured ÷ reference). Runs of
 * `blockLength` neighbouring pairs are drawn again with replacement, within each group (the two loading orders),
 * `resamples` times; the interval is the middle `confidence` share of the ratios so drawn.
 * - Within groups: each loading order keeps its weight, since the order alone moves the ratio by a few percent.
 * - Runs of neighbours: a block often collects its neighbour's garbage, so one pair's ratio is high where the
 *   next one's is low; drawing pairs one by one would break up what cancels in the sum, and overstate the spread.
 * Seeded, so the same blocks give the same interval. Differences between invocations (the machine, the JIT) are
 * not in it.
 */
export function ratioInterval(
  reference,
  measured,
  {
    groups = [reference.length],
    blockLength = 2,
    resamples = 2000,
    confidence = 0.95,
    seed = 1,
  } = {},
) {
  if (reference.length !== measured.length)
    throw new Error('A paired measurement needs as many blocks of each side');
  if (groups.reduce((total, size) => total + size, 0) !== reference.length)
    throw new Error('The groups must cover the blocks exactly');
  const random = mulberry32(seed);
  const ratios = new Float64Array(resamples);
  for (let draw = 0; draw < resamples; draw++) {
    let referenceSum = 0;
    let measuredSum = 0;
    let start = 0;
    for (const size of groups) {
      const length = Math.min(blockLength, size);
      for (let taken = 0; taken < size;) {
        const first = start + Math.floor(random() * (size - length + 1));
        for (let offset = 0; offset < length && taken < size; offset++) {
          referenceSum += reference[first + offset];
          measuredSum += measured[first + offset];
          taken++;
        }
      }
      start += size;
    }
    ratios[draw] = measuredSum / referenceSum;
  }
  ratios.sort();
  const tail = (1 - confidence) / 2;
  return {
    low: ratios[Math.floor(tail * (resamples - 1))],
    high: ratios[Math.ceil((1 - tail) * (resamples - 1))],
    confidence,
  };
}

/** A small seeded generator of numbers in [0, 1): enough for resampling, and the same sequence every time. */
function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}
