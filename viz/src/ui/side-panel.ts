// The detail panel: a person, a meeting or a co-attendance edge, with the evidence sentences
// and the article each came from. All text goes in through h() (textContent).
import type { EdgeDetail, EvidenceItem, MeetingDetail, PersonDetail, Source } from '../../../schema/viewer-api.js';
import { clear, h } from './dom.js';

export interface PanelActions {
  openPerson(id: string): void;
  openMeeting(id: string): void;
  egoOf(id: string): void;
  close(): void;
}

function sourceLine(s: Source): HTMLElement {
  const parts = [s.newspaper, s.date, s.headline ? `《${s.headline}》` : null, s.file].filter((x): x is string => !!x);
  return h('div', { class: 'source' }, parts.length ? parts.join(' · ') : '来源未记录');
}

function evidence(e: EvidenceItem | null): HTMLElement | null {
  if (!e) return null;
  return h('figure', { class: 'evidence' }, h('blockquote', {}, e.sentence), sourceLine(e.source));
}

function section(title: string, count: number | null, ...body: (HTMLElement | null)[]): HTMLElement {
  return h('section', { class: 'panel-section' },
    h('h3', {}, title, count === null ? null : h('span', { class: 'count' }, String(count))), ...body);
}

function link(label: string, onClick: () => void, cls = 'link'): HTMLButtonElement {
  return h('button', { type: 'button', class: cls, onclick: () => onClick() }, label);
}

function header(title: string, subtitle: string | null, actions: PanelActions, kind: string): HTMLElement {
  return h('header', { class: 'panel-header' },
    h('div', { class: 'panel-kind' }, kind),
    h('h2', { id: 'panel-title' }, title),
    subtitle ? h('div', { class: 'panel-subtitle' }, subtitle) : null,
    h('button', { type: 'button', class: 'close', title: '关闭', 'aria-label': '关闭', onclick: () => actions.close() }, '×'));
}

export function renderPerson(el: HTMLElement, d: PersonDetail, a: PanelActions): void {
  clear(el);
  const basis = d.person.idBasis ? h('p', { class: 'id-basis muted' }, `合并依据：${d.person.idBasis}`) : null;
  const maxShared = d.coAttendees[0]?.shared ?? 1;
  el.append(
    header(d.person.name, [d.person.org, d.person.title].filter(Boolean).join(' · ') || null, a, '人物'),
    h('div', { class: 'panel-actions' }, link('以此人为中心查看关系网', () => a.egoOf(d.person.id), 'button')),
    section('职务', d.titles.length, d.titles.length === 0 ? h('p', { class: 'muted' }, '未记录职务') :
      h('table', { class: 'titles' }, h('tbody', {}, ...d.titles.map((t) => h('tr', {},
        h('td', {}, t.title), h('td', { class: 'muted' }, t.org ?? ''),
        h('td', { class: 'dates' }, [t.firstSeen, t.lastSeen].filter(Boolean).filter((x, i, arr) => arr.indexOf(x) === i).join(' – ')))))),
    ),
    section('参加的活动', d.meetings.length, h('ol', { class: 'meetings', id: 'person-meetings' }, ...d.meetings.map((m) => h('li', {},
      h('div', { class: 'row' }, h('span', { class: 'date' }, m.date ?? '日期不详'), link(m.name, () => a.openMeeting(m.id))),
      h('div', { class: 'meta' }, `${m.roles.join('、')} · 名单第 ${m.order + 1} 位 · ${m.kind}`))))),
    section('共同出席者', d.coAttendees.length, h('ol', { class: 'coattendees' }, ...d.coAttendees.slice(0, 30).map((c) => h('li', {},
      link(c.name, () => a.openPerson(c.id)),
      h('span', { class: 'bar', style: `width:${Math.max(6, Math.round((60 * c.shared) / maxShared))}px` }),
      h('span', { class: 'count' }, `${c.shared} 次`))))),
    section('原文证据', d.evidence.length, ...d.evidence.slice(0, 40).map((e) => evidence(e))),
  );
  if (basis) el.append(basis);
}

export function renderMeeting(el: HTMLElement, d: MeetingDetail, a: PanelActions): void {
  clear(el);
  const m = d.meeting;
  el.append(
    header(m.name, [m.date ?? '日期不详', m.kind, m.place].filter(Boolean).join(' · '), a, '活动'),
    section('出席者（按名单顺序）', d.attendees.length, h('ol', { class: 'attendees', id: 'meeting-attendees' }, ...d.attendees.map((p) => h('li', {},
      h('span', { class: 'order' }, String(p.order + 1)),
      link(p.name, () => a.openPerson(p.id)),
      h('span', { class: 'meta' }, [p.roles.join('、'), p.title].filter(Boolean).join(' · ')))))),
    section('原文证据', null, ...uniqueEvidence(d.attendees.map((p) => p.evidence)).map(evidence)),
    section('来源文章', d.sources.length, ...d.sources.map(sourceLine)),
  );
}

export function renderEdge(el: HTMLElement, d: EdgeDetail, a: PanelActions): void {
  clear(el);
  el.append(
    header(`${d.a.name} — ${d.b.name}`, `共同出席 ${d.meetings.length} 次`, a, '共同出席'),
    h('div', { class: 'panel-actions' }, link(d.a.name, () => a.openPerson(d.a.id), 'button'), link(d.b.name, () => a.openPerson(d.b.id), 'button')),
    section('共同参加的活动', d.meetings.length, h('ol', { class: 'meetings', id: 'edge-meetings' }, ...d.meetings.map((m) => h('li', {},
      h('div', { class: 'row' }, h('span', { class: 'date' }, m.date ?? '日期不详'), link(m.name, () => a.openMeeting(m.id))),
      h('div', { class: 'meta' }, `${d.a.name}：${m.roleA} · ${d.b.name}：${m.roleB}`),
      ...uniqueEvidence([m.evidenceA, m.evidenceB]).map(evidence))))),
  );
}

export function renderMessage(el: HTMLElement, title: string, message: string, a: PanelActions): void {
  clear(el);
  el.append(header(title, null, a, ''), h('p', { class: 'muted' }, message));
}

function uniqueEvidence(items: (EvidenceItem | null)[]): EvidenceItem[] {
  const seen = new Set<string>();
  return items.filter((e): e is EvidenceItem => {
    if (!e || seen.has(e.sentence)) return false;
    seen.add(e.sentence);
    return true;
  });
}
