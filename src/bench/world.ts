// The fictional world a synthetic corpus is written about: cities with their counties,
// institutions and office holders, and the reporters of each city's paper. Built once per
// corpus from the seed; small (about 60 people per city), so it may stay in memory.
import type { Rng } from './prng.js';
import type { PostSpec, WordLists } from './wordlists.js';
import type { PrintedTitle } from './gold.js';

export interface Person {
  name: string;
  group: PostSpec['group'];
  /** The full title chain as printed before the name. */
  chain: PrintedTitle[];
  /** Index into city.counties for county officials. */
  county?: number;
}

export interface City {
  /** 云岭市 */
  name: string;
  /** 云岭 */
  short: string;
  province: string;
  counties: string[];
  university: string;
  hospital: string;
  company: string;
  people: Person[];
  reporters: string[];
  photographers: string[];
  correspondents: string[];
  /** Convenient handles on the leadership, by position in posts.txt. */
  leaders: Person[];
}

export interface World {
  cities: City[];
  foreign: { name: string; country: string }[];
}

/** Draws personal names that are unique across the whole world. */
export class NameMaker {
  private used = new Set<string>();
  constructor(private rng: Rng, private words: WordLists) {}

  person(): string {
    for (let attempt = 0; attempt < 1000; attempt++) {
      const surname = this.rng.pick(this.words.surnames);
      // Compound surnames take one given character, like most real 欧阳X / 司马X names … or two.
      const n = this.rng.chance(surname.length > 1 ? 0.5 : 0.15) ? 1 : 2;
      let given = '';
      for (let i = 0; i < n; i++) given += this.rng.pick(this.words.givenChars);
      const name = surname + given;
      if (!this.used.has(name)) {
        this.used.add(name);
        return name;
      }
    }
    throw new Error('name space exhausted: add surnames or given-name characters to src/bench/data');
  }

  reserve(name: string): boolean {
    if (this.used.has(name)) return false;
    this.used.add(name);
    return true;
  }
}

export function placeName(rng: Rng, words: WordLists, used: Set<string>): string {
  for (let attempt = 0; attempt < 10000; attempt++) {
    const n = rng.pick(words.placeFirst) + rng.pick(words.placeSecond);
    if (!used.has(n)) {
      used.add(n);
      return n;
    }
  }
  throw new Error('place-name space exhausted: add characters to src/bench/data/place-*.txt');
}

function fill(template: string, city: Omit<City, 'people' | 'leaders' | 'reporters' | 'photographers' | 'correspondents'>, county?: string): string {
  return template
    .replaceAll('{P}', city.province)
    .replaceAll('{C}', city.name)
    .replaceAll('{c}', city.short)
    .replaceAll('{X}', county ?? '')
    .replaceAll('{k}', county ? county.slice(-1) : '')
    .replaceAll('{U}', city.university)
    .replaceAll('{H}', city.hospital)
    .replaceAll('{Co}', city.company);
}

export function buildWorld(rng: Rng, words: WordLists, cityCount: number, names: NameMaker): World {
  const usedPlaces = new Set<string>();
  const cities: City[] = [];
  for (let i = 0; i < cityCount; i++) {
    const short = placeName(rng, words, usedPlaces);
    const base = {
      name: `${short}市`,
      short,
      province: words.provinces[i % words.provinces.length] ?? '北川省',
      counties: [`${placeName(rng, words, usedPlaces)}县`, `${placeName(rng, words, usedPlaces)}县`, `${placeName(rng, words, usedPlaces)}区`],
      university: `${short}大学`,
      hospital: `${short}市第一人民医院`,
      company: `${short}${rng.pick(words.industries)}集团`,
    };
    const people: Person[] = [];
    const leaders: Person[] = [];
    for (const spec of words.posts) {
      const counties = spec.group === 'county' ? base.counties.map((_, k) => k) : [undefined];
      for (const county of counties) {
        for (let n = 0; n < spec.count; n++) {
          const countyName = county === undefined ? undefined : base.counties[county];
          const chain = spec.chain.map((p) => ({
            title: fill(p.title, base, countyName),
            orgs: p.orgs.map((o) => fill(o, base, countyName)),
          }));
          const person: Person = { name: names.person(), group: spec.group, chain, ...(county === undefined ? {} : { county }) };
          people.push(person);
          if (spec.group === 'leader') leaders.push(person);
        }
      }
    }
    const staff = (k: number) => Array.from({ length: k }, () => names.person());
    cities.push({ ...base, people, leaders, reporters: staff(6), photographers: staff(2), correspondents: staff(3) });
  }
  const foreign: World['foreign'] = [];
  for (const f of words.foreign) {
    for (const family of words.foreignFamily) {
      const name = `${f.given}·${family}`;
      if (names.reserve(name)) foreign.push({ name, country: f.country });
    }
  }
  return { cities, foreign };
}
