// extract(): one document in, every fact with its provenance out. Pure and synchronous; the
// rules live in the modules beside this one and their word lists in ./lexicons.
import { hash as digest } from 'node:crypto';
import type { DocumentInput, ExtractionResult, Evidence, Role, Title, PersonMention } from '../types.js';
import { normalizeText } from './normalize.js';
import { segmentArticles, headingText } from './segment.js';
import { splitSentences, type Sentence } from './sentences.js';
import { findBylines } from './bylines.js';
import { applyMask, quotedSpans, type Span } from './mask.js';
import { findPersons, type SentenceRef } from './persons.js';
import { inferCounty, inferLocale, resolveOrg } from './locale.js';
import { findDates } from './dates.js';
import { eventsFromHeadings, eventsFromSentence, eventsLedByPersons, isBareKind, isLedKind, isWholeHeadline, ledPatterns, sentenceCues, type EventHit, type SentenceCues } from './events.js';
import { nextVerb, rolesOfVerb } from './participation.js';
import { findOrgs } from './orgs.js';
import { lexicon } from './lexicon.js';
import { profileSimilarity, nameProfile, normEventName, unquotedEventName, type NameProfile } from './similarity.js';

export interface ExtractOptions {
  /** Home locale hint (`大同市`), overrides inference. */
  locale?: string | null;
  /** Publication date `YYYY-MM-DD`. */
  date?: string | null;
}

type DocSentence = Sentence & SentenceRef;

// the eight combinations of sentence cues (bit 1 verbs, 2 passing, 4 ordinal), shared: most
// sentences have none
const CUES: readonly SentenceCues[] = Array.from({ length: 8 }, (_, bits) => ({ verbs: (bits & 1) > 0, passing: (bits & 2) > 0, ordinal: (bits & 4) > 0 }));
/** What a sentence with no cue reports (shared, never added to). */
const NO_HITS: readonly EventHit[] = [];

const LISTED_AFTER = /^\s*(出席|参加|列席)[^，。；：]{0,20}?的[^，。；：]{0,6}?有[：:]?/;
const INSPECTION = /(?:调研|考察|视察|检查|督导|慰问|暗访)$/;

function publicationDate(text: string): string | null {
  const head = text.slice(0, 2000);
  // a paper's dateline (2026年5月12日 星期二) or a web page's 发布时间：2026-05-06
  // (each RegExp runs only when the head holds the character it needs: most pages have neither)
  const m = ((head.includes('期') || head.includes('周')) && /(\d{4})年(\d{1,2})月(\d{1,2})日\s*(?:星期|周)[一二三四五六日天]/.exec(head)) || ((head.includes('期') || head.includes('间')) && /(?:发布时间|发布日期|发表时间|日期|时间)[：:]\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(head)) || null;
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : null;
}

