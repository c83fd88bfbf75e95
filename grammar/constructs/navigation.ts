/**
 * A site's navigation copied with its page: its menus and its breadcrumbs.
 *
 *   长春 江城 四平 辽源 通化 白城 白山 松原 延边               a menu on one line (readChrome asks isMenu)
 *   紫牛头条 / 时政 / 文娱 / 体育 / 科技 / …                   a menu copied one item to a line
 *   - 日 报 / - 晨 报 / - 微 博                                a menu a converter printed as a list
 *   当前位置: / 眉山新闻网 / > / 彭山区 / > / 新闻中心           a breadcrumb copied one link to a line
 *   首页 供应商资讯 酒鬼酒剥离房地产业务 深耕白酒主业 / <title>   a breadcrumb ending with the title, over it
 *   昭阳新闻 / <title> / 来源:昭阳信息网 更新时间:…            a channel's name over the title, the site's stamp under it
 *
 * Everything about the convention is here, but the lines of interface a
 * breadcrumb or a menu prints whole (首页 > 菲國新聞, 搜狐首页 - 新闻 - 体育):
 * chrome.ts reads those with the site's other interface lines. Every row
 * of a menu or a breadcrumb is interface — not a title, a section label, a
 * byline or a paragraph.
 */
import { tokenMatcher } from 'chevrotain'
import { HAN_CLASS } from '../han'
import { SENTENCE_MARK, afterBullet, endsStory, printedLength, trimmed } from '../layout'
import { looksLikeName } from '../names'
import { Role } from '../tokens'
import { isStoryText, lineText, readAs, type Kind, type Row } from '../../src/assemble/row'
import type { Refinement } from './construct'
import { firstUnderTopFurniture } from '../page-shape'

/**
 * A site's menu of places or channels: many short words set apart by
 * spaces (长春 江城 四平 辽源 通化 白城 白山 松原 延边 · 天气预报 北京 上海 广州 武汉 …),
 * none of them a role (记者 苏 凯 通讯员 宋超喜 摄影报道 is a credit), most of them no names.
 */
export const MENU = /^(?:[^ 。!?,:;|]{1,6} ){5,}[^ 。!?,:;|]{1,12}$/

/** The channels a site files a story under, slashes between them (民生/社会/时讯/热点): a menu of three words at least. */
const CHANNEL_PATH = new RegExp(`^[${HAN_CLASS}]{2,4}(?:[/／][${HAN_CLASS}]{2,4}){2,}$`)

/** A menu, and not a list of people (出席会议的有 王海 李强 张伟 刘洋 陈静 杨帆): most of its words are no names. */
export function isMenu(line: string): boolean {
  const channels = CHANNEL_PATH.test(line)
  if (!channels && !MENU.test(line)) return false
  const words = line.split(channels ? /[/／]/ : ' ')
  return 2 * words.filter(looksLikeName).length <= words.length
}

/** The longest item of a site's menu copied one to a line (时政, AI播报, 扬子鉴藏). */
const MAX_MENU_ITEM = 6
/** The fewest items one to a line that make a menu. */
const MIN_MENU_ITEMS = 6
/** What a menu's items may have been read as, one by one: titles, words, sections, interface, a credit's line (时政). */
const MENU_ITEM_KINDS: ReadonlySet<Kind> = new Set(['heading', 'body', 'pageHeader', 'byline', 'chrome'])
/** The rows that show a run of words is the site's navigation: its interface, its section labels, the site's name and page lines. */
const NAVIGATION_KINDS: ReadonlySet<Kind> = new Set(['chrome', 'pageHeader', 'sourceNote', 'masthead'])
/** The fewest rows of navigation in a menu or straight beside it (首页, 体育, 国内, 中央政府门户网站 over it). */
const MIN_NAVIGATION_ROWS = 2
/** How many rows over a menu may show it is navigation (the site's name, its page line). */
const NAVIGATION_ABOVE = 2

