import { extract } from '../../src/extract/index.js';
import type { ExtractionResult } from '../../src/types.js';

export const run = (text: string, opts: { locale?: string; date?: string } = {}): ExtractionResult =>
  extract({ text, date: opts.date ?? null, locale: opts.locale ?? null });

export const names = (r: ExtractionResult): string[] => r.persons.map((p) => p.name);
export const person = (r: ExtractionResult, name: string) => r.persons.find((p) => p.name === name);
export const titlesOf = (r: ExtractionResult, name: string): string[] => person(r, name)?.titles.map((t) => t.full) ?? [];
export const event = (r: ExtractionResult, part: string) => r.events.find((e) => e.name.includes(part));
export const roster = (r: ExtractionResult, part: string): string[] =>
  event(r, part)?.participants.map((p) => `${p.name}:${p.roles.join('+')}`) ?? [];
