// Writes one synthetic news article about one meeting, in the manner of a city party paper,
// and records in the page's GoldCollector exactly what the text says (names, title chains,
// organisations, the event and who did what in it).
import type { GoldCollector, GoldParticipant } from './gold.js';
import type { Rng } from './prng.js';
import type { WordLists } from './wordlists.js';
import type { City, Person, World } from './world.js';

export interface ArticleContext {
  rng: Rng;
  words: WordLists;
  world: World;
  city: City;
  /** The day the meeting took place (the page is printed the day after). */
  date: Date;
  gold: GoldCollector;
  /** When set, the page credits one reporter at its foot, so articles carry no byline of their own. */
  groupCredit: boolean;
}

export interface WrittenArticle {
  headline: string;
  subhead: string | null;
  /** A line printed between the headlines and the body (□ 本报记者 X). */
  box: string | null;
  paragraphs: string[];
  /** Event name, so a later piece on the same page can report the same meeting. */
  event: string;
}

export const MEETING_KINDS = ['conference', 'standing', 'government', 'symposium', 'forum', 'ceremony', 'meeting', 'inspection'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

// Positions in posts.txt's leader lines: who chairs what is fixed by protocol.
const SECRETARY = 0, MAYOR = 1, NPC = 2, CPPCC = 3, DEPUTY = 4, PROPAGANDA = 6, SECRETARY_GENERAL = 7, EXEC_VICE_MAYOR = 8;
const STANDING = [5, 6, 7, 8, 9];
const VICE_MAYORS = [10, 11, 12, 13];
const OTHER_LEADERS = [8, 9, 10, 11, 12, 13, 14, 15, 16, 17];

export const md = (d: Date): string => `${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
export const cnDate = (d: Date): string => `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;

function leader(city: City, i: number): Person {
  const p = city.leaders[i];
  if (!p) throw new Error(`posts.txt defines too few leaders (need #${i})`);
  return p;
}

function inGroup(city: City, group: Person['group'], county?: number): Person[] {
  return city.people.filter((p) => p.group === group && (county === undefined || p.county === county));
}

/** `省委常委、市委书记` + name, recorded in the gold with every post of the chain. */
function chained(ctx: ArticleContext, p: Person): string {
  ctx.gold.person(p.name, p.chain);
  return p.chain.map((t) => t.title).join('、') + p.name;
}

/** `市领导A、B、C`: the label is no post, so the gold lists it as optional. */
function labelled(ctx: ArticleContext, label: string, people: Person[], orgs: string[] = []): string {
  for (const p of people) ctx.gold.labelled(p.name, label, orgs);
  return label + people.map((p) => p.name).join('、');
}

const part = (p: Person, ...role: string[]): GoldParticipant => ({ name: p.name, role });

function filler(ctx: ArticleContext, n: number): string {
  return ctx.rng.sample(ctx.words.filler, n).join('');
}

function body(ctx: ArticleContext): string[] {
  return Array.from({ length: ctx.rng.int(2, 4) }, () => filler(ctx, ctx.rng.int(2, 4)));
}

/** The lead's opening: `本报讯（记者 X）` or its variants; records the bylines. */
function lead(ctx: ArticleContext): { open: string; close: string; box: string | null } {
  const { rng, city, gold } = ctx;
  if (ctx.groupCredit) return { open: '本报讯 ', close: '', box: null };
  const reporter = rng.pick(city.reporters);
  const style = rng.int(0, 3);
  gold.byline(reporter, '记者');
  if (style === 0) return { open: `本报讯（记者 ${reporter}）`, close: '', box: null };
  if (style === 1) {
    const corr = rng.pick(city.correspondents);
    gold.byline(corr, '通讯员');
    return { open: `本报讯（记者 ${reporter} 通讯员 ${corr}）`, close: '', box: null };
  }
  if (style === 2) return { open: '', close: '', box: `□ 本报记者 ${reporter}` };
  return { open: '本报讯 ', close: `（${reporter}）`, box: null };
}

export function writeArticle(ctx: ArticleContext, kind: MeetingKind): WrittenArticle {
  const { rng, words, city, date, gold } = ctx;
  const day = cnDate(date);
  const topic = rng.pick(words.topics);
  const by = lead(ctx);
  const paragraphs: string[] = [];
  const others = (k: number, exclude: Person[]) =>
    rng.sample(OTHER_LEADERS.map((i) => leader(city, i)).filter((p) => !exclude.includes(p)), k);
  let headline: string, subhead: string | null = null, event: string;
  let participants: GoldParticipant[] = [];
  let aliases: string[] = [];

  switch (kind) {
    case 'conference': {
      const high = leader(city, rng.pick([SECRETARY, MAYOR]));
      const chair = high === leader(city, SECRETARY) ? leader(city, MAYOR) : leader(city, rng.pick(VICE_MAYORS));
      event = rng.chance(0.5) ? `全市${topic}工作会议` : `全市${topic}推进会`;
      const list = others(rng.int(3, 6), [high, chair]);
      const depts = rng.sample(inGroup(city, 'dept'), rng.int(0, 2));
      headline = `${event}召开`;
      if (rng.chance(0.6)) subhead = `${high.name}讲话 ${chair.name}主持`;
      paragraphs.push(`${by.open}${day}，${event}召开。${chained(ctx, high)}出席并讲话，${chained(ctx, chair)}主持。`);
      paragraphs.push(`${high.name}强调，${filler(ctx, 2)}`);
      paragraphs.push(`${labelled(ctx, '市领导', list)}出席。` + (depts.length ? `${depts.map((d) => chained(ctx, d)).join('，')}参加。` : '') + by.close);
      participants = [part(high, '出席', '讲话'), part(chair, '主持'), ...list.map((p) => part(p, '出席')), ...depts.map((p) => part(p, '参加'))];
      break;
    }
    case 'standing': {
      const sec = leader(city, SECRETARY), mayor = leader(city, MAYOR), deputy = leader(city, DEPUTY);
      const members = rng.sample(STANDING.map((i) => leader(city, i)), rng.int(3, 5));
      const npc = leader(city, NPC), cppcc = leader(city, CPPCC);
      event = '市委常委会会议';
      aliases = ['市委常委会召开会议', '市委常委会'];
      headline = '市委常委会召开会议';
      if (rng.chance(0.7)) subhead = `${sec.name}主持并讲话`;
      const orgs = mayor.chain[0]?.orgs ?? [];
      paragraphs.push(`${by.open}${day}，市委常委会召开会议，研究部署${topic}等工作。${chained(ctx, sec)}主持会议并讲话。`);
      paragraphs.push(filler(ctx, 2));
      paragraphs.push(`${chained(ctx, mayor)}，${chained(ctx, deputy)}，${labelled(ctx, '市委常委', members, orgs)}出席。${chained(ctx, npc)}，${chained(ctx, cppcc)}列席。${by.close}`);
      participants = [part(sec, '主持', '讲话'), part(mayor, '出席'), part(deputy, '出席'), ...members.map((p) => part(p, '出席')), part(npc, '列席'), part(cppcc, '列席')];
      break;
    }
    case 'government': {
      const mayor = leader(city, MAYOR), exec = leader(city, EXEC_VICE_MAYOR);
      const vices = rng.sample(VICE_MAYORS.map((i) => leader(city, i)), rng.int(2, 4));
      const dept = rng.pick(inGroup(city, 'dept'));
      event = '市政府常务会议';
      headline = '市政府召开常务会议';
      paragraphs.push(`${by.open}${day}，${chained(ctx, mayor)}主持召开市政府常务会议，研究${topic}等工作。`);
      paragraphs.push(filler(ctx, 2));
      paragraphs.push(`${chained(ctx, exec)}，${labelled(ctx, '副市长', vices)}出席。${chained(ctx, dept)}列席。${by.close}`);
      gold.org(['市政府', `${city.name}政府`, `${city.name}人民政府`], true);
      participants = [part(mayor, '主持'), part(exec, '出席'), ...vices.map((p) => part(p, '出席')), part(dept, '列席')];
      break;
    }
    case 'symposium': {
      const chair = leader(city, rng.pick([MAYOR, DEPUTY, EXEC_VICE_MAYOR, ...VICE_MAYORS]));
      const guests = [...rng.sample(inGroup(city, 'dept'), rng.int(1, 3)), ...rng.sample(inGroup(city, 'company'), 1)];
      event = `${topic}座谈会`;
      headline = `${event}召开`;
      paragraphs.push(`${by.open}${day}，${event}在${city.short}宾馆召开。${chained(ctx, chair)}主持并讲话。`);
      paragraphs.push(`${guests.map((g) => chained(ctx, g)).join('，')}参加。${filler(ctx, 2)}${by.close}`);
      gold.org([`${city.short}宾馆`], true);
      participants = [part(chair, '主持', '讲话'), ...guests.map((p) => part(p, '参加'))];
      break;
    }
    case 'forum': {
      const host = leader(city, rng.pick([PROPAGANDA, ...VICE_MAYORS]));
      const univ = inGroup(city, 'univ');
      const chair = univ[0] ?? host;
      const experts = inGroup(city, 'expert');
      event = `${city.name}${topic}论坛`;
      headline = `${event}举行`;
      if (rng.chance(0.5)) subhead = `${host.name}出席并致辞`;
      paragraphs.push(`${by.open}${day}，${event}在${city.university}举行。${chained(ctx, host)}出席并致辞，${chained(ctx, chair)}主持。`);
      paragraphs.push(`${experts.map((e) => chained(ctx, e)).join('，')}作主旨演讲。${filler(ctx, 1)}${by.close}`);
      gold.org([city.university]);
      participants = [part(host, '出席', '致辞'), part(chair, '主持'), ...experts.map((p) => part(p, '讲话', '其他'))];
      break;
    }
    case 'ceremony': {
      const mayor = leader(city, MAYOR), vice = leader(city, rng.pick(VICE_MAYORS));
      const company = inGroup(city, 'company');
      const chair = company[0] ?? vice;
      const county = rng.pick(city.counties);
      event = `${city.company}${county}产业园项目开工仪式`;
      aliases = [`${county}产业园项目开工仪式`];
      headline = `${city.company}${county}产业园项目开工`;
      paragraphs.push(`${by.open}${day}，${event}在${county}举行。${chained(ctx, mayor)}出席并宣布项目开工，${chained(ctx, vice)}出席。${chained(ctx, chair)}致辞。`);
      paragraphs.push(`${filler(ctx, 2)}${by.close}`);
      gold.org([city.company]);
      gold.org([county, `${city.name}${county}`], true);
      participants = [part(mayor, '出席', '其他'), part(vice, '出席'), part(chair, '致辞')];
      break;
    }
    case 'meeting': {
      const host = leader(city, rng.pick([SECRETARY, MAYOR]));
      const guest = rng.pick(ctx.world.foreign);
      const sg = leader(city, SECRETARY_GENERAL);
      const commerce = inGroup(city, 'dept').find((p) => p.chain[0]?.title.includes('商务')) ?? sg;
      const guestTitle = { title: `${guest.country}驻华大使`, orgs: [guest.country, `${guest.country}驻华大使馆`] };
      event = `${host.name}会见${guest.country}驻华大使`;
      aliases = [`会见${guest.country}驻华大使${guest.name}一行`, '会见'];
      gold.person(guest.name, [guestTitle]);
      paragraphs.push(`${by.open}${day}，${chained(ctx, host)}在${city.short}宾馆会见${guest.country}驻华大使${guest.name}一行，双方就深化经贸、人文等领域合作进行交流。`);
      paragraphs.push(`${host.name}对客人的到来表示欢迎。${guest.name}表示，愿为双方交流合作搭建更多平台。`);
      paragraphs.push(`${chained(ctx, sg)}，${chained(ctx, commerce)}参加会见。${by.close}`);
      gold.org([`${city.short}宾馆`], true);
      participants = [part(host, '会见'), { name: guest.name, role: ['会见', '其他', '出席'] }, part(sg, '参加', '会见'), part(commerce, '参加', '会见')];
      headline = event;
      break;
    }
    case 'inspection': {
      const high = leader(city, rng.pick([SECRETARY, MAYOR]));
      const k = rng.int(0, city.counties.length - 1);
      const county = city.counties[k] ?? '';
      const countySec = inGroup(city, 'county', k)[0] ?? leader(city, SECRETARY_GENERAL);
      const sg = leader(city, SECRETARY_GENERAL);
      event = `${high.name}到${county}调研`;
      aliases = [`到${county}调研${topic}工作`, `${county}调研`];
      headline = `${high.name}在${county}调研时强调`;
      subhead = `扎实推进${topic}工作`;
      paragraphs.push(`${by.open}${day}，${chained(ctx, high)}到${county}调研${topic}工作。${chained(ctx, sg)}，${chained(ctx, countySec)}陪同调研。`);
      paragraphs.push(`${high.name}指出，${filler(ctx, 2)}${by.close}`);
      participants = [part(high, '调研'), part(sg, '其他', '调研', '参加'), part(countySec, '其他', '调研', '参加')];
      break;
    }
  }
  // Real reports run to several paragraphs of policy text; padding keeps MB/s figures honest.
  paragraphs.splice(Math.max(1, paragraphs.length - 1), 0, ...body(ctx));
  gold.event(event, md(date), participants, aliases);
  return { headline, subhead, box: by.box, paragraphs, event };
}

/** A photo caption naming the same meeting again (a second piece about it on the page). */
export function writeCaption(ctx: ArticleContext, a: WrittenArticle): string {
  const photographer = ctx.rng.pick(ctx.city.photographers);
  ctx.gold.byline(photographer, '摄影');
  return `${cnDate(ctx.date)}，${a.event}现场。本报记者 ${photographer} 摄`;
}
