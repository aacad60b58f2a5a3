// Reads the module specifiers out of a source file, for scripts/check-deps.mjs. The TypeScript parser is already a
// dependency of the repository and knows every import form, including the type-only ones that tsc erases.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';

const SOURCE_EXTENSIONS = [
  '.ts',
  '.tsx',
  '.mts',
  '.cts',
  '.js',
  '.mjs',
  '.cjs',
];

/** Every source file under `dir`, skipping dependencies, build output and dot-directories. */
export function listSourceFiles(dir) {
  const skipped = (name) =>
    name === 'node_modules' || name === 'dist' || name.startsWith('.');
  const isSource = (name) =>
    SOURCE_EXTENSIONS.some((ext) => name.endsWith(ext)) &&
    !name.endsWith('.d.ts');
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skipped(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...listSourceFiles(path));
    else if (isSource(entry.name)) files.push(path);
  }
  return files.sort();
}

/** The package a bare specifier names (`@scope/name/sub` → `@scope/name`); null for `#imports` and URLs. */
export function packageName(specifier) {
  if (specifier.startsWith('#') || /^[a-z]+:/.test(specifier)) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** Maps `./x.js` to the source file tsc compiles it from. */
export function resolveRelative(file, specifier) {
  const base = resolve(dirname(file), specifier);
  const stem = base.replace(/\.[cm]?js$/, '');
  const candidates = [
    base,
    ...['.ts', '.tsx', '.mts', '.cts'].map((ext) => stem + ext),
    join(base, 'index.ts'),
  ];
  return (
    candidates.find((path) => existsSync(path) && statSync(path).isFile()) ??
    null
  );
}

/**
 * Every module a file names: static imports and re-exports, `import()`, `require()`, `import('x').T`.
 * `typeOnly` marks the ones tsc erases (no `verbatimModuleSyntax`: an import of only `type` names is erased too).
 * @returns {{ specifier: string, typeOnly: boolean, line: number }[]}
 */
export function scanImports(file) {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const found = [];
  const add = (node, specifierNode, typeOnly) => {
    if (!specifierNode || !ts.isStringLiteralLike(specifierNode)) return;
    const line =
      source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    found.push({ specifier: specifierNode.text, typeOnly, line });
  };
  const visit = (node) => {
    if (ts.isImportDeclaration(node)) {
      add(node, node.moduleSpecifier, isTypeOnlyImport(node.importClause));
    } else if (ts.isExportDeclaration(node)) {
      add(node, node.moduleSpecifier, isTypeOnlyExport(node));
    } else if (
      ts.isImportEqualsDeclaration(node) &&
      ts.isExternalModuleReference(node.moduleReference)
    ) {
      add(node, node.moduleReference.expression, node.isTypeOnly);
    } else if (
      ts.isImportTypeNode(node) &&
      ts.isLiteralTypeNode(node.argument)
    ) {
      add(node, node.argument.literal, true);
    } else if (ts.isCallExpression(node) && isLoaderCall(node)) {
      add(node, node.arguments[0], false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function isTypeOnlyImport(clause) {
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return (
    !clause.name &&
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((element) => element.isTypeOnly)
  );
}

function isTypeOnlyExport(node) {
  if (node.isTypeOnly) return true;
  const clause = node.exportClause;
  return (
    clause !== undefined &&
    ts.isNamedExports(clause) &&
    clause.elements.length > 0 &&
    clause.elements.every((element) => element.isTypeOnly)
  );
}

function isLoaderCall(node) {
  const callee = node.expression;
  const isLoader =
    callee.kind === ts.SyntaxKind.ImportKeyword ||
    (ts.isIdentifier(callee) && callee.text === 'require');
  return isLoader && node.arguments.length > 0;
}