export function extract(input: DocumentInput, opts: ExtractOptions = {}): ExtractionResult {
  const text = normalizeText(input.text);
  // one-shot hashing: no Hash object per document
  const hash = digest('sha256', text, 'hex');
  const pub = opts.date ?? input.date ?? publicationDate(text);
  const locale = inferLocale(text, opts.locale ?? input.locale, input.source);
  const articles = segmentArticles(text);
  // 县委 in an article about a county is that county's: read per article
  const counties = new Map<number, string | null>();
  const countyOf = (article: number): string | null => {
    if (locale.county) return locale.county;
    let c = counties.get(article);
    if (c === undefined) {
      const a = articles[article];
      counties.set(article, (c = a ? inferCounty(text.slice(a.start, a.end)) : null));
    }
    return c;
  };

  // sentences of every article, headings first as they are printed
  const sentences: DocSentence[] = [];
  for (const a of articles) {
    for (const l of a.headings) splitSentences(l.text, l.start, true, a.index, sentences);
    for (const l of a.body) splitSentences(l.text, l.start, false, a.index, sentences);
  }
  // a headline printed after its body joins the article before it: keep document order
  // (a page in order needs no sort)
  let inOrder = true;
  for (let i = 1; i < sentences.length && inOrder; i++) inOrder = sentences[i - 1]!.start <= sentences[i]!.start;
  if (!inOrder) sentences.sort((x, y) => x.start - y.start);
  const evidence = (article: number, start: number, end: number, sentence: Sentence): Evidence => ({ article, start, end, sentence: sentence.text.trim() });

  // bylines are credits, not people: mask them (and quotations) before reading names
  const bylineHits = findBylines(text);
  const bylineSpans: Span[] = bylineHits.map((b) => b.span);
  const unbylined = applyMask(text, bylineSpans);
  const quotes = quotedSpans(unbylined);
  const masked = applyMask(unbylined, quotes);
  const sentenceIndexAt = (pos: number): number => {
    // sentences are in document order: binary search keeps this linear overall
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid]!;
      if (pos < s.start) hi = mid - 1;
      else if (pos >= s.end) lo = mid + 1;
      else return mid;
    }
    return -1;
  };
  const sentenceAt = (pos: number): DocSentence | undefined => sentences[sentenceIndexAt(pos)];

  // persons
  const mentions = findPersons(masked, sentences, quotes);
  // by sentence index (an array: read once or twice per sentence)
  const mentionsBySentence: (typeof mentions | undefined)[] = [];
  for (const m of mentions) (mentionsBySentence[m.sentence] ??= []).push(m);
  const persons = new Map<string, PersonMention>();
  for (const m of mentions) {
    const sent = sentences[m.sentence]!;
    let p = persons.get(m.name);
    if (!p) {
      p = { key: `p${persons.size}`, name: m.name, titles: [], orgs: [], labels: [], mentions: [] };
      persons.set(m.name, p);
    }
    p.mentions.push(evidence(sent.article, m.start, m.end, sent));
    if (m.label && !p.labels.includes(m.label)) p.labels.push(m.label);
    for (const t of m.titles) {
      if (p.titles.some((x) => x.full === t.full)) continue;
      const title: Title = { text: t.text, full: t.full, post: t.post, org: t.org, qualifier: t.qualifier, orgFull: t.org ? resolveOrg(t.org, locale, countyOf(sent.article)) : null };
      p.titles.push(title);
      if (title.orgFull && !p.orgs.includes(title.orgFull)) p.orgs.push(title.orgFull);
    }
  }

  // events: headline groups, then sentences; one event per document
  type DocEvent = { key: string; name: string; kind: string; hits: DocHit[]; place: string | null };
  const events: DocEvent[] = [];
  const allHits: DocHit[] = [];
  // which event readings each sentence needs (most sentences hold no event verb)
  // (as bits per sentence: 1 verbs, 2 passing, 4 ordinal; read through shared cue objects; a plain
  // array: a typed array costs more to allocate than most pages have sentences)
  const cueBits: number[] = [];
  const mark = (positions: number[], bit: number): void => {
    for (const pos of positions) {
      const i = sentenceIndexAt(pos);
      if (i >= 0) cueBits[i] = (cueBits[i] ?? 0) | bit;
    }
  };
  const cuesAt = sentenceCues(unbylined);
  mark(cuesAt.verbs, 1);
  mark(cuesAt.passing, 2);
  mark(cuesAt.ordinals, 4);
  const addHit = (h: EventHit, source: EventHit['source'], article: number): void => {
    allHits.push(located(h, source, article, allHits.length));
  };
  const sentencesByArticle = new Map<number, number[]>();
  sentences.forEach((s, i) => push(sentencesByArticle, s.article, i));
  for (const a of articles) {
    for (const h of eventsFromHeadings(a.headings)) addHit(h, h.source, a.index);
    const leadEnd = a.body[0]?.end ?? -1;
    for (const si of sentencesByArticle.get(a.index) ?? []) {
      const s = sentences[si]!;
      // only a sentence naming someone can report an event they lead
      const named = mentionsBySentence[si];
      // (the sentence's unmasked text is sliced once for both readings)
      const plain = named ? unbylined.slice(s.start, s.end) : undefined;
      const led = plain !== undefined ? eventsLedByPersons(plain, s.start, named!, s.heading ? 'headline' : 'sentence') : [];
      if (s.heading) {
        for (const h of led) addHit(h, h.source, a.index);
        continue;
      }
      const cues = cueBits[si] ?? 0;
      const found = cues ? eventsFromSentence(plain ?? unbylined.slice(s.start, s.end), s.start, CUES[cues]!) : NO_HITS;
      const hits = led.length ? [...led, ...found] : found;
      // an ordinal name inside another event's name is part of it
      for (const h of hits) {
        if (hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.name.length > h.name.length)) continue;
        addHit(h, s.end <= leadEnd ? 'sentence' : h.source, a.index);
      }
    }
  }
  // the comparison below is pairwise: it depends only on a hit's kind and name, so each
  // distinct (kind, name) is normalised once and each pair of them compared once
  // (keyed by kind, then name: no key string built per hit)
  const sigOf = new Map<string, Map<string, number>>();
  const sigs: { kind: string; norm: string; normP: NameProfile; bareP: NameProfile; kindOnly: boolean }[] = [];
  for (const h of allHits) {
    let ofKind = sigOf.get(h.kind);
    if (!ofKind) sigOf.set(h.kind, (ofKind = new Map()));
    let id = ofKind.get(h.name);
    if (id === undefined) {
      const norm = normEventName(h.name);
      id = sigs.length;
      sigs.push({ kind: h.kind, norm, normP: nameProfile(norm), bareP: nameProfile(unquotedEventName(h.name)), kindOnly: isBareKind(h.name) });
      ofKind.set(h.name, id);
    }
    h.sig = id;
  }
  // the signatures similar to each (found when a signature first appears: pairs of distinct
  // signatures only), and the earliest event holding each: a hit joins the earliest event that
  // holds a similar signature, found without scanning every event (a long page has hundreds)
  const similar: number[][] = sigs.map(() => []);
  // signatures by kind, and which kinds agree, so only pairs of agreeing kinds are compared
  const byKind = new Map<string, number[]>();
  sigs.forEach((x, i) => push(byKind, x.kind, i));
  const kinds = [...byKind.keys()];
  const agreeing = new Map(kinds.map((k) => [k, kinds.filter((j) => kindsAgree(k, j))]));
  for (let b = 0; b < sigs.length; b++) {
    similar[b]!.push(b);
    for (const kind of agreeing.get(sigs[b]!.kind)!) for (const a of byKind.get(kind)!) {
      if (a >= b) continue;
      const x = sigs[a]!;
      const y = sigs[b]!;
      if ((profileSimilarity(x.normP, y.normP) >= 0.6 || profileSimilarity(x.bareP, y.bareP) >= 0.6 || (x.kindOnly && y.norm.endsWith(x.norm)) || (y.kindOnly && x.norm.endsWith(y.norm)))) {
        similar[a]!.push(b);
        similar[b]!.push(a);
      }
    }
  }
  // (read once per hit, and only for a headline that may join another)
  const complete = (h: DocHit): boolean => (h.complete ??= isLedKind(h.kind) || isWholeHeadline(text.slice(h.start, h.end)));
  const firstEventOf = new Map<number, number>(); // signature → index of the earliest event holding it
  const headlineOnly: boolean[] = []; // per event: every hit so far is a headline
  const hitsOfArticle = new Map<number, DocHit[]>(); // grouped so far, by article
  for (const h of allHits) {
    const hs = h.sig;
    let best = -1;
    for (const sig of similar[hs]!) {
      const e = firstEventOf.get(sig);
      if (e !== undefined && (best < 0 || e < best)) best = e;
    }
    if (best < 0) best = eventOfLead(h, hitsOfArticle.get(h.article) ?? [], articles[h.article]!.body[0]?.end ?? -1, complete);
    let target: DocEvent;
    if (best >= 0) {
      target = events[best]!;
      const onlyHeadlines = headlineOnly[best]!;
      target.hits.push(h);
      headlineOnly[best] = onlyHeadlines && h.source === 'headline';
      // prefer the fuller name a sentence gives over a headline's
      if (h.source === 'sentence' && (onlyHeadlines || h.name.length > target.name.length)) target.name = h.name;
      if (!target.place && h.place) target.place = h.place;
    } else {
      best = events.length;
      target = { key: `e${events.length}`, name: h.name, kind: h.kind, hits: [h], place: h.place };
      events.push(target);
      headlineOnly.push(h.source === 'headline');
    }
    if (!firstEventOf.has(hs) || firstEventOf.get(hs)! > best) firstEventOf.set(hs, best);
    h.event = best;
    push(hitsOfArticle, h.article, h);
  }

  // dates: the date in the event's sentence, else the article's lead date
  const dateOf = (h: DocHit): { date: string | null; endDate: string | null } => {
    const a = articles[h.article]!;
    const sent = h.source === 'headline' ? null : sentenceAt(h.start);
    const pick = (from: number, to: number): { date: string | null; endDate: string | null } | null => {
      const hits = findDates(text.slice(from, to), pub);
      let last: { date: string | null; endDate: string | null } | null = null;
      for (const d of hits) {
        if (d.sameDay) {
          const before = findDates(text.slice(a.start, from + d.start), pub).filter((x) => x.date);
          const prev = before[before.length - 1];
          if (prev) last = { date: prev.date, endDate: prev.endDate };
        } else last = { date: d.date, endDate: d.endDate };
        if (from + d.start > h.start && last) break;
      }
      return last;
    };
    if (sent) {
      const d = pick(sent.start, sent.end);
      if (d) return d;
    }
    const lead = a.body[0];
    if (lead) {
      const d = pick(lead.start, Math.min(lead.end, lead.start + 80));
      if (d) return d;
    }
    return { date: null, endDate: null };
  };

  // participation: each sentence speaks of the latest event its article has named so far
  const participants = new Map<DocEvent, Map<string, { roles: Role[]; ev: Evidence; order: number }>>();
  let order = 0;
  // per article: its sentence hits by position (with the order they were found) and its first
  // headline hit; sentences come in document order, so one cursor per article walks them (linear)
  const byArticle = new Map<number, { sorted: DocHit[]; cursor: number; headline: DocHit | undefined }>();
  for (const h of allHits) {
    let a = byArticle.get(h.article);
    if (!a) byArticle.set(h.article, (a = { sorted: [], cursor: 0, headline: undefined }));
    if (h.source !== 'headline') a.sorted.push(h);
    else if (!a.headline || h.start < a.headline.start) a.headline = h;
  }
  for (const a of byArticle.values()) a.sorted.sort((x, y) => x.start - y.start);
  sentences.forEach((s, si) => {
    const a = byArticle.get(s.article);
    if (!a) return;
    while (a.cursor < a.sorted.length && a.sorted[a.cursor]!.start < s.start) a.cursor++;
    // the event named in this very sentence wins (the first found); else the latest before it; else the headline's
    let inSentence: DocHit | undefined;
    for (let j = a.cursor; j < a.sorted.length && a.sorted[j]!.start < s.end; j++) {
      const x = a.sorted[j]!;
      if (!inSentence || x.seq < inSentence.seq) inSentence = x;
    }
    const h = inSentence ?? a.sorted[a.cursor - 1] ?? a.headline;
    if (!h) return;
    // the rest reads the sentence's mentions: most sentences have none
    const named = mentionsBySentence[si];
    if (!named) return;
    const ev = events[h.event]!;
    // read only for a mention no verb gives a role to
    let passing: boolean | undefined;
    const ms = masked.slice(s.start, s.end);
    const meeting = ledPatterns().meeting.test(ms);
    // `参加开工仪式的有：A、B`: the verb comes first and gives everyone listed after it their role
    const listedAfter = LISTED_AFTER.exec(ms);
    const listedRole = listedAfter ? (lexicon().roleVerbs.get(listedAfter[1]!) as Role | undefined) ?? null : null;
    // names listed before one verb share it: the scan for the next verb is reused while it
    // lies ahead of the name (one scan per sentence for a list)
    let verbFrom = -1;
    let verbAt = -1;
    for (const m of named) {
      const after = m.end - s.start;
      if (verbFrom < 0 || after < verbFrom || (verbAt >= 0 && after > verbAt)) {
        verbFrom = after;
        verbAt = nextVerb(ms, after);
      }
      // a guest named after 会见 met the host
      const metBy = meeting && ledPatterns().meetingOpen.test(ms.slice(0, m.start - s.start));
      const listed = listedRole && listedAfter && m.start - s.start >= listedAfter.index + listedAfter[0].length ? ([listedRole] as Role[]) : null;
      let found = (verbAt >= 0 ? rolesOfVerb(ms, verbAt) : null) ?? (metBy ? (['会见'] as Role[]) : null) ?? listed;
      if (!found) {
        passing ??= !!inSentence && /在[^，。]{2,50}(?:上|中|期间)/.test(s.text);
        if (passing) found = ['出席'];
      }
      // inspecting (调研) is taking part only in an inspection, not in a meeting reported beside it
      const roles = found && found.includes('调研') ? found.filter((r) => r !== '调研' || INSPECTION.test(ev.kind)) : found;
      if (!roles?.length) continue;
      let list = participants.get(ev);
      if (!list) participants.set(ev, (list = new Map()));
      const cur = list.get(m.name);
      if (cur) {
        for (const r of roles) if (!cur.roles.includes(r)) cur.roles.push(r);
      } else list.set(m.name, { roles, ev: evidence(s.article, m.start, m.end, s), order: order++ });
    }
  });

  // organisations: named by suffix anywhere, and every organisation of a title
  const orgs = new Map<string, { name: string; fullName: string; parent: string | null; mentions: Evidence[] }>();
  const addOrg = (name: string, ev: Evidence): void => {
    const fullName = resolveOrg(name, locale, countyOf(ev.article));
    const o = orgs.get(fullName);
    if (o) o.mentions.push(ev);
    else orgs.set(fullName, { name, fullName, parent: null, mentions: [ev] });
  };
  for (const s of sentences) {
    // (a sentence's text is the document's text at its offsets: read in the page)
    for (const o of findOrgs(text, s.start, s.end)) addOrg(o.name, evidence(s.article, o.start, o.end, s));
  }
  for (const p of persons.values()) for (const t of p.titles) if (t.org) addOrg(t.org, p.mentions[0]!);
  // an event's name is not an institution (第二届…论坛)
  for (const e of events) for (const h of e.hits) orgs.delete(resolveOrg(h.name, locale, countyOf(h.article)));
  // (event names by last character, so each organisation is compared with the few names it
  // can end: a long page has hundreds of each)
  const namesByLast = new Map<number, Set<string>>();
  for (const e of events) {
    for (const h of e.hits) {
      const key = h.name.charCodeAt(h.name.length - 1);
      let set = namesByLast.get(key);
      if (!set) namesByLast.set(key, (set = new Set()));
      set.add(h.name);
    }
  }
  const endsAnEvent = (name: string): boolean => {
    const set = name ? namesByLast.get(name.charCodeAt(name.length - 1)) : undefined;
    if (set) for (const n of set) if (n.endsWith(name)) return true;
    return false;
  };
  for (const [k, o] of orgs) if (endsAnEvent(o.name)) orgs.delete(k);
  // the parent is the longest other organisation the name starts with (市委组织部 → 市委)
  // (only lengths some organisation has are tried: a flag per length, read like a Set)
  const lengths: boolean[] = [];
  for (const k of orgs.keys()) lengths[k.length] = true;
  for (const o of orgs.values()) {
    o.parent = null;
    for (let len = o.fullName.length - 1; len >= 2; len--) {
      if (lengths[len] && orgs.has(o.fullName.slice(0, len))) {
        o.parent = o.fullName.slice(0, len);
        break;
      }
    }
  }

  return {
    document: {
      hash,
      file: input.file ?? null,
      title: input.title ?? (articles[0]?.headings[0] ? headingText(articles[0].headings[0].text) : null),
      date: pub ?? null,
      source: input.source ?? null,
      url: input.url ?? null,
      locale,
      text,
    },
    articles: articles.map((a) => ({
      index: a.index,
      headline: a.headings.length ? a.headings.map((h) => headingText(h.text)).join(' ') : null,
      start: a.start,
      end: a.end,
      kind: a.kind,
    })),
    persons: [...persons.values()],
    bylines: dedupeBylines(bylineHits.map((b) => {
      const s = sentenceAt(b.start) ?? sentences[0]!;
      return { name: b.name, role: b.role, evidence: evidence(s?.article ?? 0, b.start, b.end, s ?? { text: '', start: 0, end: 0, heading: false }) };
    })),
    organizations: [...orgs.values()],
    events: events.map((e) => {
      const first = e.hits.find((h) => h.source === 'sentence') ?? e.hits[0]!;
      // the first hit with a date (hits after it need not be dated)
      let dated: { date: string | null; endDate: string | null } = { date: null, endDate: null };
      for (const h of e.hits) {
        const d = dateOf(h);
        if (d.date) {
          dated = d;
          break;
        }
      }
      const s = sentenceAt(first.start) ?? sentences[0]!;
      // in the order found: a list is filled in that order (a Map keeps insertion order)
      const list = [...(participants.get(e)?.entries() ?? [])];
      return {
        key: e.key,
        name: e.name,
        kind: e.kind,
        date: dated.date,
        endDate: dated.endDate,
        place: e.place,
        evidence: evidence(first.article, first.start, first.end, s),
        participants: list.map(([name, x], i) => ({
          person: persons.get(name)?.key ?? name,
          name,
          role: x.roles[0]!,
          roles: x.roles,
          order: i,
          evidence: x.ev,
        })),
      };
    }),
  };
}

