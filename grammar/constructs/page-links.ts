/**
 * Links a web page prints around its story: interface, not the story's
 * last paragraph nor another story's title.
 *
 *   相关推荐 · 熱圖一覽 / 高清圖集賞析                  the links under the story's end (tailLinks)
 *   相关新闻 / 固原火车站展非遗闹元宵 / [2026-03-03] - / …   a list of other stories under its label (relatedLinks)
 *   [紅點同心黨:大選時間安排偏袒執政黨 / ](https://…)    links a converter left as Markdown (markdownLinks)
 *
 * Everything about the convention is here (chrome.ts makes the node).
 */
import { BRACKETED_LINE, SENTENCE_MARK, endsStory, printedLength } from '../layout'
import { namesAlone } from '../names'
import { HAN_CLASS } from '../han'
import { lineText, readAs, type Kind, type Row } from '../../src/assemble/row'
import type { Refinement } from './construct'
import { isBulletAlone } from './title-index'

/** The longest link a page prints under its story (相关推荐, 熱圖一覽, 详细>>精彩推荐, 定短信头条新闻 足不出户知天下大事). */
const MAX_TAIL_LINK = 20
/** The most links under a story's end read as the page's. */
const MAX_TAIL_LINKS = 3

/**
 * The links a web page prints under its story, the last lines of the text
 * (相关推荐; 熱圖一覽 / 高清圖集賞析; 爱问(iAsk.com) / 不支持Flash; ####): short,
 * no sentence in them, after a paragraph that ends its sentence. They are
 * interface, not the story's last paragraph nor a new story's title.
 */
export const tailLinks: Refinement = (rows) => {
  // (Only on a web page's copy, which shows its interface somewhere: a story's own short last
  // lines, 欢迎广大市民踊跃参加 or a poem's, stay its text. Under the staff line that closed the story for good,
  // on any copy: …记者又来到…。 / 编辑:戴鹏 / 微浏阳, the site's app.)
  const web = rows.some(isWebFurniture)
  const links = (web ? tailRun(rows, isTailLink) : undefined) ?? tailRun(rows, isListedLink, web ? CLOSING_ROWS : STAFF_ROWS)
  return links === undefined ? rows : rows.map((row, k) => (k >= links && row.kind !== 'chrome' ? readAs(row, 'chrome') : row))
}

/**
 * Where the run of links closing the page starts, each a link by `isLink`, the page's other interface
 * among them (a hot list, its copyright); undefined where none closes it, or where the story over them
 * does not end there. Only under a row of `under`'s kinds, where one is given.
 */
function tailRun(rows: Row[], isLink: (row: Row) => boolean, under?: ReadonlySet<Kind>): number | undefined {
  let first = rows.length
  let links = 0
  while (first > 0 && links <= MAX_LISTED_LINKS) {
    const row = rows[first - 1]!
    if (isLink(row)) links++
    else if (row.kind !== 'chrome') break
    first--
  }
  if (links === 0 || first === 0) return undefined
  // What the story ends with: a sentence's end, or a line of its own (a credit, an end mark).
  const above = rows[first - 1]!
  if (above.kind === 'heading' || (above.kind === 'body' && !endsStory(lineText(above.tokens)))) return undefined
  if (under !== undefined && !under.has(above.kind)) return undefined
  // (Under a story its staff line, source note or end mark closed, the site's list of other titles may run longer.)
  return links > (CLOSING_ROWS.has(above.kind) ? MAX_LISTED_LINKS : MAX_TAIL_LINKS) ? undefined : first
}

/** A site's label over its list of other stories: 相关新闻, 相关阅读, 推荐阅读, 延伸阅读, 频道推荐 (the channel's picks). */
const RELATED_LABEL = /^(?:相关新闻|相关阅读|相关链接|相关推荐|推荐阅读|延伸阅读|更多新闻|频道推荐)$/
/** The longest title in a site's list of other stories. */
const MAX_LISTED_TITLE = 40
/** A listed story's date. */
const DATE_IN_LIST = /[0-9]{4}-[0-9]{2}-[0-9]{2}/
/** A listed story's date and the list's separator: [2026-03-03] -, 2026-03-03, -. */
const LISTED_DATE = /^(?:\[?[0-9]{4}-[0-9]{2}-[0-9]{2}\]?)? ?-?$/

