// Title chains: `省委常委、市委书记冯立新` → two titles. Each title is split into organisation
// and post; a title with no organisation of its own inherits one along the chain
// (`北岭大学党委书记葛平、副校长包玉` → 北岭大学副校长), and a department without a
// jurisdiction of its own is read inside the previous one (`市委常委、组织部部长` → 市委组织部).
import { lexicon } from './lexicon.js';
import { charTable } from './char-table.js';

export interface ParsedTitle {
  text: string;
  full: string;
  post: string;
  org: string | null;
  qualifier: 'former' | 'acting' | null;
}

const CHAIN_STOP_TABLE = charTable('，。；：！？“”‘’（）()《》\u2591—…', true);
const LEADING_NOISE = /^(?:图为|图中|左起|右起|前排|由|访|对|向|与|同|和|及|以及|会见|陪同|邀请|据|经|为|是|其中|包括|特邀|来自|听取|看望|慰问|专访|记者|本报|新任|现任|时任|担任|任)/;
// a post whose first character names the unit: 宣传部长 = 宣传部 + 部长
const UNIT_CHAR_POSTS = /^(?:副)?(部长|局长|厅长|院长|校长|所长|处长|社长|馆长|站长|队长|园长|行长|台长)$/;
const ORG_END = /(?:委员会|党组|党委|党工委|工委|委|政府|政协|人大|局|厅|部|院|办|处|所|社|校|学|馆|站|队|园|行|台|会|中心|公司|集团|频道|团|室|科|组|街道|社区|村|镇|乡|区|县|市|省|署|军|库)$/;
const JURISDICTION = /^(?:市|省|县|区|州|盟|旗|镇|乡|国家|中国|全国|中央|国务院)|[市省县区州盟旗镇乡]/;
const GOVERNMENT_HEAD = /(?:市长|县长|省长|区长|州长|镇长|乡长|旗长|盟长|总理|主席|总书记|常委|委员)$/;
const GOV_HEAD_POST = /(?:市长|县长|省长|区长|州长|镇长|乡长|旗长|盟长)$/;
const PARTY_COMMITTEE = /^(.*[省市县区州旗盟镇乡])委$/;
const PARTY_ORGAN = /(?:党组|党委|党工委|党总支|党支部)$/;

/** 原 or 前 (former). */
const isFormer = (c: number): boolean => c === 0x539f || c === 0x524d;

function splitSegment(seg: string): { post: string; orgPart: string; qualifier: ParsedTitle['qualifier'] } | null {
  let s = seg.startsWith('著名') ? seg.slice(2) : seg;
  let qualifier: ParsedTitle['qualifier'] = null;
  if (isFormer(s.charCodeAt(0))) {
    qualifier = 'former';
    s = s.slice(1);
  }
  // the longest post (with its modifier) ending the segment
  const len = lexicon().postEnds.longestEnding(s);
  if (!len) return null;
  const post = s.slice(s.length - len);
  let orgPart = s.slice(0, s.length - len);
  if (isFormer(orgPart.charCodeAt(orgPart.length - 1))) {
    qualifier = 'former';
    orgPart = orgPart.slice(0, -1);
  }
  if (post.charCodeAt(0) === 0x4ee3 && post !== '代表') { // 代
    qualifier = 'acting';
  }
  // 宣传部长: the post's first character completes the unit's name
  const unit = post.endsWith('长') ? UNIT_CHAR_POSTS.exec(post) : null;
  if (unit && orgPart && !ORG_END.test(orgPart)) {
    orgPart = orgPart + unit[1]![0];
  }
  return { post, orgPart, qualifier };
}

/** The unit an organ belongs to: 大同经开区党工委 → 大同经开区; 市委 stays 市委. */
export function rootOrg(org: string): string {
  const r = org.replace(PARTY_ORGAN, '');
  return r.length >= 2 ? r : org;
}

function isSubUnit(orgPart: string): boolean {
  return orgPart.length <= 5 && !JURISDICTION.test(orgPart) && /(?:部|办|厅|处|室|科|局|委|管委会|中心|组)$/.test(orgPart);
}

/** Where a chain reaching back from `end` starts: after the last stop character, or at `floor`. */
function chainStart(s: string, end: number, floor: number): number {
  let start = end;
  while (start > floor && !CHAIN_STOP_TABLE[s.charCodeAt(start - 1)]) start--;
  return start;
}

/** `chain.split(/、|兼/)`, without the RegExp. */
function splitChain(chain: string): string[] {
  const segs: string[] = [];
  let from = 0;
  for (let i = 0; i < chain.length; i++) {
    const c = chain.charCodeAt(i);
    if (c === 0x3001 || c === 0x517c) { // 、 兼
      segs.push(chain.slice(from, i));
      from = i + 1;
    }
  }
  segs.push(chain.slice(from));
  return segs;
}

