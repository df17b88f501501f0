// Reading a generated corpus back: its page files in order, and the city each page is from.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Page { file: string; path: string }

export function listPages(dir: string): Page[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, path: join(dir, file) }));
}

/** The masthead `云岭日报` names the home city `云岭市`, used to resolve `市委` → `云岭市委`. */
export function localeOf(text: string): string | undefined {
  const m = /^(\p{Script=Han}{2,4})日报/u.exec(text);
  return m ? `${m[1]}市` : undefined;
}

export function readPage(p: Page): string {
  return readFileSync(p.path, 'utf8');
}