/**
 * A site's list of other stories under its label, to the page's end (相关新闻 / - / 固原火车站展非遗闹元宵 /
 * [2026-03-03] - / 春节“守塔人”守护万家“信号满格” / [2026-03-02] - / …): each title short, no sentence in it,
 * a date or a separator between, or a bullet before each (频道推荐 / • 六安市金安区…不断优化营商环境 / • “00后”,书写不一样的青春 / …).
 * Interface, not stories' titles; read only where the list runs to the page's end, its furniture after it, and holds
 * two titles or more and their dates or bullets.
 */
export const relatedLinks: Refinement = (rows) => {
  const label = rows.findIndex((row) => row.kind === 'chrome' && RELATED_LABEL.test(lineText(row.tokens).trim()))
  if (label < 0) return rows
  const rest = rows.slice(label + 1)
  // (The list dates its stories, or sets a bullet before each: a poem printed under 相关阅读, 乡愁 / 小时候 / …, has neither.
  // A bulleted entry may run to a title and its subtitle.)
  const bulleted = (k: number) => (k > 0 && isBulletAlone(rest[k - 1]!)) || BULLET_OPENING.test(lineText(rest[k]!.tokens).trim())
  const titleAt = (k: number) => listedTitle(rest[k]!, bulleted(k) ? MAX_LISTED_LINK : MAX_LISTED_TITLE)
  const listed = (row: Row, k: number) => row.kind === 'chrome' || LISTED_DATE.test(lineText(row.tokens).trim()) || titleAt(k)
  const dated = rest.filter((row) => DATE_IN_LIST.test(lineText(row.tokens))).length
  const titles = rest.flatMap((_, k) => (titleAt(k) ? [k] : []))
  // (A bulleted list may hold another block under its own label, 热点阅读 / 文牧野: 我一…, its entries unbulleted.)
  const entered = (k: number) => bulleted(k) || (k > 0 && rest[k - 1]!.kind === 'chrome')
  const bullets = titles.filter(bulleted).length
  if (!rest.every(listed) || titles.length < MIN_RELATED_TITLES || (dated < MIN_RELATED_TITLES && (bullets < MIN_RELATED_TITLES || !titles.every(entered)))) return rows
  return rows.map((row, k) => (k > label && row.kind !== 'chrome' ? readAs(row, 'chrome') : row))
}
/** A list's bullet opening the entry's own line: • 合肥虾市转冷“量价齐跌” …. */
const BULLET_OPENING = /^[•·●◆■] /
/** A title in such a list: a short line of text that ends no sentence (a title may pause: 市审批局、作协、书协联合开展…). */
const listedTitle = (row: Row, longest = MAX_LISTED_TITLE): boolean =>
  (row.kind === 'body' || row.kind === 'heading') && printedLength(row.tokens) <= longest && !SENTENCE_END.test(lineText(row.tokens))
const SENTENCE_END = /[。！？!?]/
/** The fewest titles that make a list. */
const MIN_RELATED_TITLES = 2

/** A Markdown link's address, its text on the line above (a converter broke the link): ](https://www.bdggg.com/2025/zaobao/news_2025_04_16_753081). */
const LINK_ADDRESS = /^\]\((?:https?:)?\/\/[^ )]{1,200}\)$/
/** The link's text, opened by its bracket and not closed on its line: [紅點同心黨:大選時間安排偏袒執政黨. */
const LINK_TEXT = /^\[[^\]]{1,80}$/
/** A Markdown link whole on its line: [大選前反對黨相繼退盟](https://…). */
const WHOLE_LINK = /^\[[^\]]{1,80}\]\((?:https?:)?\/\/[^ )]{1,200}\)$/

/** What a line of a Markdown link opens with. */
const LINK_OPENERS: ReadonlySet<string> = new Set(['[', ']'])

/** The lines of a Markdown link: a box of links set into the story, which goes on under it. */
export const MARKDOWN_LINKS: readonly RegExp[] = [LINK_ADDRESS, LINK_TEXT, WHOLE_LINK]

/**
 * Links a converter left as Markdown (延伸閲讀 / [紅點同心黨:大選時間安排偏袒執政黨 /
 * ](https://…)): the address, the text over it, a link whole on its line: interface,
 * not another story's title.
 */
