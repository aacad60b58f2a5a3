import type {
  ToolOutputFileContent,
  ToolOutputImage,
  ToolOutputText,
} from '../tools/to-function-output.js';
import type { CallToolResult, MCPContent } from './mcp-server.js';

type OutputPart = ToolOutputText | ToolOutputImage | ToolOutputFileContent;

/**
 * What an MCP tool result becomes for the model: a lone text part as plain text; text, images and embedded
 * resources as a content array (images and binary resources as inline data); `structuredContent` as JSON when the
 * server prefers it, or when there is no content. An error result goes the same way: its text tells the model what
 * went wrong.
 * @internal
 */
export function mcpResultToOutput(
  result: CallToolResult,
  useStructuredContent: boolean,
): string | OutputPart[] {
  const { content = [], structuredContent, isError } = result;
  if (
    structuredContent !== undefined &&
    ((useStructuredContent && isError !== true) || content.length === 0)
  )
    return JSON.stringify(structuredContent);
  const parts = content.map(toOutputPart);
  if (parts.length === 1 && parts[0]!.type === 'text') return parts[0]!.text;
  return parts.length === 0 ? '' : parts;
}

function toOutputPart(content: MCPContent): OutputPart {
  switch (content.type) {
    case 'text':
      return { type: 'text', text: String(content.text ?? '') };
    case 'image':
      if (typeof content.data === 'string')
        return {
          type: 'image',
          image: {
            data: content.data,
            mediaType: mimeType(content, 'image/png'),
          },
        };
      break;
    case 'resource':
      return resourcePart(content.resource);
    case 'resource_link':
      return {
        type: 'text',
        text: `Resource link: ${String(content.name ?? content.uri)} (${String(content.uri)})`,
      };
  }
  // Audio and kinds newer than Baton: the model still learns what came back.
  return { type: 'text', text: JSON.stringify(content) };
}

function resourcePart(resource: unknown): OutputPart {
  const value = (resource ?? {}) as Record<string, unknown>;
  if (typeof value.text === 'string') return { type: 'text', text: value.text };
  if (typeof value.blob === 'string') {
    const type = mimeType(value, 'application/octet-stream');
    if (type.startsWith('image/'))
      return { type: 'image', image: { data: value.blob, mediaType: type } };
    return {
      type: 'file',
      file: { data: value.blob, mediaType: type, filename: filename(value) },
    };
  }
  return { type: 'text', text: JSON.stringify(value) };
}

function mimeType(value: Record<string, unknown>, fallback: string): string {
  return typeof value.mimeType === 'string' && value.mimeType
    ? value.mimeType
    : fallback;
}

function filename(value: Record<string, unknown>): string {
  const uri = typeof value.uri === 'string' ? value.uri : '';
  return uri.split('/').filter(Boolean).at(-1) ?? 'resource';
}