export interface ChainResult {
  titles: ParsedTitle[];
  /** Where the chain starts in the sentence. */
  start: number;
}

/**
 * Parses the title chain that ends at `end` (right before a name) in sentence `s`.
 * `inheritAt` gives the organisation of a person whose mention ends at a given offset, so a
 * chain continuing a previous person's (`…书记葛平、副校长包玉`) can inherit from it.
 */
export function parseChainBefore(s: string, end: number, inheritAt: (pos: number) => string | null, floor = 0, fallbackOrg: string | null = null): ChainResult {
  // the chain runs back from `end` to a stop character (or `floor`), and a verb in it ends what
  // came before: `…在宾馆会见萨瓦尼亚共和国驻华大使`; the last one counts (what `.*(?:会见|…)`
  // would match). One scan right to left finds both.
  let start = -1;
  let pos = end - 1;
  for (; pos >= floor && !CHAIN_STOP_TABLE[s.charCodeAt(pos)]; pos--) {
    // `会议由省委副书记…主持`: 由 after an event's name is a cut too (not 由 in 自由贸易区)
    const len = lexicon().chainCutWords.longestAt(s, pos, end) || (s.charCodeAt(pos) === 0x7531 && lexicon().eventKindEnds.longestEnding(s, pos, chainStart(s, pos, floor)) > 0 ? 1 : 0);
    if (!len) continue;
    start = pos + len < end ? pos + len : chainStart(s, pos, floor);
    break;
  }
  if (start < 0) start = pos + 1;
  let chain = s.slice(start, end);
  for (let m = LEADING_NOISE.exec(chain); m && chain.length > m[0].length; m = LEADING_NOISE.exec(chain)) {
    start += m[0].length;
    chain = chain.slice(m[0].length);
  }
  const segs = splitChain(chain);
  // walk right to left while segments are titles
  const parsed: { seg: string; at: number; p: NonNullable<ReturnType<typeof splitSegment>> }[] = [];
  let at = end;
  let inherited: string | null = null;
  for (let i = segs.length - 1; i >= 0; i--) {
    const seg = segs[i]!;
    const segStart = at - seg.length;
    const p = seg ? splitSegment(seg) : null;
    if (!p || (!p.post && !p.orgPart)) {
      // the chain continues a previous person's (`葛平、副校长`): inherit their organisation
      inherited = inheritAt(segStart + seg.length);
      start = segStart + seg.length + 1;
      break;
    }
    // a segment that is a whole sentence fragment rather than a title (too long) ends the chain
    if (p.orgPart.length > 24) {
      start = segStart + seg.length + 1;
      break;
    }
    parsed.push({ seg, at: segStart, p });
    at = segStart - 1;
  }
  parsed.reverse(); // read right to left, used left to right
  const titles: ParsedTitle[] = [];
  // `云岭大学党委书记A主持，校长B致辞`: a bare post continues the institution named just before
  // (but a government head such as 副市长 belongs to the government, not to that institution)
  const first = parsed[0];
  if (!inherited && fallbackOrg && first && !first.p.orgPart && !GOVERNMENT_HEAD.test(first.p.post)) inherited = fallbackOrg;
  let prevOrg: string | null = inherited;
  for (const { seg, p } of parsed) {
    let org: string | null;
    let prefix = '';
    if (!p.orgPart && prevOrg && GOV_HEAD_POST.test(p.post) && PARTY_COMMITTEE.test(prevOrg)) {
      // 县委副书记、县长: the head of government belongs to the government, not the party committee
      org = prevOrg.replace(PARTY_COMMITTEE, '$1政府');
      prefix = '';
    } else if (!p.orgPart) {
      org = prevOrg;
      prefix = prevOrg ?? '';
    } else if (prevOrg && isSubUnit(p.orgPart)) {
      prefix = rootOrg(prevOrg);
      org = prefix + p.orgPart;
    } else {
      org = p.orgPart;
    }
    const text = seg.startsWith('著名') ? seg.slice(2) : seg;
    let bare = isFormer(text.charCodeAt(0)) ? text.slice(1) : text;
    if (p.qualifier === 'former' && bare.endsWith(p.post)) {
      const head = bare.slice(0, bare.length - p.post.length).replace(/[原前]$/, '');
      bare = head + p.post;
    }
    titles.push({ text, full: prefix + bare, post: p.post, org, qualifier: p.qualifier });
    if (org) prevOrg = org;
  }
  return { titles, start };
}
