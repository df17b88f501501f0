// Writes the GBK-encoded sample page (many older newspaper sites still serve GBK).
// The text lives here in UTF-8 so it stays reviewable; the sample file holds the GBK bytes.
//   node samples/tools/write-gbk.mjs
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';

const text = `云岭日报
2026年3月15日 第1版

市人大常委会举行第二十次会议

乔明远主持

本报讯（记者 唐一鸣）3月14日，市十六届人大常委会举行第二十次会议。市人大常委会主任乔明远主持会议。

会议听取和审议了市政府关于全市生态环境状况和环境保护目标完成情况的报告，表决通过了人事任免事项。

市人大常委会副主任尚建国出席。副市长陆承志，市中级人民法院、市人民检察院负责同志列席会议。

政协云岭市第十五届委员会常务委员会第九次会议召开

易思澜主持并讲话 郑立川出席并讲话

本报讯 3月14日，政协云岭市第十五届委员会常务委员会第九次会议召开，围绕“推进县域经济高质量发展”开展专题协商。市政协主席易思澜主持会议并讲话。市委副书记郑立川出席并讲话。

易思澜指出，要发挥政协人才荟萃、智力密集优势，深入调研、精准建言，为县域经济发展贡献政协力量。

市政协副主席聂红梅，石门县委副书记、县长冯玉洁出席。部分常委作了大会发言。（方若愚 叶知秋）
`;

const out = fileURLToPath(new URL('../2026-03-15-yunling-daily-p1-gbk.txt', import.meta.url));
writeFileSync(out, iconv.encode(text, 'gbk'));
console.log(`wrote ${out}`);
