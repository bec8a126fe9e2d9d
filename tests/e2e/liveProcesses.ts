/**
 * Processes for the live-show tests: the live server as `npm run live` runs it (the same
 * program, on a port of our range, with its own data folder and secret), and Debian's
 * redis-server. Both bind 127.0.0.1 only, wait on what they print (bounded), and stop by
 * their own pid.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { loadModel } from '../../data/index.ts';

const root = resolve(import.meta.dirname, '../..');

/** The links a live server printed, by role: `host`, `deck`, `moderator`, `speaker <id>`. */
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
}

const roleLines = 3 + loadModel().speakers.length;

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
    '--data-dir',
    options.dataDir,
    '--secret-file',
    options.secretFile,
    ...(options.redis ? ['--redis', options.redis] : []),
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