/** Whether a row may be an item of a site's menu: a word or two, no mark, no number; straight under the item before it. */
export const menuItem = (row: Row | undefined, first = false): boolean =>
  row !== undefined &&
  MENU_ITEM_KINDS.has(row.kind) &&
  (first || row.gap === 0) &&
  printedLength(row.tokens) <= MAX_MENU_ITEM &&
  MENU_WORD.test(lineText(row.tokens).trim()) &&
  !row.tokens.some((token) => tokenMatcher(token, Role))
/** A menu's item: Han characters and Latin letters, no digit, no mark (AI播报, B座西窗). */
const MENU_WORD = new RegExp(`^[${HAN_CLASS}A-Za-z]{2,}$`)

/**
 * A site's menu copied one item to a line over the story (紫牛头条 / 时政 / 文娱 / 体育 /
 * 科技 / 财汇 / …): six items or more, each a word or two and no credit, straight under one
 * another, before the page's text begins (its first sentence), two of them or of the rows
 * beside them already the site's navigation (首页, a section's label: 体育, 国内). Interface,
 * every line — not a title, a section label or a paragraph each. (A poem, a list of names,
 * dishes or places, a story's head with its credits, show no navigation: never read so.)
 */
export const menuRuns: Refinement = (rows) => {
  const firstText = rows.findIndex((row) => isStoryText(row) && endsStory(lineText(row.tokens)))
  const firstStoryRow = rows.findIndex(isStoryText)
  const menu = new Set<number>()
  for (let k = 0; k < rows.length && (firstText === -1 || k < firstText); ) {
    // (A menu a converter printed as a list, its bullets showing it: - 日 报 / - 晨 报 / - 微 博; over any of the page's
    // text, not a story's list under its words, …主要出售： / - 苹果 / - 香蕉 / - 橙子.)
    let bulleted = k
    while (bulleted < rows.length && bulletedMenuItem(rows[bulleted]!, bulleted === k)) bulleted++
    if (bulleted - k >= MIN_BULLETED_MENU_ITEMS && (firstStoryRow === -1 || firstStoryRow >= k)) {
      for (let m = k; m < bulleted; m++) menu.add(m)
      k = bulleted
      continue
    }
    let n = k
    while (n < rows.length && menuItem(rows[n], n === k)) n++
    const navigation = rows.slice(Math.max(k - NAVIGATION_ABOVE, 0), n + 1).filter((row) => NAVIGATION_KINDS.has(row.kind)).length
    if (n - k >= MIN_MENU_ITEMS && navigation >= MIN_NAVIGATION_ROWS) for (let m = k; m < n; m++) menu.add(m)
    k = Math.max(n, k + 1)
  }
  return menu.size === 0 ? rows : rows.map((row, k) => (menu.has(k) && row.kind !== 'chrome' ? readAs(row, 'chrome') : row))
}

/**
 * A menu's item behind a list's bullet, as a converter prints a site's menu copied one item to a line (- 日 报, - 朝阳日报,
 * • 微 博): a word or two, perhaps padded, no mark, no number; straight under the item before it.
 */
const bulletedMenuItem = (row: Row, first: boolean): boolean =>
  MENU_ITEM_KINDS.has(row.kind) && (first || row.gap === 0) && BULLETED_MENU_ITEM.test(lineText(row.tokens).trim())
const BULLETED_MENU_ITEM = new RegExp(`^[-•*] (?:[${HAN_CLASS}A-Za-z] ?){2,${MAX_MENU_ITEM}}$`)
/** The fewest such items that make a menu: their bullets show it, no navigation beside them need. */
const MIN_BULLETED_MENU_ITEMS = 3

/** A breadcrumb from the home page, its steps set apart by spaces: 首页 供应商资讯 …. */
const CRUMBS_FROM_HOME = /^(?:首页|主页|网站首页) /
/** The most steps a breadcrumb takes before the story's title. */
const MAX_CRUMB_STEPS = 5

