import type OpenAI from 'openai';
import { UserError } from '@baton/core';

type ContentPart = OpenAI.Chat.ChatCompletionContentPart;

/**
 * @internal One part of a user message (or of a tool output's attachments) in Chat Completions form: text, an image
 * by URL or data URL, a file by data or id. Parts only the Responses API can carry throw a `UserError`.
 */
export function toUserPart(part: Record<string, unknown>): ContentPart {
  if (part.type === 'input_text')
    return { type: 'text', text: String(part.text ?? '') };
  if (part.type === 'input_image') {
    if (typeof part.image_url !== 'string' || part.image_url === '') {
      throw new UserError(
        'Chat Completions takes images by URL or data URL only; an `input_image` with just a `file_id` needs the Responses API.',
      );
    }
    const detail = part.detail as 'low' | 'high' | 'auto' | undefined;
    return {
      type: 'image_url',
      image_url: { url: part.image_url, ...(detail && { detail }) },
    };
  }
  if (part.type === 'input_file') return toFilePart(part);
  // Parts already in Chat Completions form (input_audio, say) go through untouched.
  return part as unknown as ContentPart;
}

function toFilePart(part: Record<string, unknown>): ContentPart {
  if (typeof part.file_url === 'string') {
    throw new UserError(
      'Chat Completions cannot fetch files by URL; send `file_data` or a `file_id`, or use the Responses API.',
    );
  }
  const file: Record<string, string> = {};
  for (const key of ['file_id', 'file_data', 'filename']) {
    if (typeof part[key] === 'string') file[key] = part[key] as string;
  }
  return { type: 'file', file };
}
