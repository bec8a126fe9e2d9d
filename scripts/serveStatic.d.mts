/** A running static server (see serveStatic.mjs). */
export interface StaticServer {
  /** "http://127.0.0.1:<port>" */
  readonly origin: string;
  /** An absolute URL on this server. */
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves folders under URL prefixes on 127.0.0.1 (a free port unless given). */
export function serveStatic(
  mounts: Record<string, string>,
  options?: { port?: number },
): Promise<StaticServer>;