/** Two event kinds that can name the same event (会议 and 专题会 can; 研讨会 and 颁奖仪式 cannot). */
function kindsAgree(a: string, b: string): boolean {
  return a === b || a.endsWith(b) || b.endsWith(a) || (a.endsWith('会') && b.endsWith('会议')) || (b.endsWith('会') && a.endsWith('会议'));
}

/**
 * An event hit of a document: its article, and where the grouping puts it (its order among the
 * document's hits, its signature and event), as fields rather than Maps keyed by hit.
 */
interface DocHit extends EventHit {
  article: number;
  seq: number;
  sig: number;
  event: number;
  /** A complete headline (see `eventOfLead`), once read. */
  complete?: boolean;
}

/**
 * An event hit with its article and its order among the document's hits; its signature and
 * event (-1 here) are set by the grouping. Built field by field: object spread is slow here.
 */
function located(h: EventHit, source: EventHit['source'], article: number, seq: number): DocHit {
  return { name: h.name, kind: h.kind, start: h.start, end: h.end, place: h.place, source, article, seq, sig: -1, event: -1 };
}

/**
 * The event a hit like no other joins among its article's hits grouped so far (-1: none): a
 * headline group and the lead below it report one event, the lead's being that of the headline
 * printed closest above it; except two complete headlines (each ending in its verb, `…会议召开`,
 * or a person's visit or meeting, `…会见某国大使`), which are two articles' headlines printed
 * back to back, the body below being the second's. `leadEnd` is where the article's lead ends.
 */
function eventOfLead(h: DocHit, earlier: readonly DocHit[], leadEnd: number, complete: (x: DocHit) => boolean): number {
  let best = -1;
  let above = -1;
  let aboveAt = -1;
  for (const o of earlier) {
    const event = o.event;
    if (o.source === 'headline' && h.start <= leadEnd) {
      if (h.source === 'headline') {
        if ((best < 0 || event < best) && !(complete(h) && complete(o))) best = event;
      } else if (o.start < h.start && o.start > aboveAt) {
        above = event;
        aboveAt = o.start;
      } else if (best < 0 || event < best) best = event;
    } else if (h.source === 'headline' && o.start <= leadEnd && o.source !== 'headline' && (best < 0 || event < best)) best = event;
  }
  return above >= 0 ? above : best;
}

/** Appends to the list under a key (no copying: pages can hold many sentences). */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function dedupeBylines<T extends { name: string; role: string }>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((b) => (seen.has(b.name + b.role) ? false : (seen.add(b.name + b.role), true)));
}
