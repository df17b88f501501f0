// Writes an extraction result in the scorer's prediction format (../shared/eval/GUIDE.md).
import type { z } from 'zod';
import type { ExtractionResult, Role } from '../types.js';
import type { EvalPrediction, EvalRole } from '../../schema/eval.js';
import { orgRoot } from './orgs.js';

type EvalRoleT = z.infer<typeof EvalRole>;

// the scorer's vocabulary has no 在座 or 陪同
const ROLE_MAP: Partial<Record<Role, EvalRoleT>> = { 在座: '出席', 陪同: '其他' };

export function toEvalFormat(result: ExtractionResult, documentName: string): z.infer<typeof EvalPrediction> {
  return {
    document: documentName,
    persons: result.persons.map((p) => ({
      name: p.name,
      titles: p.titles.map((t) => (t.qualifier === 'former' ? '原' : '') + t.full),
      orgs: p.orgs,
    })),
    bylines: result.bylines.map((b) => ({ name: b.name, role: b.role })),
    organizations: distinctInstitutions(result.organizations.map((o) => o.fullName)),
    events: result.events.map((e) => ({
      name: e.name,
      date: e.date,
      participants: e.participants.map((x) => ({ name: x.name, role: (ROLE_MAP[x.role] ?? x.role) as EvalRoleT })),
    })),
  };
}

/**
 * One entry per institution: an organ (市民政局党组) or a shorter local form (下元街道 beside
 * 万柏林区下元街道) stands for the institution already listed.
 */
function distinctInstitutions(names: string[]): string[] {
  const sorted = [...new Set(names)].sort((a, b) => b.length - a.length);
  const kept: string[] = [];
  for (const n of sorted) {
    const root = orgRoot(n);
    if (kept.some((k) => orgRoot(k) === root || (root.length >= 4 && k.endsWith(root)) || (root !== n && k === root))) continue;
    kept.push(root);
  }
  return kept;
}
