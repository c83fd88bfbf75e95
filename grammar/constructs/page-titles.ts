/**
 * A site's own title for the page, copied with the story it titles: the
 * browser's title with the site's name after it, the title with the text's
 * first words glued on, the title block printed twice, an image's alt text.
 *
 *   …角逐裕廊東—武吉巴督 | 聯合早報                 the title, a bar, the site's name (readTitleWithSite)
 *   渤海早报数字报-临沂徐玉玉电信诈骗案告破           an e-paper's name, a bar, the title (the same)
 *   道路坑洼真难行刘女士我是柳州市… / … / 道路坑洼真难行   the title glued to the text's words (gluedPageTitles)
 *   谁给“书生”叼的烟 / … / 谁给“书生”叼的烟          a title block printed twice (echoedTitles)
 *   …看見家鄉風景_QRCODE碼                          an image's alt text (altTextEchoes)
 *
 * Everything about the convention is here. The site's copy is interface
 * (chrome.ts makes the node); the story's own printed head under it is the
 * heading group.
 */
import type { IToken } from 'chevrotain'
import { SENTENCE_MARK, isHeadingLike, printedLength, trimmed } from '../layout'
import { MAX_FURNITURE_LENGTH } from '../furniture'
import { HAN_CLASS } from '../han'
import { isStoryText, lineText, partAt, readAs, readRow, type Kind, type Row } from '../../src/assemble/row'
import type { LineResult, LineTest, Refinement } from './construct'
import { EPAPER_EDITION } from './masthead'
import { isChromeLine } from './chrome'
import { menuItem } from './navigation'
import { MAX_LISTED_TITLE } from './title-index'

/** What sets the site's name apart after a page's title: a bar, an underscore, a hyphen. */
const SITE_SEPARATORS: ReadonlySet<string> = new Set(['|', '｜', '_', '-'])
/** The bars among them: the others part a site's fields too. */
const BARS: ReadonlySet<string> = new Set(['|', '｜'])
/** A field's label before its value: 来源:, 时间:. */
const FIELD_COLON = /[:：]/
/** The separator before the site's name (most lines have none: known before the pattern runs). */
const SITE_BAR = /[|｜_-]/
/** The longest site name after a page's title. */
const MAX_SITE_NAME = 8
/**
 * A web page's title as the browser shows it: the story's title, a bar (an underscore, a hyphen),
 * the site's name (…角逐裕廊东—武吉巴督 | 联合早报, …粉丝围观_新浪网, …工作会议 - 人民网).
 */
const TITLE_WITH_SITE = new RegExp(`^([^|｜_]{4,80}?) ?[|｜_-] ?([${HAN_CLASS}]{1,${MAX_SITE_NAME - 1}}(?:报|网|新闻|在线))$`)
/**
 * An e-paper's page title the other way round: the e-paper's name, a bar, the story's title (渤海早报数字报-临沂徐玉玉电信诈骗案告破).
 * (Only a name its edition's word closes: a column's label before a bar, 民生实事 | 织密民生保障网, titles the story.)
 */
const EPAPER_BEFORE_TITLE = new RegExp(`^([${HAN_CLASS}]{2,12}${EPAPER_EDITION}) ?[|｜_-] ?([^|｜_]{4,80})$`)
/** A line opening with a full date: a site's fields, no title. */
const DATED = /^[0-9]{4}(?:-|年|\/)[0-9]{1,2}(?:-|月|\/)[0-9]{1,2}/
/** How many times longer than the site's name the title is: a column label before a bar (民生实事 | 织密民生保障网) is shorter. */
const TITLE_OVER_SITE = 2

/**
 * A web page's title copied with its site's name after a bar (【GE2025】紅點同心黨兩馬來候選人
 * 領軍角逐裕廊東—武吉巴督 | 聯合早報): two rows, the title and the site's name,
 * interface. Not a title whose own words a bar parts (两会青声|“青年发展型城市”…).
 */
