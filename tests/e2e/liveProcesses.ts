/**
 * Processes for the live-show tests: the live server as `npm run live` runs it (the same
 * program, on a port of our range, with its own data folder and secret), its `new-link`
 * command, Debian's redis-server, and Debian's Caddy as an HTTPS proxy in front of it. Each
 * binds 127.0.0.1 only, waits on what it prints (bounded), and stops by its own pid.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadModel } from '../../data/index.ts';
import { LIVE_ROLES } from '../../src/live/liveKey.ts';

const root = resolve(import.meta.dirname, '../..');

/**
 * The links a live server printed, by role: `host`, `deck`, `moderator`, `speaker <id>`,
 * `follow`.
 */
export type LiveLinks = Readonly<Record<string, string>>;

/** A process started by a test. */
export interface TestProcess {
  readonly pid: number;
  /** Stops it by pid (`SIGKILL` to kill it as a crash would) and waits until it has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** The live server, with the links it printed. */
export interface LiveProcess extends TestProcess {
  readonly links: LiveLinks;
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) done();
    else child.once('exit', () => done());
  });
}

function makeStop(child: ChildProcess): TestProcess['stop'] {
  return async (signal = 'SIGTERM') => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited(child);
    clearTimeout(timer);
  };
}

/**
 * Waits until `child` has printed `count` lines on stdout (or `match` on either stream),
 * for at most `ms`; throws with what it printed otherwise.
 */
function waitForOutput(
  child: ChildProcess,
  done: (lines: readonly string[]) => boolean,
  ms: number,
): Promise<string[]> {
  return new Promise((resolvePromise, reject) => {
    const lines: string[] = [];
    let errors = '';
    let rest = '';
    const fail = (why: string): void => {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${why}\nstdout: ${lines.join('\n')}\nstderr: ${errors}`));
    };
    const timer = setTimeout(() => fail(`No ready output within ${ms} ms.`), ms);
    child.stderr?.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      rest += chunk.toString();
      const parts = rest.split('\n');
      rest = parts.pop() ?? '';
      lines.push(...parts);
      if (done(lines)) {
        clearTimeout(timer);
        resolvePromise(lines);
      }
    });
    child.once('exit', (code) => fail(`Exited early with code ${code}.`));
  });
}

/** Options for `startLiveServer`. */
export interface LiveServerOptions {
  readonly port: number;
  readonly dataDir: string;
  readonly secretFile: string;
  /** `redis://127.0.0.1:PORT` to share rooms with other processes. */
  readonly redis?: string;
  /** The address people open (a proxy's), which every printed link starts with. */
  readonly publicUrl?: string;
  /** `--show-clock`: a dress rehearsal's start, ISO 8601 with its offset. */
  readonly showClock?: string;
  /** `--max-followers`. */
  readonly maxFollowers?: number;
  /** Pages one key may hold, for every role (`--max-connections-per-key`). */
  readonly maxConnectionsPerKey?: number;
}

/** One line per role without a subject (the last one is `follow`), and one per speaker. */
const roleLines = Object.values(LIVE_ROLES).reduce(
  (n, spec) => n + (spec.hasSubject ? loadModel().speakers.length : 1),
  0,
);

/** The options both commands share: the data folder, the secret, the public address. */
function sharedArgs(options: LiveServerOptions): string[] {
  return [
    '--data-dir',
    options.dataDir,
    '--secret-file',
    options.secretFile,
    ...(options.publicUrl ? ['--public-url', options.publicUrl] : []),
  ];
}
/**
 * Starts the live server on the host build in dist/ (built before the e2e run, so
 * `--no-build`), and resolves once it has printed every role's link.
 */
export async function startLiveServer(options: LiveServerOptions): Promise<LiveProcess> {
  const args = [
    '--import',
    'tsx',
    'src/server/main.ts',
    '--no-build',
    '--host',
    '127.0.0.1',
    '--port',
    String(options.port),
    ...sharedArgs(options),
    ...(options.redis ? ['--redis', options.redis] : []),
    ...(options.maxConnectionsPerKey
      ? ['--max-connections-per-key', String(options.maxConnectionsPerKey)]
      : []),
    ...(options.showClock ? ['--show-clock', options.showClock] : []),
    ...(options.maxFollowers ? ['--max-followers', String(options.maxFollowers)] : []),
  ];
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines = await waitForOutput(child, (l) => l.length >= roleLines, 30_000);
  const links = Object.fromEntries(
    lines.map((line) => {
      const at = line.indexOf(': ');
      return [line.slice(0, at), line.slice(at + 2)];
    }),
  );
  return { pid: child.pid ?? -1, links, stop: makeStop(child) };
}

/** The link the live server printed for `role`; the test fails at once if it printed none. */
export function link(server: LiveProcess, role: string): string {
  const url = server.links[role];
  if (!url) throw new Error(`The live server printed no "${role}" link.`);
  return url;
}

/** Starts Debian's redis-server on loopback, with nothing saved to disk. */
export async function startRedis(port: number): Promise<TestProcess> {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  await waitForOutput(
    child,
    (l) => l.some((x) => x.includes('Ready to accept connections')),
    15_000,
  );
  return { pid: child.pid ?? -1, stop: makeStop(child) };
}

/**
 * Runs `npm run live -- new-link NAME` with the server's options (as a host at another
 * terminal would, while the server runs) and resolves with what it printed on stdout.
 */
export function runNewLink(options: LiveServerOptions, name: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    execFile(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/server/main.ts',
        'new-link',
        name,
        '--port',
        String(options.port),
        ...sharedArgs(options),
      ],
      { cwd: root, timeout: 30_000 },
      (error, stdout, stderr) =>
        error ? reject(new Error(`${error.message}\n${stderr}`)) : resolvePromise(stdout),
    );
  });
}

/**
 * Starts Debian's Caddy as a user process: HTTPS on `127.0.0.1:port` with its internal
 * certificate authority, the live server on `upstream` under `/webinar/` (the prefix
 * stripped, as README's configuration does), its storage in `dir`, no admin endpoint.
 */
export async function startCaddy(
  port: number,
  httpPort: number,
  upstream: number,
  dir: string,
): Promise<TestProcess> {
  mkdirSync(dir, { recursive: true });
  const config = join(dir, 'Caddyfile');
  writeFileSync(
    config,
    `{
\tadmin off
\tskip_install_trust
\tauto_https disable_redirects
\thttp_port ${httpPort}
\tstorage file_system {
\t\troot ${join(dir, 'storage')}
\t}
}

https://127.0.0.1:${port} {
\tbind 127.0.0.1
\ttls internal
\tredir /webinar /webinar/ 308
\thandle_path /webinar/* {
\t\treverse_proxy 127.0.0.1:${upstream}
\t}
}
`,
  );
  const child = spawn('caddy', ['run', '--config', config, '--adapter', 'caddyfile'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir },
  });
  // Caddy logs JSON lines on stderr; it is ready once it says it serves.
  await new Promise<void>((resolvePromise, reject) => {
    let seen = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Caddy did not start within 15 s:\n${seen}`));
    }, 15_000);
    child.stderr.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes('serving initial configuration')) {
        clearTimeout(timer);
        resolvePromise();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Caddy exited early with code ${code}:\n${seen}`));
    });
  });
  return { pid: child.pid ?? -1, stop: makeStop(child) };
}
