// Collects one page's ground truth while its articles are written, in the shared scorer's
// format (../shared/eval/GUIDE.md): one entry per person, organisation and event per document.

export type Alternatives = string[];

export interface GoldPerson {
  name: string;
  titles: string[];
  orgs: Alternatives[];
  optionalTitles?: string[];
  optionalOrgs?: string[];
}
export interface GoldParticipant { name: string; role: string[] }
export interface GoldEvent { name: string; aliases?: string[]; date: string | null; participants: GoldParticipant[] }
export interface GoldByline { name: string; role: string }
export interface GoldDocument {
  document: string;
  source?: string;
  persons: GoldPerson[];
  bylines: GoldByline[];
  organizations: (Alternatives | { name: Alternatives; optional: true })[];
  events: GoldEvent[];
}

/** A post as printed, with the organisation alternatives it names (empty when none). */
export interface PrintedTitle { title: string; orgs: Alternatives }

export class GoldCollector {
  private persons = new Map<string, GoldPerson>();
  private bylines = new Map<string, GoldByline>();
  private orgs = new Map<string, { alts: Alternatives; optional: boolean }>();
  private events = new Map<string, GoldEvent>();

  /** A person printed with a title chain (possibly empty). */
  person(name: string, titles: PrintedTitle[] = []): void {
    const p = this.entry(name);
    for (const t of titles) {
      if (!p.titles.includes(t.title)) p.titles.push(t.title);
      if (t.orgs.length > 0) {
        if (!p.orgs.some((o) => o[0] === t.orgs[0])) p.orgs.push(t.orgs);
        this.org(t.orgs);
        // `云岭大学党委` is also an institution in its own right: naming it separately is not wrong
        const [first = ''] = t.orgs;
        for (const alt of t.orgs.slice(1)) if (!alt.endsWith(first) && /(党委|党工委|管委会)$/.test(alt)) this.org([alt], true);
      }
    }
  }

  /** A person printed under a group label (市领导) or a title shared by a list: neither required nor wrong. */
  labelled(name: string, label: string, orgs: Alternatives = []): void {
    const p = this.entry(name);
    p.optionalTitles = [...new Set([...(p.optionalTitles ?? []), label])];
    if (orgs.length > 0) p.optionalOrgs = [...new Set([...(p.optionalOrgs ?? []), ...orgs])];
  }

  byline(name: string, role: string): void {
    if (!this.bylines.has(name)) this.bylines.set(name, { name, role });
  }

  org(alts: Alternatives, optional = false): void {
    const key = alts[0] ?? '';
    const had = this.orgs.get(key);
    // A name that is required anywhere in the document is required.
    if (!had) this.orgs.set(key, { alts, optional });
    else if (had.optional && !optional) had.optional = false;
  }

  /** Adds an event or, when it was already reported on this page, its further participants. */
  event(name: string, date: string | null, participants: GoldParticipant[], aliases: string[] = []): void {
    let e = this.events.get(name);
    if (!e) {
      e = { name, ...(aliases.length ? { aliases } : {}), date, participants: [] };
      this.events.set(name, e);
    }
    for (const p of participants) {
      const had = e.participants.find((x) => x.name === p.name);
      if (!had) e.participants.push({ name: p.name, role: [...p.role] });
      else for (const r of p.role) if (!had.role.includes(r)) had.role.push(r);
    }
  }

  /** Every person name this page's gold mentions (for checks). */
  names(): string[] {
    return [...this.persons.keys()];
  }

  toJSON(document: string, source: string): GoldDocument {
    return {
      document,
      source,
      persons: [...this.persons.values()],
      bylines: [...this.bylines.values()],
      organizations: [...this.orgs.values()].map((o) => (o.optional ? { name: o.alts, optional: true as const } : o.alts)),
      events: [...this.events.values()],
    };
  }

  private entry(name: string): GoldPerson {
    let p = this.persons.get(name);
    if (!p) {
      p = { name, titles: [], orgs: [] };
      this.persons.set(name, p);
    }
    return p;
  }
}
