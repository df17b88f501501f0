// The prediction format of ../shared/eval/GUIDE.md: what `kg extract --format eval` writes.
import { z } from 'zod';

export const EvalRole = z.enum(['主持', '讲话', '致辞', '出席', '参加', '列席', '会见', '调研', '表演', '其他']);

export const EvalPrediction = z.object({
  document: z.string(),
  persons: z.array(z.object({ name: z.string(), titles: z.array(z.string()), orgs: z.array(z.string()) })),
  bylines: z.array(z.object({ name: z.string(), role: z.string() })),
  organizations: z.array(z.string()),
  events: z.array(
    z.object({
      name: z.string(),
      date: z.string().nullable(),
      participants: z.array(z.object({ name: z.string(), role: EvalRole })),
    }),
  ),
});