/**
 * A breadcrumb whose last step is the story's title, printed over the title
 * itself (首页 供应商资讯 酒鬼酒剥离房地产业务 深耕白酒主业 / 酒鬼酒剥离房地产业务 深耕白酒主业):
 * the site's interface, however much of the title it prints. Only from the home page, in a few
 * short steps, and only over the very title it ends with.
 */
export const crumbsOverTitle: Refinement = (rows) =>
  rows.map((row, k) => {
    const next = rows[k + 1]
    if (next?.kind !== 'heading' || (row.kind !== 'heading' && row.kind !== 'body')) return row
    const text = lineText(row.tokens).trim()
    const title = lineText(next.tokens).trim()
    if (!CRUMBS_FROM_HOME.test(text) || !text.endsWith(` ${title}`)) return row
    const steps = text.slice(0, -title.length).trim().split(/ +/)
    return steps.length <= MAX_CRUMB_STEPS && steps.every((step) => step.length <= MAX_CRUMB) ? readAs(row, 'chrome') : row
  })

/** The longest channel's name a site prints by its breadcrumb (学院新闻, 政务动态, 本地新闻). */
const MAX_CHANNEL = 6

/** A breadcrumb's steps after its label: split at its separators (当前位置: 首页 >> 学院新闻). */
const CRUMB_STEPS = /\s*(?:>{1,2}|[»›])\s*/

/**
 * A channel's name over or under the breadcrumb that ends with it (学院新闻 / 当前位置: 首页 >> 学院新闻),
 * once or twice, or under a crumb that ends with the story's title after it: the site's interface, the section the
 * page is in, not the story's kicker or title.
 */
export const channelByCrumb: Refinement = (rows) =>
  rows.map((row, k) => {
    if (row.kind !== 'heading' && row.kind !== 'body') return row
    const name = lineText(row.tokens).trim()
    // (A channel's name is short; a crumb ending with the story's title stands by the title, which it leaves be. A step
    // before the title's, named in full, may be longer.)
    if ([...name].length > MAX_CRUMB) return row
    const short = [...name].length <= MAX_CHANNEL
    // (The channel's name printed twice over its crumb, 学院新闻 / 学院新闻 / 当前位置: 首页 >> 学院新闻: both.)
    const twice = rows[k + 1] !== undefined && lineText(rows[k + 1]!.tokens).trim() === name
    const endsCrumb = (other: Row | undefined, underIt = false) => {
      if (other?.kind !== 'chrome') return false
      const text = lineText(other.tokens).trim()
      if (!CRUMB_LABEL.test(text)) return false
      const steps = text.split(CRUMB_STEPS).map((step) => step.trim())
      // (Under a crumb that ends with the story's title, the channel is the step before it: 当前位置:首页 > 勘探与钻采工程 >
      // 大庆两井队年进尺双破十万米 / 勘探与钻采工程 / the title.)
      return (short && steps.at(-1) === name) || (underIt && steps.length > 2 && steps.at(-2) === name && [...steps.at(-1)!].length > MAX_CHANNEL)
    }
    return endsCrumb(rows[k - 1], true) || endsCrumb(rows[k + 1]) || (twice && endsCrumb(rows[k + 2])) ? readAs(row, 'chrome') : row
  })

/** The words a site sets before its breadcrumb: 当前位置, 您的位置, 所在位置, and spoken to the reader, 您现在的位置. */
export const LOCATION_LABELS = '当前位置|您当前的位置|您的当前位置|您当前所在的位置|您的位置|你的位置|您所在的位置|所在位置|当前页面|您现在的位置|你现在的位置'
/** The label's word alone (位置 : 铜梁网 > 新闻详情), a story's field's word too: a breadcrumb's label only before its marked steps. */
export const BARE_LOCATION_LABEL = '位置'
/** Words a story uses too (现在的位置：东经122度…), a breadcrumb's label only before its marked steps. */
export const SPOKEN_LOCATION_LABELS = '现在的位置|当前的位置'

