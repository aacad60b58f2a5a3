import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AgentInputItem } from '@baton/core';
import { saveGeneratedImages } from './save-generated-images.js';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0]);

function image(id: string, bytes: Buffer | null): AgentInputItem {
  return {
    type: 'image_generation_call',
    id,
    status: bytes ? 'completed' : 'failed',
    result: bytes ? bytes.toString('base64') : null,
  };
}

describe('saveGeneratedImages', () => {
  let directory: string;
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'baton-images-'));
  });
  afterEach(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it('writes each generated image under its item id, with the extension its bytes call for', async () => {
    const target = join(directory, 'out');
    const paths = await saveGeneratedImages(
      [image('ig_1', PNG), image('ig_2', null), image('ig_3', JPEG)],
      target,
    );
    expect(paths).toEqual([
      join(target, 'ig_1.png'),
      join(target, 'ig_3.jpeg'),
    ]);
    expect(await readFile(paths[0]!)).toEqual(PNG);
    expect(await readFile(paths[1]!)).toEqual(JPEG);
  });

  it('numbers the files after a prefix when one is given', async () => {
    const paths = await saveGeneratedImages(
      [image('ig_1', PNG), image('ig_2', PNG)],
      directory,
      { prefix: 'poster' },
    );
    expect(paths).toEqual([
      join(directory, 'poster-1.png'),
      join(directory, 'poster-2.png'),
    ]);
  });

  it('creates nothing when the run made no image', async () => {
    const target = join(directory, 'never');
    expect(await saveGeneratedImages([], target)).toEqual([]);
    await expect(readFile(target)).rejects.toThrow();
  });
});
