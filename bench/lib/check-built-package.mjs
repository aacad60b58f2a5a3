/** Refuses to measure TypeScript sources: the point is to measure what a user installs. */
export function checkBuiltPackage(specifier) {
  if (!specifier) return;
  const resolved = import.meta.resolve(specifier);
  if (resolved.endsWith('.ts'))
    throw new Error(
      `${specifier} resolved to its source (${resolved}); run without --conditions`,
    );
}
