const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);

/** Whether a host to bind to (or a `Host` header's name) stays on this machine. */
export function isLoopbackHost(host: string): boolean {
  return (
    LOOPBACK_NAMES.has(host.toLowerCase()) || /^127\.\d+\.\d+\.\d+$/.test(host)
  );
}

/**
 * Whether a request's `Host` header names this machine. A page on another site can point its own host name at
 * 127.0.0.1 (DNS rebinding); such requests carry that foreign name, so they are refused.
 */
export function isLoopbackHostHeader(header: string | undefined): boolean {
  if (!header) return false;
  const name = header.startsWith('[')
    ? header.slice(0, header.indexOf(']') + 1)
    : header.replace(/:\d+$/, '');
  return isLoopbackHost(name);
}
