// Fictional articles in the style of city party newspapers (invented people and places:
// 云岭市, 青崖县). Used to build inputs of every kind and encoding inside temp dirs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ARTICLE_A = `# 云岭市委常委会召开扩大会议

本报讯（记者 林晓雯）10月12日，市委常委会召开扩大会议，传达学习省委全会精神，研究部署我市贯彻落实工作。市委书记欧阳明远主持会议并讲话。

市委副书记、市长司马文华，市委副书记陈立国，市委常委、组织部部长郑雅琴，市委常委、宣传部部长赵志刚出席会议。

会议强调，要坚持稳中求进工作总基调，扎实做好今冬明春各项工作。
`;

export const ARTICLE_B = `# 青崖县召开乡村振兴推进会

本报讯（通讯员 高云飞）10月15日，青崖县乡村振兴工作推进会召开。县委书记周海波主持会议，县长孙丽华讲话。

县委副书记、县人大常委会主任冯国强，县政协主席韩德胜出席。
`;

export const ARTICLE_C = `# 云岭市举行文化旅游推介会

本报讯（记者 罗晓东）10月18日，云岭市文化旅游推介会在市会展中心举行。副市长马文静出席并致辞。

市文化和旅游局局长黄建平介绍了全市文旅资源。
`;

/** Traditional-script article (for Big5). Only characters Big5 can encode. */
export const ARTICLE_TRAD = `# 雲嶺市召開科技創新大會

本報訊（記者 許文傑）10月20日，雲嶺市科技創新大會召開。市委書記歐陽明遠出席並講話，市長司馬文華主持會議。

副市長馬文靜，市科技局局長錢志遠參加會議。
`;

/** A distinct fictional article per index, for bulk inputs (content differs so hashes differ). */
export function numberedArticle(i: number): string {
  const day = (i % 28) + 1;
  return `# 云岭市第${i}次专题协调会召开

本报讯（记者 林晓雯）10月${day}日，云岭市第${i}次专题协调会召开。市委书记欧阳明远主持会议并讲话，副市长马文静出席。

会议研究了第${i}批重点项目推进事项。
`;
}

export function tempDir(prefix = 'kg-ingest-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
