import { describe, expect, it } from 'vitest';
import { imageGenerationTool } from './image-generation-tool.js';

describe('imageGenerationTool', () => {
  it('sends only the type when no option is set, so the API defaults apply', () => {
    expect(imageGenerationTool().providerData).toEqual({
      type: 'image_generation',
    });
  });

  it('spells every option as the API names it', () => {
    const tool = imageGenerationTool({
      action: 'generate',
      background: 'transparent',
      inputFidelity: 'high',
      inputImageMask: { file_id: 'file_1' },
      model: 'gpt-image-1',
      moderation: 'low',
      outputCompression: 80,
      outputFormat: 'webp',
      partialImages: 2,
      quality: 'high',
      size: '1024x1536',
    });
    expect(tool.providerData).toEqual({
      type: 'image_generation',
      action: 'generate',
      background: 'transparent',
      input_fidelity: 'high',
      input_image_mask: { file_id: 'file_1' },
      model: 'gpt-image-1',
      moderation: 'low',
      output_compression: 80,
      output_format: 'webp',
      partial_images: 2,
      quality: 'high',
      size: '1024x1536',
    });
  });
});
