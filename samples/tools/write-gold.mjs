// The hand-made answers for samples/, written compactly: each official's posts once, then per
// document who appears how (full title chain, or only under a group label), the bylines,
// organisations and events. Writes samples/gold/*.json in the scorer's format (GUIDE.md).
// Edit here and re-run when a sample changes:  node samples/tools/write-gold.mjs
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const goldDir = fileURLToPath(new URL('../gold/', import.meta.url));
const O = {
  省委: ['省委', '北川省委'], 市委: ['市委', '云岭市委'], 市政府: ['市政府', '云岭市政府', '云岭市人民政府'],
  人大: ['市人大常委会', '云岭市人大常委会'], 政协: ['市政协', '云岭市政协', '政协云岭市委员会', '政协云岭市第十五届委员会'],
  组织部: ['市委组织部', '云岭市委组织部', '组织部'], 宣传部: ['市委宣传部', '云岭市委宣传部', '宣传部'],
  发改: ['市发展改革委', '云岭市发展改革委'], 教育: ['市教育局', '云岭市教育局'], 卫健: ['市卫健委', '云岭市卫健委'],
  商务: ['市商务局', '云岭市商务局'], 云大: ['云岭大学'], 云大党委: ['云岭大学', '云岭大学党委'],
  高新党工委: ['云岭高新区党工委', '云岭高新区'], 高新管委会: ['云岭高新区管委会', '管委会', '云岭高新区'],
  集团: ['云岭新材料集团'], 集团党委: ['云岭新材料集团', '云岭新材料集团党委'], 医院: ['云岭市第一人民医院'],
  青溪区委: ['青溪区委', '云岭市青溪区委'], 白鹭县委: ['白鹭县委', '云岭市白鹭县委'], 石门县委: ['石门县委', '云岭市石门县委'],
  社科院: ['北川省社会科学院'], 理工: ['北川理工大学'], 萨瓦尼亚: ['萨瓦尼亚共和国', '萨瓦尼亚共和国驻华大使馆', '萨瓦尼亚'],
  贝恩: ['贝恩市', '卡尔达维亚共和国贝恩市'],
};
const cityGov = ['市政府', '云岭市政府', '云岭市人民政府', '云岭市'];
const provGov = ['北川省政府', '北川省人民政府', '北川省'];
const P = {
  沈砚秋: { titles: ['省委常委', '市委书记'], orgs: [O.省委, O.市委] },
  韩卫东: { titles: ['市委副书记', '市长'], orgs: [O.市委], optionalOrgs: cityGov },
  郑立川: { titles: ['市委副书记'], orgs: [O.市委] },
  乔明远: { titles: ['市人大常委会主任'], orgs: [O.人大] },
  尚建国: { titles: ['市人大常委会副主任'], orgs: [O.人大] },
  易思澜: { titles: ['市政协主席'], orgs: [O.政协] },
  聂红梅: { titles: ['市政协副主席'], orgs: [O.政协] },
  欧阳晓峰: { titles: ['市委常委', '秘书长'], orgs: [O.市委] },
  司马青: { titles: ['市委常委', '组织部部长'], orgs: [O.市委, O.组织部] },
  温兰芝: { titles: ['市委常委', '宣传部部长'], orgs: [O.市委, O.宣传部] },
  庞振宇: { titles: ['市委常委', '常务副市长'], orgs: [O.市委], optionalOrgs: cityGov },
  田野: { titles: ['市委常委', '青溪区委书记'], orgs: [O.市委, O.青溪区委] },
  陆承志: { titles: ['副市长'], orgs: [], optionalOrgs: cityGov },
  林婉清: { titles: ['副市长'], orgs: [], optionalOrgs: cityGov },
  杜海平: { titles: ['副市长'], orgs: [], optionalOrgs: cityGov },
  曹景行: { titles: ['白鹭县委书记'], orgs: [O.白鹭县委] },
  冯玉洁: { titles: ['石门县委副书记', '县长'], orgs: [O.石门县委], optionalOrgs: ['石门县政府', '石门县人民政府', '石门县'] },
  罗志坚: { titles: ['云岭高新区党工委书记', '管委会主任'], orgs: [O.高新党工委, O.高新管委会] },
  鲁文博: { titles: ['云岭大学党委书记'], orgs: [O.云大党委] },
  钟怡然: { titles: ['校长'], orgs: [O.云大] },
  孔令仪: { titles: ['副校长'], orgs: [O.云大] },
  魏致远: { titles: ['云岭市第一人民医院院长'], orgs: [O.医院] },
  谭启明: { titles: ['云岭新材料集团党委书记', '董事长'], orgs: [O.集团党委] },
  邵嘉欣: { titles: ['总经理'], orgs: [[...O.集团, '集团']] },
  费立群: { titles: ['市发展改革委主任'], orgs: [O.发改] },
  夏明哲: { titles: ['市教育局局长'], orgs: [O.教育] },
  袁晓东: { titles: ['市卫健委主任'], orgs: [O.卫健] },
  甘志诚: { titles: ['市商务局局长'], orgs: [O.商务] },
  梁思远: { titles: ['副省长'], orgs: [], optionalOrgs: provGov },
  诸葛文涛: { titles: ['北川省社会科学院研究员'], orgs: [O.社科院] },
  上官怡: { titles: ['北川理工大学教授'], orgs: [O.理工] },
  '马蒂亚斯·科尔纳': { titles: ['萨瓦尼亚共和国驻华大使'], orgs: [O.萨瓦尼亚] },
  '艾琳娜·沃斯': { titles: ['卡尔达维亚共和国贝恩市市长'], orgs: [O.贝恩] },
  包大勇: { titles: [], optionalTitles: ['种茶大户'] },
};
// A person as this document presents them: full chain (default), or only a group label / list title.
const full = (n) => ({ name: n, ...P[n] });
const label = (lab, opts = {}) => (n) => ({ name: n, titles: [], optionalTitles: [lab], ...(opts.orgs ? { optionalOrgs: opts.orgs } : {}) });
const withTitles = (n, titles, orgs, extra = {}) => ({ name: n, titles, orgs, ...extra });
const p = (name, ...role) => ({ name, role });
const by = (name, role) => ({ name, role });
const opt = (name) => ({ name, optional: true });

