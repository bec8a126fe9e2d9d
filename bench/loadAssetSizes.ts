/** Sizes of a built site's files, gzipped as a server would send them. */
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What a file is, for the byte counts. */
export type AssetKind = 'js' | 'css' | 'font' | 'html' | 'other';

/** One file of a built site. */
export interface Asset {
  /** Path from the site's root, with "/" separators. */
  readonly path: string;
  readonly kind: AssetKind;
  readonly bytes: number;
  /** Gzipped size at zlib's default level, as Vite's build report counts it. */
  readonly gzip: number;
}

const KINDS: Readonly<Record<string, AssetKind>> = {
  '.js': 'js',
  '.mjs': 'js',
  '.css': 'css',
  '.woff2': 'font',
  '.woff': 'font',
  '.html': 'html',
};

/** Reads every file under `dir` and returns its raw and gzipped size, keyed by path. */
export async function loadAssetSizes(dir: string): Promise<Map<string, Asset>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const assets = new Map<string, Asset>();
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath, entry.name);
    const body = await readFile(file);
    const path = relative(dir, file).split(sep).join('/');
    assets.set(path, {
      path,
      kind: KINDS[extname(file)] ?? 'other',
      bytes: body.length,
      gzip: gzipSync(body).length,
    });
  }
  return assets;
}

/** Byte totals of one kind of file. */
export interface ByteTotals {
  readonly js: number;
  readonly css: number;
  /** Fonts are already compressed, so these are their raw sizes. */
  readonly fontBytes: number;
  readonly files: readonly string[];
}

/**
 * Adds up the gzipped JS and CSS (and the raw font bytes) of the given URLs, or of every
 * file when `urls` is omitted. URLs outside `siteUrl` and files not in `assets` are skipped.
 */
export function sumAssets(
  assets: ReadonlyMap<string, Asset>,
  siteUrl: string,
  urls?: readonly string[],
): ByteTotals {
  const paths = urls
    ? urls
        .filter((u) => u.startsWith(siteUrl))
        .map((u) => decodeURIComponent(new URL(u).pathname.slice(new URL(siteUrl).pathname.length)))
    : [...assets.keys()];
  const files = [...new Set(paths)].filter((p) => assets.has(p)).sort();
  let js = 0;
  let css = 0;
  let fontBytes = 0;
  for (const path of files) {
    const asset = assets.get(path)!;
    if (asset.kind === 'js') js += asset.gzip;
    else if (asset.kind === 'css') css += asset.gzip;
    else if (asset.kind === 'font') fontBytes += asset.bytes;
  }
  return { js, css, fontBytes, files };
}