export const readTitleWithSite: LineTest = ({ tokens, text, from, gap }, { words }) => {
  if (text.length > MAX_FURNITURE_LENGTH || !SITE_BAR.test(text)) return undefined
  const m = TITLE_WITH_SITE.exec(text)
  if (!m) return readEpaperBeforeTitle(tokens, text, from, gap)
  const split = partAt(tokens, text.lastIndexOf(m[2]!))
  const bar = split > 0 ? tokens.slice(0, split).findLastIndex((token) => SITE_SEPARATORS.has(token.image)) : -1
  if (bar <= 0) return undefined
  const title = trimmed(tokens.slice(0, bar))
  // (A hyphen or an underscore parts site fields too, 来源: 云南网-红河日报, 时间:2012-11-29 A+ A- 举报: no field label before it.)
  if (!BARS.has(tokens[bar]!.image) && FIELD_COLON.test(lineText(title))) return undefined
  // (Not a bar of links, 返回主页 | 郑州晚报; nor a column label before its title, 民生实事 | 织密民生保障网, 年终盘点 | 十大新闻;
  // nor a site's date and its outlets joined by a hyphen, 2014-11-10  中国徐州网-徐州日报: a stamp.)
  if (DATED.test(lineText(title)) || !isHeadingLike(title) || printedLength(title) < TITLE_OVER_SITE * m[2]!.length || isChromeLine(lineText(title), words.chrome)) return undefined
  return { rows: [readRow(title, gap, from, { kind: 'heading' }), readRow(trimmed(tokens.slice(bar)), 0, from + bar, { kind: 'chrome' })] }
}

/** The e-paper's name and its bar, then the story's title (EPAPER_BEFORE_TITLE): the name interface, the title a heading. */
function readEpaperBeforeTitle(tokens: IToken[], text: string, from: number, gap: number): LineResult | undefined {
  const m = EPAPER_BEFORE_TITLE.exec(text.trim())
  if (!m) return undefined
  const split = partAt(tokens, text.indexOf(m[2]!))
  if (split <= 0 || split >= tokens.length) return undefined
  const title = trimmed(tokens.slice(split))
  if (!isHeadingLike(title)) return undefined
  return { rows: [readRow(trimmed(tokens.slice(0, split)), gap, from, { kind: 'chrome' }), readRow(title, 0, from + split, { kind: 'heading' })] }
}

/** How far past a glued page title its print title and text are looked for. */
const GLUED_TITLE_REACH = 4
/** The fewest characters of the text a site glues to the title. */
const MIN_GLUED_TEXT = 4

/** A line's words without punctuation or spacing, as a site writes its page title (道路坑洼真难行刘女士我是…); read once a row. */
const bareWordsOf = new WeakMap<Row, string>()
function bareWords(row: Row): string {
  let words = bareWordsOf.get(row)
  if (words === undefined) bareWordsOf.set(row, (words = lineText(row.tokens).replace(/[^\p{L}\p{N}]/gu, '')))
  return words
}

/**
 * A site's page title made of the story's title with the first words of
 * its text glued on, cut at a width (道路坑洼真难行刘女士我是柳州市在水一方住户进小区大
 * over 南国今报 2014-02-26 13:26 / 道路坑洼真难行 / 刘女士:我是柳州市在水一方住户。…):
 * interface, not a heading — the printed title under it is the headline.
 */
export const gluedPageTitles: Refinement = (rows) =>
  rows.map((row, k) => {
    if (row.kind !== 'heading') return row
    const words = bareWords(row)
    for (let j = k + 1; j < rows.length && j <= k + GLUED_TITLE_REACH; j++) {
      const title = rows[j]!
      if (title.kind !== 'heading') continue
      const printed = bareWords(title)
      let text: Row | undefined
      for (let n = j + 1; n < rows.length && n <= j + GLUED_TITLE_REACH && !text; n++) if (isStoryText(rows[n])) text = rows[n]
      const glued = words.slice(printed.length)
      if (printed.length > 0 && words.startsWith(printed) && glued.length >= MIN_GLUED_TEXT && text && bareWords(text).startsWith(glued)) return readAs(row, 'chrome')
    }
    return row
  })

