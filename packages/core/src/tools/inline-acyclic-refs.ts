import {
  isRecord,
  mapSubschemas,
  pointerOfSite,
  resolveJsonPointer,
} from './schema-walker.js';

/**
 * Replaces every `$ref` that does not close a cycle with a copy of its target, so a schema reused in two places
 * is sent inline (as zod 3 schemas always were) and only recursion keeps a `$ref`. Used on zod-to-json-schema's
 * output, whose refs point at the first place a schema occurs.
 * @internal
 */
export function inlineAcyclicRefs<T extends Record<string, unknown>>(
  schema: T,
): T {
  return inline(schema, schema, '#', []) as T;
}

function inline(
  node: unknown,
  root: unknown,
  origin: string,
  expanding: readonly string[],
): unknown {
  if (!isRecord(node)) return node;
  const ref = node.$ref;
  if (typeof ref === 'string') {
    // A ref to an enclosing schema, or to one being expanded, is recursion: it must stay a ref.
    const enclosing =
      ref === '#' || origin === ref || origin.startsWith(`${ref}/`);
    const target = resolveJsonPointer(root, ref);
    if (enclosing || expanding.includes(ref) || !isRecord(target)) return node;
    const { $ref: _ref, ...siblings } = node;
    return inline({ ...target, ...siblings }, root, ref, [...expanding, ref]);
  }
  return mapSubschemas(node, (child, site) =>
    inline(child, root, pointerOfSite(origin, site), expanding),
  );
}
