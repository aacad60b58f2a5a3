/** @internal One environment variable, where there is an environment (Node, Deno, Bun); undefined elsewhere. */
export function environmentVariable(name: string): string | undefined {
  const env = (
    globalThis as { process?: { env?: Record<string, string | undefined> } }
  ).process?.env;
  return env?.[name];
}