/** The longest tag a site prints over its story (劉誌俍, 東圭納, 交通燈): a word, not a title. */
const MAX_TAG = 4
/** The most lines of a title block a site prints twice. */
const MAX_ECHOED_LINES = 3
/** The most lines a print copy breaks one title over. */
const MAX_BROKEN_LINES = 3

/** A line of a site's list of titles, read as text: no sentence in it (• 司警昨再破跨境運毒 拘機場入境馬籍男子 …). */
const listsTitle = (row: Row): boolean =>
  row.kind === 'body' && printedLength(row.tokens) <= MAX_LISTED_TITLE && !SENTENCE_MARK.test(lineText(row.tokens).replace(/,(?=\d)/g, ''))
/** The most rows of the site's furniture standing between a title block and its copy. */
const ECHO_REACH = 8
/**
 * A title's copy with a suffix after an underscore: an image's alt text, the site's name for the story's
 * picture or code (…看見家鄉風景_QRCODE碼, …_1, …_图片). (A section's title, 城市更新进行时_老街新颜, has words after it.)
 */
const SUFFIXED_COPY = /^(.{6,}?)_(?:[0-9A-Za-z]{1,12}[码碼]?|图片|圖片|配图|二维码|二維碼)$/

/** How many rows above an image's alt text its title may stand. */
const MAX_ALT_TEXT_DISTANCE = 12

/**
 * An image's alt text, the story's title with the site's suffix glued on
 * (嘉義縣舉辦校園小記者比賽…風景_QRCODE碼 under the title 嘉義縣舉辦校園小記者比賽…風景):
 * interface, not a title of its own.
 */
export const altTextEchoes: Refinement = (rows) =>
  rows.map((row, k) => {
    if (row.kind !== 'heading') return row
    const m = SUFFIXED_COPY.exec(lineText(row.tokens).trim())
    if (!m) return row
    const titled = rows.slice(Math.max(0, k - MAX_ALT_TEXT_DISTANCE), k).some((above) => above.kind === 'heading' && lineText(above.tokens).trim() === m[1])
    return titled ? readAs(row, 'chrome') : row
  })

/** What may stand between a site's title field and the story's printed head: its controls, its stamp, its page. */
const BETWEEN_ECHOES: ReadonlySet<Kind> = new Set(['chrome', 'stamp', 'pageHeader'])

/**
 * A title block printed twice, the site's title field over the story's own
 * head (谁给“书生”叼的烟 / 网友希望“好心人”别再“递烟” / ⏎ / 谁给“书生”叼的烟 / 网友希望…,
 * 宝鸡市第十三届金秋菊展开展 / 宝鸡市第十三届金秋菊展开展): the first copy is the
 * site's, interface; the copy over the text is the heading group (a copy
 * under which another title stands is the site's too: its tags). Only the
 * site's furniture may stand between them, so two stories under the same
 * title keep theirs.
 */
