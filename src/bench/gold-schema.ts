// zod schema of a gold answer file in the shared scorer's format (../shared/eval/GUIDE.md),
// used to check the generator's gold and the hand-made samples/gold before anyone scores on them.
import { z } from 'zod';

export const SCORER_ROLES = ['主持', '讲话', '致辞', '出席', '参加', '列席', '会见', '调研', '表演', '其他'] as const;

const Alternatives = z.array(z.string().min(1)).min(1);

export const GoldPersonSchema = z.strictObject({
  name: z.string().min(1),
  titles: z.array(z.string().min(1)).optional(),
  orgs: z.array(Alternatives).optional(),
  optionalTitles: z.array(z.string().min(1)).optional(),
  optionalOrgs: z.array(z.string().min(1)).optional(),
  optional: z.boolean().optional(),
  note: z.string().optional(),
});

export const GoldDocumentSchema = z.strictObject({
  document: z.string().min(1),
  source: z.string().optional(),
  persons: z.array(GoldPersonSchema),
  bylines: z.array(z.strictObject({ name: z.string().min(1), role: z.enum(['记者', '摄影', '通讯员', '作者', '编辑']), optional: z.boolean().optional() })),
  organizations: z.array(z.union([Alternatives, z.strictObject({ name: Alternatives, optional: z.literal(true) })])),
  events: z.array(
    z.strictObject({
      name: z.string().min(1),
      aliases: z.array(z.string().min(1)).optional(),
      date: z.string().regex(/^(\d{4}-)?\d{2}-\d{2}$/).nullable(),
      optional: z.boolean().optional(),
      participants: z.array(
        z.strictObject({
          name: z.string().min(1),
          role: z.array(z.enum(SCORER_ROLES)).min(1),
          optional: z.boolean().optional(),
        }),
      ),
    }),
  ),
});
export type GoldDocumentFile = z.infer<typeof GoldDocumentSchema>;
