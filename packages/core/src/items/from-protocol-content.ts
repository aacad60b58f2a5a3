import { UserError } from '../errors/errors.js';
import {
  isRecord,
  providerDataFields,
  withoutUndefined,
  type FieldRecord,
} from './provider-data-fields.js';

const IMAGE_KEYS = ['image', 'imageUrl', 'fileId'];
const FILE_KEYS = ['file', 'fileData', 'fileUrl', 'fileId'];

/** @internal Whether a message content part is in the Agents SDK's protocol shape rather than the wire's. */
export function isProtocolContent(part: unknown): boolean {
  if (!isRecord(part)) return false;
  if ('providerData' in part || 'promptCacheBreakpoint' in part) return true;
  if (part.type === 'input_image') return IMAGE_KEYS.some((key) => key in part);
  if (part.type === 'input_file') return FILE_KEYS.some((key) => key in part);
  return false;
}

/**
 * One message content part in the wire's shape: `input_image.image` becomes `image_url` or `file_id`,
 * `input_file.file` becomes `file_data`, `file_url` or `file_id`, `output_text` gets its annotations from
 * `providerData`, and the rest of `providerData` is merged in.
 * @internal
 */
export function fromProtocolContent(part: unknown): unknown {
  if (!isProtocolContent(part)) return part;
  const { providerData, promptCacheBreakpoint, ...rest } = part as FieldRecord;
  const cache =
    promptCacheBreakpoint === undefined
      ? {}
      : { prompt_cache_breakpoint: promptCacheBreakpoint };
  switch (rest.type) {
    case 'input_image': {
      const image = wireImage(rest);
      return {
        ...withoutKeys(rest, IMAGE_KEYS),
        ...image,
        detail: rest.detail ?? 'auto',
        ...cache,
        ...providerDataFields(providerData, [
          'type',
          'detail',
          'image_url',
          'file_id',
        ]),
      };
    }
    case 'input_file':
      return {
        ...withoutKeys(rest, FILE_KEYS),
        ...wireFile(rest, { strict: true }),
        ...cache,
        ...providerDataFields(providerData, [
          'type',
          'file_data',
          'file_url',
          'file_id',
          'filename',
        ]),
      };
    case 'output_text': {
      const fields = providerDataFields(providerData, ['type', 'text']);
      return {
        ...rest,
        ...fields,
        annotations: fields.annotations ?? rest.annotations ?? [],
      };
    }
    default:
      return {
        ...rest,
        ...cache,
        ...providerDataFields(providerData, ['type', 'text', 'refusal']),
      };
  }
}

/**
 * A function tool's output in the wire's shape: a string as it is, the SDK's `{ type: 'text' }` as its text,
 * `{ type: 'image' | 'file' }` and content arrays as `input_*` parts.
 * @internal
 */
export function fromProtocolToolOutput(output: unknown): unknown {
  if (typeof output === 'string') return output;
  if (Array.isArray(output)) return output.map(fromProtocolOutputPart);
  if (isRecord(output)) {
    if (output.type === 'text' && typeof output.text === 'string')
      return output.text;
    if (output.type === 'image' || output.type === 'file')
      return [fromProtocolOutputPart(output)];
  }
  return output === undefined ? '' : JSON.stringify(output);
}

function fromProtocolOutputPart(part: unknown): unknown {
  if (!isRecord(part)) return part;
  switch (part.type) {
    case 'text':
    case 'input_text':
      return { type: 'input_text', text: part.text };
    case 'image':
    case 'input_image':
      return withoutUndefined({
        type: 'input_image',
        image_url: part.image_url,
        file_id: part.file_id,
        ...wireImage(part),
        detail: part.detail,
      });
    case 'file':
    case 'input_file':
      return withoutUndefined({
        type: 'input_file',
        file_data: part.file_data,
        file_url: part.file_url,
        file_id: part.file_id,
        filename: part.filename,
        ...wireFile(part, { strict: false }),
      });
    default:
      return part;
  }
}

/** The SDK's image forms (`image` as URL, data or `{ id }`; legacy `imageUrl`, `fileId`, `data`) as wire fields. */
function wireImage(part: FieldRecord): FieldRecord {
  const image = part.image;
  if (typeof image === 'string' && image !== '') return { image_url: image };
  if (isRecord(image)) {
    if (typeof image.url === 'string') return { image_url: image.url };
    const id = image.id ?? image.fileId;
    if (typeof id === 'string') return { file_id: id };
    if (image.data !== undefined)
      return { image_url: inlineData(image.data, mediaTypeOf(image, part)) };
  }
  if (typeof part.imageUrl === 'string') return { image_url: part.imageUrl };
  if (typeof part.fileId === 'string') return { file_id: part.fileId };
  if (part.data !== undefined)
    return { image_url: inlineData(part.data, mediaTypeOf(part)) };
  return {};
}

/** The SDK's file forms (`file` as data/URL string, `{ id }`, `{ url }`, `{ data, mediaType }`) as wire fields. */
function wireFile(
  part: FieldRecord,
  options: { strict: boolean },
): FieldRecord {
  const file = part.file;
  const fields: FieldRecord = {};
  if (typeof file === 'string')
    Object.assign(fields, fileString(file, options));
  else if (isRecord(file)) {
    if (typeof file.id === 'string') fields.file_id = file.id;
    else if (typeof file.fileId === 'string') fields.file_id = file.fileId;
    else if (typeof file.url === 'string') fields.file_url = file.url;
    else if (file.data !== undefined)
      fields.file_data = inlineData(
        file.data,
        mediaTypeOf(file) ?? 'text/plain',
      );
    if (typeof file.filename === 'string') fields.filename = file.filename;
  }
  if (typeof part.fileData === 'string') fields.file_data = part.fileData;
  if (typeof part.fileUrl === 'string') fields.file_url = part.fileUrl;
  if (typeof part.fileId === 'string') fields.file_id = part.fileId;
  return fields;
}

function fileString(value: string, options: { strict: boolean }): FieldRecord {
  const text = value.trim();
  if (text.startsWith('data:')) return { file_data: text };
  if (/^https?:\/\//.test(text)) return { file_url: text };
  if (/^[A-Za-z0-9+/=]+$/.test(text)) return { file_data: text };
  if (!options.strict) return { file_url: text };
  throw new UserError(
    `An input_file's \`file\` string must be a data URL, an https URL or base64 data; for an uploaded file use { id: 'file-...' }.`,
  );
}

function mediaTypeOf(...sources: FieldRecord[]): string | undefined {
  for (const source of sources) {
    const type = source.mediaType ?? source.mimeType;
    if (typeof type === 'string' && type !== '') return type;
  }
  return undefined;
}

/** Inline bytes or base64 text as a data URL (when the media type is known). */
function inlineData(data: unknown, mediaType: string | undefined): string {
  if (typeof data === 'string' && data.startsWith('data:')) return data;
  const base64 =
    data instanceof Uint8Array ? bytesToBase64(data) : String(data);
  return mediaType ? `data:${mediaType};base64,${base64}` : base64;
}

function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  }
  return btoa(binary);
}

function withoutKeys(
  record: FieldRecord,
  keys: readonly string[],
): FieldRecord {
  const result = { ...record };
  for (const key of keys) delete result[key];
  return result;
}
