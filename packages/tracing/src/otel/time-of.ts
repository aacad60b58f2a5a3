import type { HrTime } from '@opentelemetry/api';

let cachedSecond = '';
let cachedSecondMs = NaN;

/** The digit at `index` of `text`, or `NaN`. */
function digitAt(text: string, index: number): number {
  const digit = text.charCodeAt(index) - 48;
  return digit >= 0 && digit <= 9 ? digit : NaN;
}

/**
 * An ISO 8601 time as an OpenTelemetry `HrTime` (seconds and nanoseconds since the epoch, what the SDK makes of a
 * `Date`). Spans' times are `YYYY-MM-DDTHH:MM:SS.mmmZ` and come a few to a second: the part up to the second is
 * parsed once and the milliseconds read digit by digit, as parsing the whole string (or slicing it) each time cost
 * more than the rest of a span's bookkeeping here.
 */
export function timeOf(iso: string | null | undefined): HrTime | undefined {
  if (!iso) return undefined;
  let ms = NaN;
  if (
    iso.length === 24 &&
    iso.charCodeAt(19) === 46 && // '.'
    iso.charCodeAt(23) === 90 // 'Z'
  ) {
    if (cachedSecond === '' || !iso.startsWith(cachedSecond)) {
      cachedSecond = iso.slice(0, 19);
      cachedSecondMs = Date.parse(`${cachedSecond}Z`);
    }
    ms =
      cachedSecondMs +
      digitAt(iso, 20) * 100 +
      digitAt(iso, 21) * 10 +
      digitAt(iso, 22);
  }
  if (Number.isNaN(ms)) ms = Date.parse(iso);
  if (Number.isNaN(ms)) return undefined;
  // As the SDK turns epoch milliseconds into an HrTime.
  return [Math.trunc(ms / 1000), Math.round((ms % 1000) * 1e6)];
}
