const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/**
 * Whether a URL stays on this machine: a loopback host (`localhost`, `127.0.0.0/8`, `::1`), or a scheme that loads
 * nothing from a network (`about:`, `data:`, `blob:`). The default navigation allow-list of `PlaywrightComputer`.
 */
export function isLoopbackUrl(url: URL): boolean {
  if (['about:', 'data:', 'blob:'].includes(url.protocol)) return true;
  const host = url.hostname.toLowerCase();
  return LOOPBACK_HOSTS.has(host) || /^127(\.\d{1,3}){3}$/.test(host);
}
