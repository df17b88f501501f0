// A hand-made API payload (fictional people) for the projection and filter tests.
import type { GraphPayload } from '../../schema/viewer-api.js';

const person = (id: string, name: string, org: string | null) => ({ id, name, org, orgs: org ? [org] : [], title: null });

/**
 * m1 (2025-01-10, 会议): a, b, c      m2 (2025-03-05, 会议): a, b
 * m3 (2025-06-20, 调研): b, d          m4 (近日, 座谈会):       e, a
 * f attends nothing; g attends m5 (2025-09-01, 论坛) alone.
 */
export function smallPayload(): GraphPayload {
  return {
    people: [
      person('a', '周海峰', '云岭市委'), person('b', '韩明远', '云岭市人民政府'), person('c', '秦雪梅', '云岭市委'),
      person('d', '卢东亮', '云岭市人民政府'), person('e', '方立新', '云岭大学'), person('f', '余晓红', null), person('g', '唐思远', '云岭市政协'),
    ],
    meetings: [
      { id: 'm1', name: '市委常委会会议', kind: '会议', date: '2025-01-10', place: null },
      { id: 'm2', name: '全市经济工作会议', kind: '会议', date: '2025-03-05', place: null },
      { id: 'm3', name: '卫生健康工作调研', kind: '调研', date: '2025-06-20', place: null },
      { id: 'm4', name: '云岭大学座谈会', kind: '座谈会', date: null, place: null },
      { id: 'm5', name: '文旅论坛', kind: '论坛', date: '2025-09-01', place: null },
    ],
    roles: ['主持', '出席'],
    attendances: [
      [0, 0, 0, 0], [1, 0, 1, 1], [2, 0, 1, 2],
      [0, 1, 1, 0], [1, 1, 0, 1],
      [1, 2, 0, 0], [3, 2, 1, 1],
      [4, 3, 0, 0], [0, 3, 1, 1],
      [6, 4, 0, 0],
    ],
    hash: 'test',
  };
}