export const markdownLinks: Refinement = (rows) =>
  rows.map((row, k) => {
    // (Only a line opening with a bracket may be a link's: known by its first token.)
    if (!LINK_OPENERS.has(row.tokens[0]!.image[0]!)) return row
    const text = lineText(row.tokens).trim()
    const next = rows[k + 1]
    const link = LINK_ADDRESS.test(text) || WHOLE_LINK.test(text) || (LINK_TEXT.test(text) && next !== undefined && next.gap === 0 && LINK_ADDRESS.test(lineText(next.tokens).trim()))
    return link && row.kind !== 'chrome' ? readAs(row, 'chrome') : row
  })

/** A row a web page's copy brings: its interface, its stamp. */
const isWebFurniture = (row: Row): boolean => row.kind === 'chrome' || row.kind === 'stamp'

/** The most links a site lists under a story its staff line or end mark closed (other stories' titles). */
const MAX_LISTED_LINKS = 20
/** The lines that close a story for good: nothing of it follows them. */
const CLOSING_ROWS: ReadonlySet<Kind> = new Set(['editorLine', 'endMark', 'sourceNote'])
/** Of those, the one that closes it on any copy: its staff line (a source note may be a table's, 数据来源：…, the text going on). */
const STAFF_ROWS: ReadonlySet<Kind> = new Set(['editorLine'])

/** The longest title a site lists under a story's closing line: a title and its subtitle after a dash. */
const MAX_LISTED_LINK = 48
/** A column's name before a bar, then the title, as sites list stories (学习进行时|习近平总书记…, 时政微观察丨…). */
const COLUMN_BAR = new RegExp(`^[${HAN_CLASS}]{2,10}[|｜丨][^|｜丨]+$`)

/**
 * A short line of text with no sentence in it; not a closing credit
 * ((许来伟), (记者 王心 通讯员 叁科), 齐晓兵 范红霞: bracketed, or names alone),
 * a table's row or a number, nor a character or two the copy was cut at.
 */
const isTailLink = (row: Row): boolean => linkLike(row, MIN_TAIL_LINK, MAX_TAIL_LINK, SENTENCE_MARK, false)

/**
 * A title listed under a story's closing line, with the page's other stories to its end (习近平总书记关切事|好家风薪火传 /
 * 为中国式现代化建设贡献更大力量——习近平总书记重要指示…、奋发有为): as a link under the story (isTailLink), but a line that
 * ends no sentence (a title may pause, or end in a question), up to a title and its subtitle long, perhaps after its column's name and a bar.
 */
const isListedLink = (row: Row): boolean => linkLike(row, MIN_LISTED_LINK, MAX_LISTED_LINK, LISTED_SENTENCE, true)
/** A sentence in a listed title: a full stop, or a question or exclamation mark before its end (a title may ask: 攸县话,你会说吗?). */
const LISTED_SENTENCE = /。|[！？!?](?!$)/

/** A line of text `shortest` to `longest` long that `sentence` does not find, read as a link; a column's bar allowed where `barred`. */
function linkLike(row: Row, shortest: number, longest: number, sentence: RegExp, barred: boolean): boolean {
  if (row.kind !== 'body' && row.kind !== 'heading') return false
  const text = lineText(row.tokens).trim()
  const length = printedLength(row.tokens)
  return (
    length >= shortest &&
    length <= longest &&
    !sentence.test(text) &&
    !BRACKETED_LINE.test(text) &&
    ((barred && COLUMN_BAR.test(text)) || !NOT_LINKS.test(text)) &&
    !namesAlone(text)
  )
}

/** Short last lines that are the story's data: a table's row (收入 | 支出), a number or date (2026/1/13). */
const NOT_LINKS = /\||^[0-9 .\/:-]+$/

/** The shortest such link: a shorter last line is where the copy was cut (僑). */
const MIN_TAIL_LINK = 4
/** The shortest line under a story's closing line read as the site's: its app's name (微浏阳); the story's text has ended there. */
const MIN_LISTED_LINK = 2

/** Every pattern of the convention, for the test that checks none backtracks. */
export const PAGE_LINK_PATTERNS: readonly RegExp[] = [BULLET_OPENING, LINK_ADDRESS, LINK_TEXT, WHOLE_LINK, BRACKETED_LINE, NOT_LINKS, COLUMN_BAR, RELATED_LABEL, LISTED_DATE, SENTENCE_END, LISTED_SENTENCE, DATE_IN_LIST]