export const echoedTitles: Refinement = (rows) => {
  const out: Array<Row | undefined> = rows.slice()
  for (let k = 0; k < rows.length; k++) {
    let run = 0
    while (run < MAX_ECHOED_LINES && rows[k + run]?.kind === 'heading') run++
    for (let size = run; size >= 1; size--) {
      const copy = echoAfter(rows, k, size, 1)
      if (copy === undefined) continue
      for (let n = k; n < k + size; n++) out[n] = readAs(rows[n]!, 'chrome')
      // (A run printed twice with yet another title under the copy, 劉誌俍 / 東圭納 / 交通燈 twice over
      // 东圭纳及王金辉路十字路口 …, is the site's tags both times.)
      // (Tags are words; a title's lines printed twice over its subtitle, 滨水路展牌 / 一晚被敲坏约20个 /
      // … / 滨水路展牌 / 一晚被敲坏约20个 / 观景桥上还有情侣刻下的山盟海誓, are its heading group.)
      const tags = rows[copy + size]?.kind === 'heading' && rows.slice(copy, copy + size).every((row) => printedLength(row.tokens) <= MAX_TAG)
      if (tags) for (let n = copy; n < copy + size; n++) out[n] = readAs(rows[n]!, 'chrome')
      k = (tags ? copy + size : copy) - 1
      break
    }
    // 我市开建保障房 居副省级城市之首 / … / 我市开建保障房 / 居副省级城市之首: the print copy
    // breaks the title over two lines (or three: • 司警昨再破跨境運毒 拘機場入境馬籍男子 檢九點四公斤大麻花,
    // a site's list entry, over its three lines), one headline all the same.
    if (run === 0 && !listsTitle(rows[k]!)) continue
    for (let lines = 2; lines <= MAX_BROKEN_LINES; lines++) {
      const broken = echoAfter(rows, k, 1, lines)
      if (broken === undefined) continue
      const [first, last] = [rows[broken]!, rows[broken + lines - 1]!]
      out[k] = readAs(rows[k]!, 'chrome')
      out[broken] = { ...first, kind: 'heading', tokens: rows.slice(broken, broken + lines).flatMap((row) => row.tokens), to: last.to }
      for (let n = broken + 1; n < broken + lines; n++) out[n] = undefined
      k = broken + lines - 1
      break
    }
  }
  return out.filter((row): row is Row => row !== undefined)
}

/**
 * Where the copy of the `size` heading rows at `k` starts, when only
 * furniture stands between: undefined if nowhere. The copy prints each of
 * them on `linesEach` lines (2: a title broken over two lines).
 */
/** The site's name after a page's title, a bar or a dash before it, a site's or channel's word closing it: -搜狐财经, _新浪网, | 联合早报. */
const SITE_NAME_AFTER = /^ ?[-_|｜–—] ?(?:\p{Script=Han}{1,8}(?:网|报|新闻|在线|财经|频道|客户端)|[A-Za-z][A-Za-z .]{1,20})$/u

/** Whether a line is the title under it with the site's name after (劳伦斯：一个无法定义的“洛克菲勒”-搜狐财经 over 劳伦斯：…“洛克菲勒”). */
function withSiteName(page: Row, title: Row): boolean {
  const [text, printed] = [lineText(page.tokens).trim(), lineText(title.tokens).trim()]
  return text.startsWith(printed) && SITE_NAME_AFTER.test(text.slice(printed.length))
}

function echoAfter(rows: Row[], k: number, size: number, linesEach: number): number | undefined {
  const span = size * linesEach
  // (A menu's items between them count as one row of furniture: 书记市长这一周 | … / 紫牛头条 / 时政 / … / the title again.)
  let furniture = 0
  for (let j = k + size; furniture <= ECHO_REACH && j + span <= rows.length; j++) {
    if (j > k + size && !BETWEEN_ECHOES.has(rows[j - 1]!.kind)) return undefined
    if (j > k + size && !(menuItem(rows[j - 1]) && menuItem(rows[j - 2]))) furniture++
    let same = true
    for (let n = 0; n < size && same; n++) {
      const lines = rows.slice(j + n * linesEach, j + (n + 1) * linesEach)
      same = lines.every((line) => line.kind === 'heading') && (lines.map(bareWords).join('') === bareWords(rows[k + n]!) || (linesEach === 1 && withSiteName(rows[k + n]!, lines[0]!)))
    }
    if (same) return j
  }
  return undefined
}

/** Every pattern of the convention, for the test that checks none backtracks. */
export const PAGE_TITLE_PATTERNS: readonly RegExp[] = [TITLE_WITH_SITE, SITE_NAME_AFTER, SUFFIXED_COPY, DATED, FIELD_COLON, SITE_BAR]