/** The label alone on its line, over a breadcrumb copied one link to a line: 当前位置:. */
const LOCATION_LABEL = new RegExp(`^(?:${LOCATION_LABELS}|${SPOKEN_LOCATION_LABELS}) ?[:：]?$`)
/** A breadcrumb's label opening its line, its steps after it: 当前位置: 首页 >> 学院新闻. */
const CRUMB_LABEL = new RegExp(`^(?:${LOCATION_LABELS}|${SPOKEN_LOCATION_LABELS}) ?[:：]?`)

/** A breadcrumb's separator alone on its line, as a page's links are copied one to a line: >, >>, », ›. */
const CRUMB_SEPARATOR = /^(?:>{1,2}|[»›])$/
/** The longest step of a breadcrumb copied one to a line (眉山新闻网, 新闻中心). */
const MAX_CRUMB = 12
/** The fewest separators that make lines a breadcrumb with no location label over it. */
const MIN_CRUMB_SEPARATORS = 2

/**
 * A breadcrumb copied one link to a line (当前位置: / 眉山新闻网 / > / 彭山区 / > / 新闻中心): its
 * separators alone on their lines, a short step with no sentence in it on each side of each, under
 * the site's location label, or with two separators or more over the page's text. Interface, every
 * line of it — not a title, a paragraph of one mark, an intertitle. A lone mark with no steps beside
 * it is left as it is, and so are a story's steps (打开App / > / 社保服务 / > / 社保卡挂失).
 */
export const brokenBreadcrumbs: Refinement = (rows) => {
  const crumbs = new Set<number>()
  const isStep = (row: Row | undefined) => row !== undefined && isCrumbStep(row)
  // (With no label over it, only over the page's text: steps with arrows inside a story are its how-to, 打开App / > / 社保服务.)
  const firstText = rows.findIndex((row) => row.kind === 'body' || row.kind === 'dateline' || row.kind === 'caption')
  for (let k = 0; k < rows.length; ) {
    if (!isSeparator(rows[k]) || !isStep(rows[k - 1])) {
      k++
      continue
    }
    // A run: step, separator, step, separator, … step; `last` its last step.
    let last = k - 1
    let separators = 0
    while (isSeparator(rows[last + 1]) && isStep(rows[last + 2])) {
      separators++
      last += 2
    }
    const label = rows[k - 2]
    const labelled = label?.kind === 'chrome' && LOCATION_LABEL.test(lineText(label.tokens).trim())
    const overText = firstText === -1 || k - 1 < firstText
    if ((separators >= MIN_CRUMB_SEPARATORS && overText) || (separators > 0 && labelled)) for (let n = k - 1; n <= last; n++) crumbs.add(n)
    k = Math.max(last, k + 1)
  }
  return crumbs.size === 0 ? rows : rows.map((row, k) => (crumbs.has(k) && row.kind !== 'chrome' ? readAs(row, 'chrome') : row))
}

const isSeparator = (row: Row | undefined): boolean => row !== undefined && CRUMB_SEPARATOR.test(lineText(row.tokens).trim())
/** What a step of a breadcrumb may have been read as on its own: a short line, a site's or section's name. */
const CRUMB_STEP_KINDS: ReadonlySet<Row['kind']> = new Set(['heading', 'body', 'chrome', 'sourceNote', 'masthead', 'pageHeader'])
const isCrumbStep = (row: Row): boolean => {
  const text = lineText(row.tokens).trim()
  return CRUMB_STEP_KINDS.has(row.kind) && [...text].length <= MAX_CRUMB && !SENTENCE_MARK.test(text) && !CRUMB_SEPARATOR.test(text)
}

