// Writes the JSONL sample (one article per line, as a crawler would export it).
// Kept as a script so the article texts stay readable and each line stays valid JSON.
//   node samples/tools/write-jsonl.mjs
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const articles = [
  {
    title: '全市安全生产工作会议召开',
    date: '2026-03-19',
    source: '云岭日报',
    url: 'https://example.org/yunling-daily/2026-03-19/a1.html',
    text: `全市安全生产工作会议召开

本报讯（记者 许晴川）3月18日，全市安全生产工作会议召开。市委副书记、市长韩卫东出席并讲话，副市长杜海平主持。

韩卫东强调，要时刻绷紧安全生产这根弦，深入开展重点行业领域隐患排查整治，坚决遏制重特大事故发生。

云岭新材料集团总经理邵嘉欣作表态发言。会议以视频形式开到各县（区）、乡镇（街道）。`,
  },
  {
    title: '云岭市第一人民医院新院区启用',
    date: '2026-03-19',
    source: '云岭日报',
    url: 'https://example.org/yunling-daily/2026-03-19/a2.html',
    text: `云岭市第一人民医院新院区启用

本报讯（记者 蒋婷 通讯员 窦新）3月18日，云岭市第一人民医院新院区启用仪式举行。副市长林婉清出席并为新院区揭牌，云岭大学校长钟怡然，市卫健委主任袁晓东出席。云岭市第一人民医院院长魏致远致辞。

新院区位于松台区，开放床位一千二百张，设有胸痛、卒中、创伤等五大中心。`,
  },
  {
    title: '全市宣传思想文化工作会议召开',
    date: '2026-03-20',
    source: '云岭日报',
    url: 'https://example.org/yunling-daily/2026-03-20/a1.html',
    text: `全市宣传思想文化工作会议召开

温兰芝讲话

本报讯 3月19日，全市宣传思想文化工作会议召开。市委常委、宣传部部长温兰芝出席并讲话。市委常委、青溪区委书记田野参加。

会议传达了全省宣传部长会议精神，总结了去年工作，部署了今年任务。（柯佳）`,
  },
  {
    title: '市委理论学习中心组举行集体学习',
    date: '2026-03-21',
    source: '云岭日报',
    url: 'https://example.org/yunling-daily/2026-03-21/a1.html',
    text: `市委理论学习中心组举行集体学习

沈砚秋主持并讲话 韩卫东乔明远易思澜出席

本报讯（记者 方若愚）3月20日，市委理论学习中心组举行集体学习。省委常委、市委书记沈砚秋主持并讲话。北川省社会科学院研究员诸葛文涛作专题辅导。

市领导韩卫东、乔明远、易思澜、郑立川出席。`,
  },
];

const out = fileURLToPath(new URL('../2026-03-19-yunling-feed.jsonl', import.meta.url));
writeFileSync(out, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
console.log(`wrote ${out}`);
