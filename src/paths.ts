// Locates files shipped with the package (lexicons, saved queries, the built viewer) the same
// way whether the code runs from src/ (tests) or from dist/src/ (the CLI).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The directory holding this package's package.json. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'schema'))) return (root = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error('kg: cannot find the package root above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
}

/** A path inside the package, e.g. fromRoot('src', 'extract', 'lexicons', 'surnames.txt'). */
export const fromRoot = (...parts: string[]): string => join(packageRoot(), ...parts);
