import { median } from './median.mjs';

/**
 * Sums up a paired measurement (`paired.mjs`): `reference` and `measured` are the CPU per run of each block, in
 * the order the blocks ran (block `i` of one neighbours block `i` of the other). Returns each side's mean, the
 * ratio of the summed CPU (measured ÷ reference), and the spread of the neighbouring blocks' ratios.
 */
export function summarizePairs(reference, measured) {
  if (reference.length === 0 || reference.length !== measured.length)
    throw new Error('A paired measurement needs as many blocks of each side');
  const sum = (list) => list.reduce((total, value) => total + value, 0);
  const ratios = measured
    .map((value, index) => value / reference[index])
    .sort((a, b) => a - b);
  return {
    referenceMean: sum(reference) / reference.length,
    measuredMean: sum(measured) / measured.length,
    ratio: sum(measured) / sum(reference),
    pairRatios: {
      min: ratios[0],
      median: median(ratios),
      max: ratios.at(-1),
      count: ratios.length,
    },
  };
}

/**
 * Joins the blocks of the two workers of one paired measurement: `loadedFirst` from the worker that loaded the
 * reference first (`[reference blocks, measured blocks]`), `loadedSecond` from the one that loaded it second
 * (`[measured blocks, reference blocks]`). Returns `[reference, measured]` for {@link summarizePairs}, neighbours
 * kept together. In one process the implementation loaded second ran a few percent faster even against itself,
 * so each implementation takes each place once.
 */
export function joinLoadingOrders(loadedFirst, loadedSecond) {
  const [reference, measured] = loadedFirst;
  const [measuredSecond, referenceSecond] = loadedSecond;
  return [
    [...reference, ...referenceSecond],
    [...measured, ...measuredSecond],
  ];
}
