import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { rawItems, type ItemSource } from '../item-source.js';

/** Options of {@link saveGeneratedImages}. */
export interface SaveGeneratedImagesOptions {
  /** Start of each file name; the image's item id by default (`ig_...`). With a prefix, files are `<prefix>-1.png`... */
  prefix?: string;
}

/**
 * Writes every image an `image_generation_call` produced in the run to `directory` (created if missing) and
 * returns the files' paths, in the order the images were made. The extension follows the image's bytes (`.png`,
 * `.jpeg`, `.webp`). Calls without a result (failed, or still generating) are skipped.
 * @example
 * const paths = await saveGeneratedImages(result, 'out');
 * @see docs/hosted-tools.md
 */
export async function saveGeneratedImages(
  source: ItemSource,
  directory: string,
  options: SaveGeneratedImagesOptions = {},
): Promise<string[]> {
  const images = rawItems(source).filter(
    (item) =>
      item.type === 'image_generation_call' &&
      typeof item.result === 'string' &&
      item.result !== '',
  );
  if (images.length === 0) return [];
  await mkdir(directory, { recursive: true });
  const paths: string[] = [];
  for (const [index, item] of images.entries()) {
    const bytes = Buffer.from(String(item.result), 'base64');
    const stem =
      options.prefix !== undefined
        ? `${options.prefix}-${index + 1}`
        : typeof item.id === 'string'
          ? item.id
          : `image-${index + 1}`;
    const path = join(directory, `${stem}.${imageExtension(bytes)}`);
    await writeFile(path, bytes);
    paths.push(path);
  }
  return paths;
}

/** The image format, read from the file signature; PNG (the API's default) when it is not recognised. */
function imageExtension(bytes: Buffer): 'png' | 'jpeg' | 'webp' {
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'jpeg';
  if (
    bytes.subarray(0, 4).toString('latin1') === 'RIFF' &&
    bytes.subarray(8, 12).toString('latin1') === 'WEBP'
  ) {
    return 'webp';
  }
  return 'png';
}