/**
 * What a story's kicker says of it before 关注, drawing or deserving attention (备受关注, 引发关注, 值得关注, 持续关注,
 * 高度关注, 再引关注): a phrase of the story's, no channel's name (热点关注, 今日关注, 民生关注 are).
 */
const DRAWS_ATTENTION = '(?:备受|倍受|广受|深受|受到|引发|引起|再引|值得|持续|高度|密切|格外|特别|重点)关注$'

/**
 * A site's channel by its name: 昭阳新闻, 焦点新闻, 城关区新闻, 工作动态, 本地资讯, 热点关注 (a title is
 * longer: 防汛抗旱最新动态, 揭秘一条假新闻, 警惕虚假新闻; 今日丹东 names a channel as 今日立夏 or 今日开学
 * titles an event, and is left alone).
 */
const CHANNEL = new RegExp(`^(?!${DRAWS_ATTENTION})[${HAN_CLASS}]{2,3}(?:新闻|资讯|动态|关注)$`)
/** A channel an e-paper's page prints by its name (图片新闻); 今日关注, 两会关注 there are the page's column kickers. */
const PAGE_CHANNEL = /(?:新闻|资讯|动态)$/

/** The site's own fields, as it prints them by the story's title: the stamp, the source, the editor. */
const SITE_FIELDS: ReadonlySet<Row['kind']> = new Set(['stamp', 'sourceNote', 'editorLine'])
/** The longest column's name read as the site's by where it stands (城市拍客, 古城大小事). */
const MAX_COLUMN_NAME = 6

/** What a site prints about the story by its title: its own fields, and its controls (字體: 放大 還原 縮小). */
const TITLE_FIELDS: ReadonlySet<Row['kind']> = new Set([...SITE_FIELDS, 'chrome'])

/**
 * A site's channel named at the page's top (under its furniture and stamps) over the story's
 * title, the site's fields or controls by the title, under it or between the two (昭阳新闻 /
 * 罗炳辉广场:不文明市民乱丢乱吐弄脏绿化带 / 来源:昭阳信息网 更新时间:…; 供暖资讯 / http://www.sina.com.cn
 * 2009年11月04日02:05 兰州晨报 / 城关区:六成热用户已享“温暖”; 本報新聞 / 字體: 放大 還原 縮小 / title),
 * or under an e-paper's page line over a title and its text (第A3版:今日牡丹区 / 图片新闻 / 黄河特大桥工程快速建设 /
 * 在牡丹区李村镇,…): interface, not the title's kicker. Where no title stands between it and the text
 * (本地新闻 / 2025年09月08日 / 1.近日,…; 图片新闻 / 入夏以来,…) it is the page's own title, and stays one.
 */
export const channelLabels: Refinement = (rows) => {
  // (Under the page's top furniture and the site's stamp of the current issue: 當前報章2022年03月03日 / 今日導讀 / 本報新聞;
  // or under the site's menu that names it, whatever the page's top holds over it: • 新聞 / • 本地新聞 / • 美國新聞 /
  // 本地新聞 / title. A kicker the menu does not name, 备受关注, 持续关注, is the story's.)
  let firstText = firstUnderTopFurniture(rows)
  while (rows[firstText]?.kind === 'stamp' || rows[firstText]?.kind === 'chrome') firstText++
  const underMenu = rows.findIndex((row, k) => k > 0 && k > firstText && (row.kind === 'heading' || row.kind === 'body') && row.tokens.length <= MAX_CHANNEL_TOKENS && CHANNEL.test(lineText(row.tokens).trim()) && menuNames(rows, k))
  if (underMenu > 0 && !rows.slice(firstText, underMenu).some(isStoryText)) firstText = underMenu
  const row = rows[firstText]
  if (row === undefined || (row.kind !== 'heading' && row.kind !== 'body')) return rows
  const [next, after] = [rows[firstText + 1], rows[firstText + 2]]
  // (Any column's short name set off by its bullet, where the site's stamp stands between it and the title: ■城市拍客 /
  // 【发布日期:…】 / title. A kicker is printed over its headline, the site's fields under the heading; without the bullet
  // the line may be the title itself over its stamp, a short one: 防山火 勤吆喝 / 2015年04月03日 09:00 / ….)
  const line = trimmed(row.tokens)
  const bulleted = afterBullet(line)
  const parted =
    bulleted !== line && next !== undefined && SITE_FIELDS.has(next.kind) && after?.kind === 'heading' && printedLength(bulleted) <= MAX_COLUMN_NAME
  if (parted) return rows.map((r, k) => (k === firstText ? readAs(r, 'chrome') : r))
  if (!CHANNEL.test(lineText(row.tokens).trim())) return rows
  const fieldsByTitle =
    (next?.kind === 'heading' && after !== undefined && TITLE_FIELDS.has(after.kind)) || (next !== undefined && TITLE_FIELDS.has(next.kind) && after?.kind === 'heading')
  const onPage = rows[firstText - 1]?.kind === 'pageHeader' && PAGE_CHANNEL.test(lineText(row.tokens).trim()) && next?.kind === 'heading' && after?.kind === 'body'
  return fieldsByTitle || onPage ? rows.map((r, k) => (k === firstText ? readAs(r, 'chrome') : r)) : rows
}

