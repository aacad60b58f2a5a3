import type {
  FunctionCallOutputItem,
  InputFile,
  InputImage,
  InputText,
} from '../items/items.js';

type OutputPart = InputText | InputImage | InputFile;

/** Text a tool returns as a content part. */
export interface ToolOutputText {
  type: 'text';
  text: string;
}

/** An image a tool returns: a URL or data URL, inline bytes, or an uploaded file's id. */
export interface ToolOutputImage {
  type: 'image';
  image?:
    | string
    | { url: string }
    | { data: string | Uint8Array; mediaType?: string }
    | { fileId: string };
  /** How closely the model looks. Default `auto`. */
  detail?: 'low' | 'high' | 'auto';
}

/** A file a tool returns: a data URL, URL or file id, inline bytes, or an uploaded file's id. */
export interface ToolOutputFileContent {
  type: 'file';
  file:
    | string
    | { data: string | Uint8Array; mediaType: string; filename: string }
    | { url: string; filename?: string }
    | { id: string; filename?: string };
}

/**
 * Turns what a tool returned into a `function_call_output`'s `output`. A structured output — `{ type: 'text' }`,
 * `{ type: 'image' }`, `{ type: 'file' }` in the `@openai/agents` shapes, or an array of them — becomes the wire's
 * content array (`input_text`, `input_image`, `input_file`), so an image reaches the model as an image rather than as
 * JSON text. Strings go as they are; anything else as JSON.
 * @internal
 */
export function toFunctionOutput(
  result: unknown,
): FunctionCallOutputItem['output'] {
  if (typeof result === 'string') return result;
  const parts = toOutputParts(result);
  if (parts) return parts;
  if (result === undefined) return '';
  try {
    return JSON.stringify(result) ?? String(result);
  } catch {
    return String(result);
  }
}

function toOutputParts(result: unknown): OutputPart[] | undefined {
  const values = Array.isArray(result) ? result : [result];
  if (values.length === 0) return undefined;
  const parts: OutputPart[] = [];
  for (const value of values) {
    const part = toOutputPart(value);
    // A plain array of anything else is ordinary data, sent as JSON.
    if (!part) return undefined;
    parts.push(part);
  }
  return parts;
}

function toOutputPart(value: unknown): OutputPart | undefined {
  if (!isRecord(value)) return undefined;
  switch (value.type) {
    case 'text':
      return typeof value.text === 'string'
        ? { type: 'input_text', text: value.text }
        : undefined;
    case 'image':
      return toImagePart(value);
    case 'file':
      return toFilePart(value);
    default:
      return undefined;
  }
}

function toImagePart(value: Record<string, unknown>): InputImage | undefined {
  const image = value.image;
  const source = isRecord(image) ? image : value;
  const mediaType = text(source.mediaType) ?? text(value.mediaType);
  const url =
    (typeof image === 'string' ? text(image) : undefined) ??
    text(source.url) ??
    text(value.imageUrl) ??
    inline(source.data, mediaType ?? 'image/png');
  const fileId = text(source.fileId) ?? text(source.id) ?? text(value.fileId);
  if (!url && !fileId) return undefined;
  const detail = value.detail;
  return {
    type: 'input_image',
    ...(url ? { image_url: url } : { file_id: fileId }),
    ...(detail === 'low' || detail === 'high' || detail === 'auto'
      ? { detail }
      : {}),
  };
}

function toFilePart(value: Record<string, unknown>): InputFile | undefined {
  const file = value.file;
  const source = isRecord(file) ? file : value;
  const filename = text(source.filename) ?? text(value.filename);
  const named = filename ? { filename } : {};
  if (typeof file === 'string' && file.length > 0) {
    if (file.startsWith('data:'))
      return { type: 'input_file', file_data: file, ...named };
    if (/^https?:\/\//.test(file))
      return { type: 'input_file', file_url: file, ...named };
    return { type: 'input_file', file_id: file, ...named };
  }
  const data = inline(
    source.data ?? value.fileData,
    text(source.mediaType) ?? text(value.mediaType) ?? 'text/plain',
  );
  if (data) return { type: 'input_file', file_data: data, ...named };
  const url = text(source.url) ?? text(value.fileUrl);
  if (url) return { type: 'input_file', file_url: url, ...named };
  const id = text(source.id) ?? text(source.fileId) ?? text(value.fileId);
  return id ? { type: 'input_file', file_id: id, ...named } : undefined;
}

/** Inline bytes or base64 text as a data URL (text that already is one is kept). */
function inline(data: unknown, mediaType: string): string | undefined {
  if (typeof data === 'string' && data.length > 0)
    return data.startsWith('data:') ? data : `data:${mediaType};base64,${data}`;
  if (data instanceof Uint8Array && data.length > 0)
    return `data:${mediaType};base64,${Buffer.from(data).toString('base64')}`;
  return undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
