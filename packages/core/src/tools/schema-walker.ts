/** Where a subschema sits inside its parent: the keyword, and the property name or index where there is one. */
export type SubschemaSite =
  | { keyword: 'properties'; key: string }
  | { keyword: 'items' }
  | {
      keyword: 'prefixItems';
      index: number;
      container: 'prefixItems' | 'items';
    }
  | { keyword: 'additionalProperties' }
  | { keyword: 'anyOf' | 'oneOf' | 'allOf'; index: number }
  | { keyword: '$defs' | 'definitions'; key: string }
  | { keyword: 'not' };

const RECORD_KEYWORDS = ['properties', '$defs', 'definitions'] as const;
const BRANCH_KEYWORDS = ['anyOf', 'oneOf', 'allOf'] as const;

/**
 * Calls `visit` for every direct subschema of `schema`, in every keyword Baton understands. Strictifying, null
 * stripping and the structural check all walk through here, so they always agree on where subschemas live.
 * Draft-07 tuples (`items` as an array) are reported as `prefixItems`. `$ref` is not followed: callers resolve it
 * with {@link resolveJsonPointer} and guard against cycles themselves.
 * @internal
 */
export function forEachSubschema(
  schema: Record<string, unknown>,
  visit: (child: unknown, site: SubschemaSite) => void,
): void {
  for (const keyword of RECORD_KEYWORDS) {
    const record = schema[keyword];
    if (isRecord(record))
      for (const [key, child] of Object.entries(record))
        visit(child, { keyword, key });
  }
  if (Array.isArray(schema.items))
    schema.items.forEach((child, index) =>
      visit(child, { keyword: 'prefixItems', index, container: 'items' }),
    );
  else if (schema.items !== undefined)
    visit(schema.items, { keyword: 'items' });
  if (Array.isArray(schema.prefixItems))
    schema.prefixItems.forEach((child, index) =>
      visit(child, { keyword: 'prefixItems', index, container: 'prefixItems' }),
    );
  if (isRecord(schema.additionalProperties))
    visit(schema.additionalProperties, { keyword: 'additionalProperties' });
  for (const keyword of BRANCH_KEYWORDS) {
    const branches = schema[keyword];
    if (Array.isArray(branches))
      branches.forEach((child, index) => visit(child, { keyword, index }));
  }
  if (schema.not !== undefined) visit(schema.not, { keyword: 'not' });
}

/** The readable path of a subschema site, appended to its parent's (`$.user.tags[]`). */
export function describeSite(parent: string, site: SubschemaSite): string {
  switch (site.keyword) {
    case 'properties':
      return `${parent}.${site.key}`;
    case 'items':
      return `${parent}[]`;
    case 'additionalProperties':
      return `${parent}.*`;
    case 'prefixItems':
      return `${parent}[${site.index}]`;
    case '$defs':
    case 'definitions':
      return `#/${site.keyword}/${site.key}`;
    case 'anyOf':
    case 'oneOf':
    case 'allOf':
    case 'not':
      return parent;
  }
}

/** The JSON pointer of a subschema site, appended to its parent's (`#/properties/user/items`). */
export function pointerOfSite(parent: string, site: SubschemaSite): string {
  const escape = (token: string) =>
    token.replace(/~/g, '~0').replace(/\//g, '~1');
  switch (site.keyword) {
    case 'properties':
    case '$defs':
    case 'definitions':
      return `${parent}/${site.keyword}/${escape(site.key)}`;
    case 'prefixItems':
      return `${parent}/${site.container}/${site.index}`;
    case 'anyOf':
    case 'oneOf':
    case 'allOf':
      return `${parent}/${site.keyword}/${site.index}`;
    case 'items':
    case 'additionalProperties':
    case 'not':
      return `${parent}/${site.keyword}`;
  }
}

/**
 * Resolves a local `$ref` (`#`, `#/$defs/Node`, `#/properties/a/items`) against the document root; `undefined`
 * when it points outside the document or nowhere.
 * @internal
 */
export function resolveJsonPointer(root: unknown, ref: string): unknown {
  if (ref === '#') return root;
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(2).split('/')) {
    const token = decodeURIComponent(raw)
      .replace(/~1/g, '/')
      .replace(/~0/g, '~');
    if (Array.isArray(node)) node = node[Number(token)];
    else if (isRecord(node)) node = node[token];
    else return undefined;
  }
  return node;
}

/**
 * A shallow copy of `schema` with every direct subschema replaced by `map`'s result (`undefined` drops it).
 * @internal
 */
export function mapSubschemas(
  schema: Record<string, unknown>,
  map: (child: unknown, site: SubschemaSite) => unknown,
): Record<string, unknown> {
  const result: Record<string, unknown> = { ...schema };
  const copied = new Set<string>();
  const writable = (keyword: string): Record<string, unknown> | unknown[] => {
    if (!copied.has(keyword)) {
      const value = result[keyword];
      result[keyword] = Array.isArray(value)
        ? [...value]
        : { ...(value as object) };
      copied.add(keyword);
    }
    return result[keyword] as Record<string, unknown> | unknown[];
  };
  forEachSubschema(schema, (child, site) => {
    const mapped = map(child, site);
    switch (site.keyword) {
      case 'items':
      case 'additionalProperties':
      case 'not':
        result[site.keyword] = mapped;
        break;
      case 'prefixItems':
        (writable(site.container) as unknown[])[site.index] = mapped;
        break;
      case 'anyOf':
      case 'oneOf':
      case 'allOf':
        (writable(site.keyword) as unknown[])[site.index] = mapped;
        break;
      case 'properties':
      case '$defs':
      case 'definitions':
        (writable(site.keyword) as Record<string, unknown>)[site.key] = mapped;
    }
  });
  return result;
}

/** @internal */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