/**
 * A site's channel named under the story's title and the site's fields by it, over the story's text (冷水滩:社区添置休闲椅
 * “小心愿”惠民生 / 来源:区融媒体中心 作者:… 2019-05-15 16:04:36 / 时刻新闻 / —分享— / 红网时刻5月15日讯…): interface, no
 * story of its own. The title, then the fields (the stamp, the source, the editor), then the name, the text under it past
 * the site's controls, the fields perhaps read as several rows. (A channel's name over a title stays its kicker or the
 * page's title: channelLabels.)
 */
export const channelUnderFields: Refinement = (rows) =>
  rows.map((row, k) => {
    if (row.kind !== 'heading' || row.tokens.length > MAX_CHANNEL_TOKENS || !CHANNEL.test(lineText(row.tokens).trim())) return row
    // (The fields may be read as several rows, the site's controls among them: 来源:… / 编辑:… / 2019-05-15 16:04:36.)
    let above = k - 1
    while (rows[above] !== undefined && TITLE_FIELDS.has(rows[above]!.kind)) above--
    if (rows[above]?.kind !== 'heading' || !rows.slice(above + 1, k).some((field) => SITE_FIELDS.has(field.kind))) return row
    let below = k + 1
    while (rows[below]?.kind === 'chrome') below++
    return isStoryText(rows[below]) ? readAs(row, 'chrome') : row
  })

/** The most tokens a channel's name is lexed into (本地 新闻): a longer line is looked at no further. */
const MAX_CHANNEL_TOKENS = 3
/** The most lines of the site's menu looked through over a channel's name for the item naming it. */
const MAX_MENU_LINES = 16
/** A menu's item: its bullet, then its name (• 本地新聞). */
const MENU_ITEM_BULLET = /^[•·\-*] ?/

/** Whether the run of the site's interface straight over row `k` holds an item naming the channel row `k` names. */
function menuNames(rows: Row[], k: number): boolean {
  const name = lineText(rows[k]!.tokens).trim()
  for (let j = k - 1; j >= 0 && j >= k - MAX_MENU_LINES && rows[j]!.kind === 'chrome'; j--) {
    if (lineText(rows[j]!.tokens).trim().replace(MENU_ITEM_BULLET, '') === name) return true
  }
  return false
}

/** Every pattern of the convention, for the test that checks none backtracks. */
export const NAVIGATION_PATTERNS: readonly RegExp[] = [MENU, CHANNEL_PATH, MENU_WORD, BULLETED_MENU_ITEM, CRUMBS_FROM_HOME, LOCATION_LABEL, CRUMB_SEPARATOR, CHANNEL, PAGE_CHANNEL]
