/**
 * Pages as fuzz input: pages made of whole lines of every kind the parser
 * knows or meets on real pages, in random order and counts, simplified and
 * traditional. The page builder chooses its paths by whole lines (a
 * signature before a staff line, a byline after an editors' note), which
 * random characters and markers rarely reach.
 *
 * Shared by the fixed-seed run in `npm test` (test/fuzz-pages.test.ts) and
 * `npm run fuzz` (bench/fuzz.mjs), which runs many more from a seed it
 * prints, so a failure can be replayed with `npm run fuzz -- --seed N`.
 */

import { mulberry32 } from './random.mjs'

/** A seeded generator: the same pages for the same seed. */
export function random(seed) {
  const next = mulberry32(seed)
  const int = (n) => Math.floor(next() * n)
  return { next, int, pick: (items) => items[int(items.length)] }
}

/** Names as papers print them: plain, padded to three characters, or several. */
const NAMES = ['张晔', '杨峰雷', '赵敏', '张  晔', '苏  滨', '欧阳明月', '王志强', '窦阳', '郜阳', '熊长青', '孙辰茜', '李银刚']
const PLACES = ['北京', '太原', '深圳', '台北', '香港', '雪邦']

/** Line kinds, each a function of the generator giving one line (simplified; some already traditional). */
export const LINE_KINDS = {
  masthead: (r) => r.pick(['忻州日报', '晋城日报', '人民日报', '明報', '玉溪日报 YUXI DAILY', '忻州日报 忻州在线']),
  pageHeaderDate: (r) => r.pick(['2024年6月4日 星期二', '2020年5月10日  星期日  农历四月十八', '光明日报 2012年10月27日 星期六']),
  pageHeaderPage: (r) => r.pick(['第3版：城市新闻', '01版:要闻', 'A02 | 港聞', '第1版(要闻)', '《人民日报》（2025年03月10日第 01 版）']),
  stamp: (r) => r.pick(['發佈日期 : 2018-08-02', '2018-09-19 11:05', '发布时间：2022-05-30 08:00']),
  chrome: (r) => r.pick(['列印', '文字大小', '打印本页 关闭窗口', '【字体：大 中 小】']),
  kicker: (r) => r.pick(['2025年全国两会——', '聚焦高质量发展：', '李强：坚定信心、毫不松懈，推动经济持续回升向好', '编辑点评']),
  headline: (r) => r.pick(['市委专题会议召开', '小职员发挥大作用', '全市春播工作有序推进', '【板前糾紛】法官完成引導 陪審團開始退庭商議', '以高质量党建引领高质量发展（专题深思）', '天气预报 晴']),
  subheadline: (r) => r.pick(['——记忻府区市政工程服务中心王敏和他的同事们', '郑连生主持并讲话 朱晓东安排工作', '副题：多措并举稳就业']),
  byline: (r) => `${r.pick(['本报记者', '记者', '全媒体记者', '融媒体记者', '见习记者', '特约记者', '■', '文/图'])} ${r.pick(NAMES)}${r.int(2) ? '' : ` ${r.pick(NAMES)}`}`,
  bylinePadded: (r) => `本报记者  ${r.pick(NAMES)}  ${r.pick(NAMES)}`,
  datelineFlash: (r) => `${r.pick(['本报讯', '新京报讯', '南都讯', '长江日报讯', '湖北日报讯'])}（记者 ${r.pick(NAMES)}${r.int(2) ? '' : ` 通讯员 ${r.pick(NAMES)}`}）5月9日，全市召开会议，部署有关工作。`,
  datelineWire: (r) => `${r.pick(['新华社', '本报', '中新社'])}${r.pick(PLACES)}5月9日电（记者 ${r.pick(NAMES)}）会议指出，要加强基础设施建设。`,
  datelineBracket: (r) => r.pick(['【本報訊】警方昨日拘捕一名男子。', '【明報專訊】政府昨宣布新措施。', '〔記者陳彥廷／屏東報導〕縣府今天表示。', '（中央社記者戴雅真台北29日電）立法院今天審查。', '（雪邦21日讯）当局今日宣布。', '【本報記者深圳廿二日電】']),
  paragraph: (r) => r.pick(['全市上下团结一心，共同推进各项工作落实落细。', '据了解，今年以来我市共完成投资12亿元，同比增长8.5%。', '会议要求，要深入贯彻落实《忻州市5G基建服务专班实施方案》。', '昨日，记者从市住建局获悉，', '这是一段没有结束的文字']),
  paragraphInlineList: (r) => r.pick(['会议强调，一是要提高认识；二是要压实责任；三是要狠抓落实。', '要做到：第一，加强领导；第二，完善机制。', '（一）总体要求。（二）主要任务。']),
  listItem: (r) => `${r.pick(['一是', '二是', '三是', '第一、', '第二、', '第四，', '（一）', '1.', '①'])}${r.pick(['建立健全机制。', '加强队伍建设。', '强化督导检查。'])}`,
  signatureAlone: (r) => r.pick([`（${r.pick(NAMES)}）`, `(${r.pick(NAMES)})`, `（记者 ${r.pick(NAMES)}）`, `（本报记者${r.pick(NAMES)}参与采写）`, `（文/图 ${r.pick(NAMES)}）`, '（记者 杨海彤 整理）']),
  signatureGlued: (r) => `正文最后一句话。${r.pick([`（${r.pick(NAMES)}）`, `(${r.pick(NAMES)})`, `（记者 ${r.pick(NAMES)}）`])}`,
  staffKnown: (r) => r.pick(['责任编辑：孙丽', '校对：吴昊', '责编：孙丽', '本版责编:鲁明强', '责任编辑：孙丽　美术编辑：王芳　校对：吴昊', '编辑：刘燕    审核：马儒文', '编辑:刘燕 美编:王芳 组版:李强', '值班编委：张三', '（編輯：方沛清）1140710']),
  staffUnknownRole: (r) => r.pick(['统筹：张三', '编审：李四　终审：王五', '新京报记者 苏季 校对 李铭']),
  caption: (r) => r.pick(['图为工人们正在拆除路灯', '▲市民在广场上参加活动。', '■ 游客在景区游玩 本报记者 张伟 摄', '許金山涉案。資料圖片', '現場情況（蘇智鑫攝）']),
  photoCredit: (r) => r.pick(['李潤芳攝', '本报记者 窦阳 摄', '記者陳嘉寧／翻攝']),
  jumpLine: (r) => r.pick(['(下转第2版)', '（上接第一版）', '（下转A3版）']),
  editorsNote: (r) => r.pick(['编者按：这是一段编者按。', '編者按：本報今起推出系列報道。']),
  sourceNote: (r) => r.pick(['数据来源：国家统计局', '（来源：广州日报）', '作者：刘俊（来源：广州日报）']),
  clipping: (r) => r.pick(['字數: 856 words', '報章 | A02 |澳聞', '275 .澳門日報 | 發行量/接觸人次: 100,000 | 2019-05-23', '文章編號: 201905230000123', '文章總數: 5 篇']),
  contact: (r) => r.pick(['本版邮箱：xzrb@163.com', '新闻热线：0350-3032110']),
  dateCode: (r) => r.pick(['1021029', '潛力獎。1021029']),
  endMark: (r) => r.pick(['(完)', '◇', '（完）']),
  intertitle: (r) => r.pick(['小标题', '以精细化运营', '１设置一批停车位', '２施工伤树问题']),
  tableCell: (r) => r.pick(['公司名称', '上会日期', '2026/1/13', '中信证券']),
}

