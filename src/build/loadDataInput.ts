/**
 * Loads the authored data (`data/index.ts`) at build time. vite.config.ts does not import it
 * directly: a syntax mistake in a data file would then fail while Vite bundles the config,
 * with a parser error and a stack trace, before any of our code could explain it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { runnerImport } from 'vite';
import { checkDataSyntax } from './checkDataSyntax.ts';

/** Options for `loadDataInput`. */
export interface LoadDataOptions {
  /** The project's root. */
  readonly root: string;
  /** The data folder. @defaultValue "<root>/data" */
  readonly dataDir?: string;
}

/**
 * Checks every data file's syntax, then imports `data/index.ts` and returns its
 * `modelInput`, unvalidated.
 * @throws Error naming the file and line of a syntax mistake, in plain words.
 */
export async function loadDataInput(options: LoadDataOptions): Promise<unknown> {
  const dir = options.dataDir ?? join(options.root, 'data');
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .sort();
  const problems = files.flatMap((name) => {
    const path = join(dir, name);
    const problem = checkDataSyntax(readFileSync(path, 'utf8'), relative(options.root, path));
    return problem ? [problem.message] : [];
  });
  if (problems.length > 0) throw new Error(problems.join('\n'));
  // configFile: false, or the runner would load vite.config.ts, and with it this plugin, again.
  const { module } = await runnerImport<{ modelInput: unknown }>(join(dir, 'index.ts'), {
    root: options.root,
    configFile: false,
    logLevel: 'silent',
  });
  return module.modelInput;
}
