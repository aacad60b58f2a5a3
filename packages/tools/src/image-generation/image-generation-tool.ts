import type { HostedTool } from '@baton/core';
import { definedFields } from '../internal/defined-fields.js';

/** Options of {@link imageGenerationTool}; the API's defaults apply to any left out. */
export interface ImageGenerationToolOptions {
  /** The tool's name in Baton (for `toolChoice` and logs); `image_generation` by default. Not sent. */
  name?: string;
  /** `generate` a new image, `edit` one given as input, or `auto` (the model decides). */
  action?: 'generate' | 'edit' | 'auto';
  /** `transparent`, `opaque` or `auto`. */
  background?: 'transparent' | 'opaque' | 'auto' | (string & {});
  /** How closely an edit keeps the input image's details: `high` or `low`. */
  inputFidelity?: 'high' | 'low' | null;
  /** A mask for inpainting: an uploaded file's id or an image URL. */
  inputImageMask?: { file_id?: string; image_url?: string };
  /** The image model, e.g. `gpt-image-1`. */
  model?: 'gpt-image-1' | 'gpt-image-1-mini' | 'gpt-image-1.5' | (string & {});
  /** Content moderation: `auto` or `low`. */
  moderation?: 'auto' | 'low' | (string & {});
  /** Compression of JPEG and WebP output, 0 to 100. */
  outputCompression?: number;
  /** `png`, `webp` or `jpeg`. */
  outputFormat?: 'png' | 'webp' | 'jpeg' | (string & {});
  /** How many partial images to stream (0 to 3). */
  partialImages?: number;
  /** `low`, `medium`, `high` or `auto`. */
  quality?: 'low' | 'medium' | 'high' | 'auto' | (string & {});
  /** `1024x1024`, `1024x1536`, `1536x1024` or `auto`. */
  size?: '1024x1024' | '1024x1536' | '1536x1024' | 'auto' | (string & {});
}

/**
 * A hosted image generator: each image arrives as an `image_generation_call` run item whose `result` is the
 * base64 image; {@link saveGeneratedImages} writes them to files.
 * @example
 * const agent = new Agent({ name: 'Illustrator', tools: [imageGenerationTool({ size: '1024x1024' })] });
 * @see docs/hosted-tools.md
 */
export function imageGenerationTool(
  options: ImageGenerationToolOptions = {},
): HostedTool {
  return {
    type: 'hosted_tool',
    name: options.name ?? 'image_generation',
    providerData: definedFields({
      type: 'image_generation',
      action: options.action,
      background: options.background,
      input_fidelity: options.inputFidelity,
      input_image_mask: options.inputImageMask,
      model: options.model,
      moderation: options.moderation,
      output_compression: options.outputCompression,
      output_format: options.outputFormat,
      partial_images: options.partialImages,
      quality: options.quality,
      size: options.size,
    }),
  };
}