/** Traditional forms of the simplified lines, character by character, for the characters the lines use most. */
const TRADITIONAL = new Map(Object.entries({
  报: '報', 讯: '訊', 记: '記', 员: '員', 编: '編', 辑: '輯', 责: '責', 任: '任', 张: '張', 赵: '趙', 杨: '楊', 峰: '峰', 东: '東',
  图: '圖', 为: '為', 们: '們', 灯: '燈', 长: '長', 间: '間', 会: '會', 议: '議', 开: '開', 区: '區', 发: '發', 展: '展',
  华: '華', 电: '電', 国: '國', 统: '統', 计: '計', 处: '處', 摄: '攝', 审: '審', 核: '核', 对: '對', 校: '校', 与: '與',
  这: '這', 进: '進', 种: '種', 经: '經', 济: '濟', 设: '設', 强: '強', 领: '領', 导: '導', 机: '機', 制: '制', 队: '隊',
  伍: '伍', 风: '風', 险: '險', 实: '實', 现: '現', 场: '場', 来: '來', 资: '資', 料: '料', 网: '網', 联: '聯', 动: '動',
}))

export function toTraditional(line) {
  let out = ''
  for (const ch of line) out += TRADITIONAL.get(ch) ?? ch
  return out
}

const KIND_NAMES = Object.keys(LINE_KINDS)
/** Blank lines between two lines: mostly none or one, sometimes several. */
const GAPS = ['\n', '\n', '\n\n', '\n\n', '\n\n\n', '\n\n\n\n\n', '\r\n', '\n \n']

/**
 * One page: `lines` lines (random kinds, or mostly the kinds of an article in
 * order), joined by random gaps, in simplified or traditional script.
 */
export function generatePage(r, { maxLines = 24 } = {}) {
  const count = 1 + r.int(maxLines)
  const lines = []
  // Half the pages follow an article's shape loosely, so the paths deep in
  // the builder (heading groups, closing lines) are reached; half are any order.
  const shaped = r.int(2) === 0
  const ARTICLE = ['kicker', 'headline', 'subheadline', 'byline', 'datelineFlash', 'paragraph', 'listItem', 'listItem', 'paragraph', 'signatureAlone', 'staffKnown']
  for (let i = 0; i < count; i++) {
    const kind = shaped && r.int(3) > 0 ? ARTICLE[(i + r.int(2)) % ARTICLE.length] : r.pick(KIND_NAMES)
    lines.push(LINE_KINDS[kind](r))
  }
  let page = lines[0]
  for (let i = 1; i < lines.length; i++) page += r.pick(GAPS) + lines[i]
  if (r.int(3) === 0) page += '\n'
  return r.int(4) === 0 ? toTraditional(page) : page
}