const docs = {
  '2026-03-11-yunling-daily-p1.txt': {
    source: '云岭日报, page 1, 2026-03-11 (fictional sample)',
    persons: [
      ...['沈砚秋', '韩卫东', '郑立川', '乔明远', '易思澜', '欧阳晓峰', '甘志诚', '马蒂亚斯·科尔纳'].map(full),
      ...['司马青', '温兰芝', '庞振宇', '田野'].map(label('市委常委', { orgs: O.市委 })),
      ...['陆承志', '林婉清', '杜海平', '尚建国', '聂红梅'].map(label('市领导')),
    ],
    bylines: [by('许晴川', '记者'), by('黎明轩', '通讯员'), by('姚雪松', '摄影'), by('叶知秋', '记者')],
    organizations: [O.省委, O.市委, O.市政府, O.人大, O.政协, O.发改, O.商务, O.萨瓦尼亚,
      opt(['青溪区']), opt(['云岭高新区']), opt(['云岭宾馆']), opt(['云岭日报'])],
    events: [
      { name: '市委常委会会议', aliases: ['市委常委会召开会议', '市委常委会'], date: '03-10', participants: [
        p('沈砚秋', '主持', '讲话'), ...['韩卫东', '郑立川', '司马青', '温兰芝', '庞振宇', '欧阳晓峰', '田野'].map((n) => p(n, '出席')),
        p('乔明远', '列席'), p('易思澜', '列席')] },
      { name: '全市优化营商环境推进大会', date: '03-10', participants: [
        p('沈砚秋', '讲话', '出席'), p('韩卫东', '主持'),
        ...['乔明远', '易思澜', '庞振宇', '陆承志', '林婉清', '杜海平', '尚建国', '聂红梅'].map((n) => p(n, '出席'))] },
      { name: '沈砚秋会见萨瓦尼亚共和国驻华大使', aliases: ['会见萨瓦尼亚共和国驻华大使马蒂亚斯·科尔纳一行', '会见'], date: '03-10', participants: [
        p('沈砚秋', '会见'), p('马蒂亚斯·科尔纳', '会见', '其他', '出席'), p('欧阳晓峰', '参加', '会见'), p('甘志诚', '参加', '会见')] },
      { name: '全省经济工作会议', date: null, optional: true, participants: [] },
    ],
  },
  '2026-03-12-yunling-daily-p1.md': {
    source: '云岭日报, page 1, 2026-03-12 (fictional sample, Markdown)',
    persons: ['梁思远', '沈砚秋', '鲁文博', '钟怡然', '上官怡', '温兰芝', '夏明哲', '韩卫东', '庞振宇', '陆承志', '林婉清', '杜海平', '费立群'].map(full),
    bylines: [by('方若愚', '记者'), by('姚雪松', '摄影'), by('唐一鸣', '记者'), by('黎明轩', '通讯员')],
    organizations: [O.云大, O.理工, O.省委, O.市委, O.市政府, O.宣传部, O.教育, O.发改, opt(['云岭大学党委']), opt(['云岭日报'])],
    events: [
      { name: '云岭大学建校七十周年发展大会', date: '03-11', participants: [
        p('梁思远', '出席', '讲话'), p('沈砚秋', '出席', '讲话'), p('鲁文博', '主持'), p('钟怡然', '致辞'), p('上官怡', '致辞'),
        p('温兰芝', '出席'), p('夏明哲', '出席')] },
      { name: '市政府常务会议', date: '03-11', participants: [
        p('韩卫东', '主持'), ...['庞振宇', '陆承志', '林婉清', '杜海平'].map((n) => p(n, '出席')), p('费立群', '列席')] },
    ],
  },
  '2026-03-13-yunling-daily-p3.html': {
    source: '云岭日报, page 3, 2026-03-13 (fictional sample, HTML)',
    persons: ['林婉清', '袁晓东', '魏致远'].map(full),
    bylines: [by('蒋婷', '记者'), by('窦新', '通讯员'), by('姚雪松', '摄影')],
    organizations: [O.卫健, O.医院, ['白鹭县卫健局'], opt(['云岭日报']), opt(['云岭日报社'])],
    events: [
      { name: '全市卫生健康工作会议', date: '03-12', participants: [p('林婉清', '出席', '讲话'), p('袁晓东', '主持'), p('魏致远', '其他', '讲话', '参加')] },
    ],
  },
  '2026-03-14-yunling-daily-p2.txt': {
    source: '云岭日报, page 2, 2026-03-14 (fictional sample)',
    persons: [...['韩卫东', '杜海平', '罗志坚', '谭启明', '邵嘉欣', '梁思远', '马蒂亚斯·科尔纳', '甘志诚', '诸葛文涛'].map(full)],
    bylines: [by('石磊', '摄影'), by('柯佳', '记者')],
    organizations: [O.集团, ['云岭高新区', '云岭高新区党工委', '云岭高新区管委会'], O.市委, O.商务, O.社科院,
      opt(['萨瓦尼亚共和国']), opt(['云岭国际会议中心']), opt(['云岭新材料集团党委']), opt(['云岭日报'])],
    events: [
      { name: '云岭新材料集团年产十万吨高纯材料项目投产仪式', aliases: ['云岭新材料集团年产十万吨高纯材料项目投产'], date: '03-13', participants: [
        p('韩卫东', '出席', '其他'), p('杜海平', '出席'), p('罗志坚', '主持'), p('谭启明', '致辞'), p('邵嘉欣', '其他', '讲话', '参加')] },
      { name: '北川—萨瓦尼亚经贸合作论坛', date: '03-13', participants: [
        p('梁思远', '出席', '致辞'), p('马蒂亚斯·科尔纳', '出席', '致辞'), p('韩卫东', '出席'), p('甘志诚', '主持'),
        p('诸葛文涛', '讲话', '其他'), p('谭启明', '讲话', '其他', '参加')] },
    ],
  },
  '2026-03-15-yunling-daily-p1-gbk.txt': {
    source: '云岭日报, page 1, 2026-03-15 (fictional sample, GBK-encoded)',
    persons: ['乔明远', '尚建国', '陆承志', '易思澜', '郑立川', '聂红梅', '冯玉洁'].map(full),
    bylines: [by('唐一鸣', '记者'), by('方若愚', '记者'), by('叶知秋', '记者')],
    organizations: [[...O.人大, '市十六届人大常委会', '云岭市十六届人大常委会'], ['市中级人民法院', '云岭市中级人民法院'], ['市人民检察院', '云岭市人民检察院'], O.政协, O.市委, O.石门县委,
      opt(O.市政府), opt(['政协云岭市第十五届委员会常务委员会']), opt(['云岭日报'])],
    events: [
      { name: '市十六届人大常委会第二十次会议', aliases: ['市人大常委会第二十次会议', '市十六届人大常委会举行第二十次会议'], date: '03-14', participants: [
        p('乔明远', '主持'), p('尚建国', '出席'), p('陆承志', '列席')] },
      { name: '政协云岭市第十五届委员会常务委员会第九次会议', date: '03-14', participants: [
        p('易思澜', '主持', '讲话'), p('郑立川', '出席', '讲话'), p('聂红梅', '出席'), p('冯玉洁', '出席')] },
    ],
  },
  '2026-03-16-yunling-daily-p1.txt': {
    source: '云岭日报, page 1, 2026-03-16 (fictional sample)',
    persons: [...['沈砚秋', '欧阳晓峰', '曹景行', '包大勇', '郑立川', '司马青', '田野', '冯玉洁'].map(full)],
    bylines: [by('许晴川', '记者'), by('方若愚', '记者')],
    organizations: [O.省委, O.市委, O.白鹭县委, O.组织部, O.青溪区委, O.石门县委,
      opt(['白鹭县农产品电商产业园']), opt(['鹭湾村']), opt(['合作社']), opt(['云岭日报'])],
    events: [
      { name: '沈砚秋在白鹭县调研', aliases: ['白鹭县调研', '调研乡村振兴和特色产业发展工作', '深入白鹭县调研乡村振兴和特色产业发展工作'], date: '03-15', participants: [
        p('沈砚秋', '调研'), p('欧阳晓峰', '其他', '调研', '参加'), p('曹景行', '其他', '调研', '参加'), { ...p('包大勇', '其他'), optional: true }] },
      { name: '全市组织工作会议', date: '03-15', participants: [
        p('郑立川', '出席', '讲话'), p('司马青', '讲话', '其他'), p('田野', '参加'), p('曹景行', '参加'), p('冯玉洁', '参加')] },
    ],
  },
  '2026-03-17-yunling-daily-p1.txt': {
    source: '云岭日报, page 1, 2026-03-17 (fictional sample)',
    persons: [full('韩卫东'), full('艾琳娜·沃斯'), full('陆承志'), full('甘志诚'), full('温兰芝'), full('鲁文博'),
      withTitles('孔令仪', ['副校长'], [O.云大]), full('诸葛文涛'), full('上官怡')],
    bylines: [by('唐一鸣', '记者'), by('石磊', '摄影'), by('柯佳', '记者')],
    organizations: [O.贝恩, O.市委, O.宣传部, ['市社科联', '云岭市社科联'], O.云大, O.社科院, O.理工, O.商务,
      opt(['卡尔达维亚共和国']), opt(['云岭市']), opt(['云岭大学党委']), opt(['云岭日报'])],
    events: [
      { name: '韩卫东会见卡尔达维亚共和国贝恩市客人', aliases: ['会见卡尔达维亚共和国贝恩市市长艾琳娜·沃斯一行', '会见'], date: '03-16', participants: [
        p('韩卫东', '会见'), p('艾琳娜·沃斯', '会见', '其他', '出席'), p('陆承志', '参加', '会见'), p('甘志诚', '参加', '会见')] },
      { name: '云岭市高质量发展理论研讨会', date: '03-16', participants: [
        p('温兰芝', '出席', '致辞'), p('鲁文博', '出席'), p('孔令仪', '主持'), p('诸葛文涛', '讲话', '其他'), p('上官怡', '讲话', '其他')] },
    ],
  },
  '2026-03-18-yunling-daily-p2.txt': {
    source: '云岭日报, page 2, 2026-03-18 (fictional sample)',
    persons: [full('韩卫东'), withTitles('钟怡然', ['云岭大学校长'], [O.云大]), withTitles('孔令仪', ['云岭大学副校长'], [O.云大]),
      ...['罗志坚', '费立群', '夏明哲', '庞振宇', '冯玉洁', '曹景行'].map(full)],
    bylines: [by('蒋婷', '记者'), by('叶知秋', '记者')],
    organizations: [['云岭市人民政府', '市政府', '云岭市政府'], O.云大, ['云岭高新区', '云岭高新区党工委', '云岭高新区管委会'], O.发改, O.教育,
      O.市委, O.石门县委, O.白鹭县委, opt(['桃源镇']), opt(['石门县中药材加工园区']), opt(['云岭日报'])],
    events: [
      { name: '市校合作座谈会', aliases: ['云岭市人民政府与云岭大学市校合作座谈会'], date: '03-17', participants: [
        p('韩卫东', '讲话'), p('钟怡然', '讲话'), ...['孔令仪', '罗志坚', '费立群', '夏明哲'].map((n) => p(n, '参加'))] },
      { name: '石门县乡村振兴现场推进会', date: '03-17', participants: [p('庞振宇', '出席', '讲话'), p('冯玉洁', '主持'), p('曹景行', '参加')] },
    ],
  },
  '2026-03-19-yunling-feed.jsonl:1': {
    gold: '2026-03-19-yunling-feed-L1.json',
    source: 'JSONL line 1: 云岭日报 2026-03-19 (fictional sample)',
    persons: [full('韩卫东'), full('杜海平'), full('邵嘉欣')],
    bylines: [by('许晴川', '记者')],
    organizations: [O.市委, O.集团],
    events: [{ name: '全市安全生产工作会议', date: '03-18', participants: [p('韩卫东', '出席', '讲话'), p('杜海平', '主持'), p('邵嘉欣', '讲话', '其他', '参加')] }],
  },
  '2026-03-19-yunling-feed.jsonl:2': {
    gold: '2026-03-19-yunling-feed-L2.json',
    source: 'JSONL line 2: 云岭日报 2026-03-19 (fictional sample)',
    persons: [full('林婉清'), withTitles('钟怡然', ['云岭大学校长'], [O.云大]), full('袁晓东'), full('魏致远')],
    bylines: [by('蒋婷', '记者'), by('窦新', '通讯员')],
    organizations: [O.医院, O.云大, O.卫健, opt(['松台区'])],
    events: [{ name: '云岭市第一人民医院新院区启用仪式', aliases: ['云岭市第一人民医院新院区启用'], date: '03-18', participants: [
      p('林婉清', '出席', '其他'), p('钟怡然', '出席'), p('袁晓东', '出席'), p('魏致远', '致辞')] }],
  },
  '2026-03-19-yunling-feed.jsonl:3': {
    gold: '2026-03-19-yunling-feed-L3.json',
    source: 'JSONL line 3: 云岭日报 2026-03-20 (fictional sample)',
    persons: [full('温兰芝'), full('田野')],
    bylines: [by('柯佳', '记者')],
    organizations: [O.市委, O.宣传部, O.青溪区委],
    events: [
      { name: '全市宣传思想文化工作会议', date: '03-19', participants: [p('温兰芝', '出席', '讲话'), p('田野', '参加')] },
      { name: '全省宣传部长会议', date: null, optional: true, participants: [] },
    ],
  },
  '2026-03-19-yunling-feed.jsonl:4': {
    gold: '2026-03-19-yunling-feed-L4.json',
    source: 'JSONL line 4: 云岭日报 2026-03-21 (fictional sample)',
    persons: [full('沈砚秋'), full('诸葛文涛'), ...['韩卫东', '乔明远', '易思澜', '郑立川'].map(label('市领导'))],
    bylines: [by('方若愚', '记者')],
    organizations: [O.省委, O.市委, O.社科院, opt(['市委理论学习中心组'])],
    events: [{ name: '市委理论学习中心组集体学习', aliases: ['市委理论学习中心组举行集体学习', '集体学习'], date: '03-20', participants: [
      p('沈砚秋', '主持', '讲话'), p('诸葛文涛', '讲话', '其他'), ...['韩卫东', '乔明远', '易思澜', '郑立川'].map((n) => p(n, '出席'))] }],
  },
};
for (const [document, d] of Object.entries(docs)) {
  const { gold, ...rest } = d;
  const file = gold ?? document.replace(/\.[a-z]+$/, '.json');
  const orgs = rest.organizations.map((o) => (Array.isArray(o) ? o : { name: o.name, optional: true }));
  const out = { document, ...rest, organizations: orgs };
  writeFileSync(`${goldDir}${file}`, JSON.stringify(out, null, 2) + '\n');
}
console.log(Object.keys(docs).length, 'gold files');
