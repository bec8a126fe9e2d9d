// timesync ships JavaScript only: these are the parts this project calls, as its README and
// source (lib/timesync.js, server/index.js, 1.0.11) define them. Pages and tests import its
// bundled build: its Node entry requires `promise`, which timesync lists only among its
// devDependencies, while the bundle carries it (and uses the browser's Promise where there is one).
declare module 'timesync/dist/timesync.min.js' {
  /** Options of `create`; times in milliseconds. */
  export interface TimesyncOptions {
    /** The endpoint's URL, for a client of one server. */
    server?: string;
    /** How often to sync again; `null` for never. */
    interval?: number | null;
    /** How long a request may take before it counts as lost. */
    timeout?: number;
    /** The pause between two requests of one sync. */
    delay?: number;
    /** Requests in one sync. */
    repeat?: number;
    /** The machine's clock. */
    now?: () => number;
  }
  /** A running synchroniser. */
  export interface Timesync {
    /** The server's clock minus the machine's, in ms. */
    readonly offset: number;
    now(): number;
    sync(): Promise<void>;
    on(event: 'change', callback: (offset: number) => void): void;
    on(event: 'sync', callback: (state: 'start' | 'end') => void): void;
    on(event: 'error', callback: (error: unknown) => void): void;
    destroy(): void;
    /** The transport: sends `data` to `to`; a custom one calls `receive` with the answer. */
    send: (to: string, data: unknown, timeout: number) => Promise<void>;
    /** Hands an answer to the synchroniser. */
    receive(from: string, data: unknown): void;
  }
  export function create(options: TimesyncOptions): Timesync;
}

declare module 'timesync/server' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  /** Answers a POSTed request with the server's `Date.now()`, as JSON-RPC. */
  export function requestHandler(request: IncomingMessage, response: ServerResponse): void;
}
