// The embedded store's stage: rows of many batches on disk, each node once, title histories
// merged, attendances of meetings that may be stored held back for the commit to decide, and
// the folders of killed runs cleaned up.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build.js';
import { KuzuStage, removeStaleStages } from '../../src/store/kuzu-stage.js';
import { storeFixtures } from './fixtures.js';

const lines = (file: string | null): string[] => (file ? readFileSync(file, 'utf8').trim().split('\n') : []);
const stage = (meetingStored: (id: string) => boolean = () => false): KuzuStage =>
  new KuzuStage({ meetingStored, convert: { HOLDS: { articleIds: (v: string[]) => v.join('|') } } });

describe('kuzu stage', () => {
  it('writes each node once however many batches name it, and every per-article row', () => {
    const docs = storeFixtures();
    const all = buildGraph(docs);
    const s = stage();
    try {
      for (const d of docs) s.add(buildGraph([d]));
      const people = lines(s.staged('Person')).map((l) => l.split(',')[0]);
      expect(people.sort()).toEqual(all.Person.map((p) => p.id).sort());
      expect(lines(s.staged('MENTIONED_IN'))).toHaveLength(all.MENTIONED_IN.length);
      expect(lines(s.staged('ATTENDED'))).toHaveLength(all.ATTENDED.length);
      expect(s.attendedOfStoredMeetings).toEqual([]);
    } finally {
      s.remove();
    }
  });

  it('merges a title seen in several batches into one history', () => {
    const docs = storeFixtures();
    const all = buildGraph(docs);
    const s = stage();
    try {
      for (const d of docs) s.add(buildGraph([d]));
      expect(s.holds.size).toBe(all.HOLDS.length);
      for (const h of all.HOLDS) {
        const got = s.holds.get(h.key)!;
        expect({ f: got.firstSeen, l: got.lastSeen, a: [...got.articleIds].sort() }).toEqual({ f: h.firstSeen, l: h.lastSeen, a: [...h.articleIds].sort() });
      }
    } finally {
      s.remove();
    }
  });

  it('holds back the attendances of meetings that may be stored, and drops stored nodes from the files', async () => {
    const all = buildGraph(storeFixtures());
    const old = all.Meeting[0]!.id;
    const s = stage((id) => id === old);
    try {
      s.add(all);
      expect(s.attendedOfStoredMeetings.map((r) => r.to)).toEqual(all.ATTENDED.filter((r) => r.to === old).map((r) => r.to));
      expect(lines(s.staged('ATTENDED'))).toHaveLength(all.ATTENDED.length - s.attendedOfStoredMeetings.length);
      const keep = all.Meeting.slice(1).map((m) => m.id);
      await s.dropStored('Meeting', (id) => id === old);
      expect(lines(s.staged('Meeting')).map((l) => l.split(',')[0])).toEqual(keep);
      expect(s.counts.get('Meeting')).toBe(keep.length);
    } finally {
      s.remove();
    }
    expect(existsSync(s.dir)).toBe(false);
  });

  it('removes the stage folders of processes that are gone, not its own', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kg-stage-test-'));
    try {
      const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
      mkdirSync(join(dir, `kg-stage-${dead}-abc`));
      mkdirSync(join(dir, `kg-stage-${process.pid}-def`));
      mkdirSync(join(dir, 'unrelated'));
      removeStaleStages(dir);
      expect(existsSync(join(dir, `kg-stage-${dead}-abc`))).toBe(false);
      expect(existsSync(join(dir, `kg-stage-${process.pid}-def`))).toBe(true);
      expect(existsSync(join(dir, 'unrelated'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
