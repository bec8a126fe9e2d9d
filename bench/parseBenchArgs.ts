/** The command line of `npm run bench`. */

/** What one bench run does. */
export interface BenchOptions {
  /** Measured runs per site, after the warm-up. @defaultValue 7 */
  readonly runs: number;
  /** Warm-up runs per site, measured and thrown away. @defaultValue 1 */
  readonly warmup: number;
  /** Length of each idle-CPU window, in seconds. @defaultValue 10 */
  readonly idleSeconds: number;
  /** Where the results go, relative to the project. @defaultValue "bench/results.json" */
  readonly out: string;
  /** Port of the deck's server; the baseline's is the next one. 0 picks free ports. @defaultValue 0 */
  readonly port: number;
  /** Whether to build both sites first (off: measure what is in dist-bench/). @defaultValue true */
  readonly build: boolean;
  /**
   * A folder holding the deck already built (e.g. `dist`), measured instead of building it
   * again; the baseline is still built. @defaultValue null
   */
  readonly deckDir: string | null;
  /** Lighthouse runs per site, alternating, after the other rounds; 0 skips it. @defaultValue 3 */
  readonly lighthouseRuns: number;
}

/** The defaults, before the command line is merged over them. */
export const benchDefaults: BenchOptions = {
  runs: 7,
  warmup: 1,
  idleSeconds: 10,
  out: 'bench/results.json',
  port: 0,
  build: true,
  deckDir: null,
  lighthouseRuns: 3,
};

/** The usage text printed by `--help` and after a bad argument. */
export const benchUsage = `Usage: npm run bench -- [options]
  --runs N      measured runs per site, alternating deck and baseline (default ${benchDefaults.runs})
  --warmup N    warm-up runs per site, not counted (default ${benchDefaults.warmup})
  --idle S      seconds of each idle-CPU window (default ${benchDefaults.idleSeconds})
  --out FILE    results file (default ${benchDefaults.out})
  --port P      deck server port, baseline on P+1 (default: free ports)
  --deck DIR    measure the deck already built in DIR (e.g. dist) instead of building it
  --lighthouse N  Lighthouse runs per site, mobile (default ${benchDefaults.lighthouseRuns}; 0 skips it)
  --no-build    measure dist-bench/ as it is, without building`;

const INTEGER_FLAGS = {
  '--runs': 'runs',
  '--warmup': 'warmup',
  '--port': 'port',
  '--lighthouse': 'lighthouseRuns',
} as const;

/**
 * Parses the arguments after `npm run bench --` over `benchDefaults`.
 * @example parseBenchArgs(['--runs', '1', '--idle', '1']) // { ...benchDefaults, runs: 1, idleSeconds: 1 }
 * @throws Error naming the bad argument and what it should be.
 */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const options: { -readonly [K in keyof BenchOptions]: BenchOptions[K] } = { ...benchDefaults };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === '--no-build') {
      options.build = false;
      continue;
    }
    if (!(flag in INTEGER_FLAGS) && flag !== '--idle' && flag !== '--out' && flag !== '--deck') {
      throw new Error(`[bench] Unknown argument "${flag}".\n${benchUsage}`);
    }
    const value = argv[i + 1];
    if (value === undefined) throw new Error(`[bench] ${flag} needs a value.\n${benchUsage}`);
    i++;
    if (flag in INTEGER_FLAGS) {
      const key = INTEGER_FLAGS[flag as keyof typeof INTEGER_FLAGS];
      const n = Number(value);
      const min = key === 'runs' ? 1 : 0;
      if (!Number.isInteger(n) || n < min) {
        throw new Error(`[bench] ${flag}: expected an integer ≥ ${min}, got "${value}".`);
      }
      options[key] = n;
    } else if (flag === '--idle') {
      const s = Number(value);
      if (!Number.isFinite(s) || s <= 0) {
        throw new Error(`[bench] --idle: expected a number of seconds > 0, got "${value}".`);
      }
      options.idleSeconds = s;
    } else if (flag === '--deck') {
      options.deckDir = value;
    } else {
      options.out = value;
    }
  }
  return options;
}
