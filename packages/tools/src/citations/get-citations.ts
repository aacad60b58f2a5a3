import { rawItems, type ItemSource } from '../item-source.js';

/** A web page the answer cites (web search); the indexes delimit the citing span of the message text. */
export interface UrlCitation {
  type: 'url_citation';
  url: string;
  title: string;
  start_index: number;
  end_index: number;
}

/** An uploaded file the answer cites (file search); `index` is the position in the text it applies to. */
export interface FileCitation {
  type: 'file_citation';
  file_id: string;
  filename: string;
  index: number;
}

/** A file the code interpreter made in its container, cited by the answer. */
export interface ContainerFileCitation {
  type: 'container_file_citation';
  container_id: string;
  file_id: string;
  filename: string;
  start_index: number;
  end_index: number;
}

/** A citation: one annotation of an assistant message's text, as the API sent it. */
export type Citation = UrlCitation | FileCitation | ContainerFileCitation;

/** Options of {@link getCitations}. */
export interface GetCitationsOptions {
  /** Keep only the first citation of each URL or file (the default lists every citation, repeats included). */
  unique?: boolean;
}

const CITATION_TYPES = new Set([
  'url_citation',
  'file_citation',
  'container_file_citation',
]);

/**
 * Lists the citations of a run's assistant messages, in the order they appear: the `url_citation`,
 * `file_citation` and `container_file_citation` annotations of their `output_text` parts, unchanged. Accepts a
 * `RunResult` (or streamed result), its `newItems`, or canonical items such as `result.history`.
 * @example
 * for (const citation of getCitations(result, { unique: true })) {
 *   console.log(citation.type === 'url_citation' ? citation.url : citation.filename);
 * }
 * @see docs/hosted-tools.md
 */
export function getCitations(
  source: ItemSource,
  options: GetCitationsOptions = {},
): Citation[] {
  const citations: Citation[] = [];
  const seen = new Set<string>();
  for (const item of rawItems(source)) {
    if (item.type !== 'message' || item.role !== 'assistant') continue;
    for (const annotation of annotationsOf(item.content)) {
      const key = sourceKey(annotation);
      if (options.unique && seen.has(key)) continue;
      seen.add(key);
      citations.push(annotation);
    }
  }
  return citations;
}

function annotationsOf(content: unknown): Citation[] {
  if (!Array.isArray(content)) return [];
  return content.flatMap((part: { type?: unknown; annotations?: unknown }) =>
    part?.type === 'output_text' && Array.isArray(part.annotations)
      ? (part.annotations as Array<{ type?: unknown }>).filter(
          (annotation): annotation is Citation =>
            CITATION_TYPES.has(String(annotation?.type)),
        )
      : [],
  );
}

function sourceKey(citation: Citation): string {
  return citation.type === 'url_citation'
    ? `url:${citation.url}`
    : `file:${citation.file_id}`;
}
