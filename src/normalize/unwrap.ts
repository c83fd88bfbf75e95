/**
 * Hard-wrapped copies: a page OCR read column by column, or a clipping
 * service cut at a fixed width, breaks its lines where the column's edge
 * fell, inside sentences, words and names (…开展“垃圾分类 绿色生活”——携手共建 /
 * 单位共绘…; …(通 / 讯员 高晴)). The lexer reads such a copy with those breaks
 * taken out, so that a word, a name or a credit the edge cut is read whole
 * and every convention reads the copy as it reads the page; nodes still show
 * what the copy printed, line breaks included, since their text is sliced
 * from the original input (src/assemble/positions.ts makes each a layoutBreak).
 *
 * Everything about the convention at the level of the copy's lines is here:
 *   the column       its lines of running text share one width (three at least, a third of them, fewer wider),
 *                    two of them cut inside a word (wrapWidth); its indents and its cut sentences as the
 *                    printed lines show them (page-shape.ts, the measures the rows read too)
 *   a break          after a line at that width cut inside its text, which holds a clause's mark or goes on a
 *                    piece the column cut; after a full stop, into running text where the page's indents or
 *                    cuts say the paragraph goes on; a mark kept off a line's start goes with the line above
 *   no break         before an indented line, a block's opening (● …, 一、…, 问：…, 来源：…, （下转…）), a lead or credit
 *                    line under a title, a caption; after a caption, a closing credit, a clause's ；, an ellipsis
 *   left as printed  a run of joined lines with no sentence's end and under two clauses' marks: a title, a kicker
 *                    over its headline the column wrapped (heading-group.ts joins them as one heading)
 * What normalization leaves, the rows' conventions read as before (grammar/constructs/wrapped-text.ts, paragraph.ts).
 */

import {
  MIN_SPACE_INDENTS,
  MIN_WRAP_COLUMN,
  cutInsideSentences,
  cutInsideWord,
  hanText,
  indentsParagraphs,
  isColumnWidth,
  mostShared,
  overrun,
  printedWidth,
  sharedByColumn,
  spacesTaken,
  type CopyColumn,
} from '../../grammar/page-shape'
import { STORY_END } from '../../grammar/layout'
import { QiMarker, SequenceMarker, ShiMarker, WeiMarker, YaoMarker } from '../../grammar/tokens/lists'
import { splice, type Spliced } from './splice'
import { PHOTO_POSITION } from '../../grammar/constructs/caption'

export interface Unwrapped extends Spliced {
  /** The copy's column as its printed lines show it, where line breaks were taken out. */
  column?: CopyColumn
}

/** A mark of running text (a clause's or a sentence's end): the lines a column cut hold them; titles, lists and footers seldom do. */
const PROSE_MARK = /[,，。;；、!！?？]/
/** Running text holding its marks: a line that may open a paragraph the column cut (a title as wide holds none). */
const isProse = (line: string): boolean => PROSE_MARK.test(line) && hanText(line)
/**
 * What a line ends with when its paragraph may end there: a sentence's end, a clause's that ends an item (；), a closing quote or bracket, a colon,
 * an ellipsis (a teaser a site cut at one length, …有所斬...), a link's label ([詳細]), a table's bar (依依滇沪情(图) |).
 */
const MAY_END_PARAGRAPH = /(?:[。!！?？;；…⋯」』”’)）】》\]|:：]|\.{3})$/
/** Labels that open a line of their own before a colon: a speaker's, a page's furniture's. */
const BLOCK_LABELS = '问|答|Q|A|来源|來源|作者|编辑|編輯|责任编辑|責任編輯|责编|責編|校对|校對|审核|審核|美编|美編|组版|值班编委|新闻热线|新聞熱線|热线|熱線|电话|電話|地址|邮编|網址|网址|关键词|關鍵詞|相关链接|相關鏈接|链接|鏈接|摄影|攝影|记者|記者|通讯员|通訊員|主持人|嘉宾|嘉賓'
/** The ordinal words that open a list's item, as the lexer reads them (grammar/tokens/lists.ts): 一是, 一为, 二要, 其二, 首先, 其次. */
const ORDINAL_WORDS = [ShiMarker, WeiMarker, YaoMarker, QiMarker, SequenceMarker].map((marker) => (marker.PATTERN as RegExp).source).join('|')
/** The openings of an item or a section by its ordinal word: 第二条, 第二章, 第二，, 第二部分：, and the list's words. */
const ORDINAL_OPENINGS = `第[一二三四五六七八九十百0-9]+(?:条|章|节|部分|款|项|[，,、：:])|${ORDINAL_WORDS}`
/** A sentence's end closing a line, its closing quotes after it: …开工建设。, …很伟大!” */
const SENTENCE_END = /[。!！?？][”’」』)）]*$/
/**
 * What opens a block of its own: a bullet, an ordinal (一、 1. （一） ①), a bracketed label (【…】), a jump line ((下转第二版)),
 * a speaker's or a page's label before its colon (问：, 答：, 来源：, 责任编辑：, 新闻热线：, 关键词：).
 */
const OPENS_BLOCK = new RegExp(
  `^(?:[●◆■□▲△▼▽◇○◎★☆※·•►▶]|[一二三四五六七八九十]+[、．.]|[0-9]{1,2}[.、．)）](?![0-9])|[(（][一二三四五六七八九十0-9]{1,2}[)）]|[①-⑳]|[A-Za-z甲乙丙丁][.、．]|【|[［\\[]|[(（](?:下转|上接|转第|接第|转自|接上)|[(（]?(?:${BLOCK_LABELS}) ?[:：]|${ORDINAL_OPENINGS})`,
)
/**
 * A photo's caption whole on its line, its sentence closed and its photographer's credit after it (市民在城北生态公园植树。
 * 记者 刘洋 摄): under a line the store cut, the photo's, not the rest of the text (a caption the column cut, …采访。 本报通讯 /
 * 员 高翔摄, closes no sentence on its second line).
 */
const CAPTION_WITH_CREDIT = /[。!！?？][^。!！?？]{0,30}[摄攝](?:影)?[)）]?$/
/**
 * A credit after a line's last sentence, out of brackets (…电厂采访。广西新闻网记者 胡雁, …植树。 记者 刘洋 摄): the line ends
 * a caption or a story, cut by no column, whatever its width. (In a bracket left open, …压力。（通讯员 付, the credit goes on.)
 */
const CREDIT_AFTER_SENTENCE = /[。!！?？] ?[^。!！?？()（）]{0,16}(?:记者|記者|通讯员|通訊員|摄影|攝影) ?[\p{Script=Han}·]{2,4}(?: ?[摄攝])?$|[。!！?？][^。!！?？()（）]{0,24}[摄攝]$/u
/**
 * What opens a line of its own after a text's line, whatever the column cut: a story's lead or credit line (本报讯,
 * 本报北京5月9日电, 记者 张三, 新华社…, 〔記者…〕, （本报记者 张三）), an end mark (——完——, （完）), a staff line (本版编辑 王芳,
 * 美编 李华), a letter's close (此致, 敬礼), a date alone (2024年5月9日, 二〇二四年五月九日). (Not a word the role opens,
 * 記者們留下了深刻印象。, 记者节, 记者站, 记者证, 记者会, 记者招待会: the sentence the column cut goes on.)
 */
const OPENS_LEAD = /^(?:本报|本報|(?:记者|記者|通讯员|通訊員|见习记者|見習記者)(?![们們节節站证證会會招])|新华社|新華社|中新社|中央社|文\/|图\/|文／|圖／|〔|——|[(（](?:本报|本報|记者|記者|通讯员|通訊員|完)|本版|美编|美編|组版|組版|责编|責編|编辑 |編輯 |此致|敬礼|敬禮|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日\s*$|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日\s*$|[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}\s*$)/
/** The marks a typesetter keeps off a line's start (，。」”): one opening a line goes with the line above. */
const KEPT_OFF_LINE_START = /^[，,。、：:；;！!？?）)」』”’》】]/
/**
 * A lead's first line, its dateline opening it (本报讯(记者 言就实)2011年, 新华社北京5月9日电 记者): running text though it holds
 * no mark yet, the column cutting it before the lead's first clause ends.
 */
const LEAD_LINE = /^(?:[^\s，。,]{0,12}[讯訊]|本报|本報|新华社|新華社|中新社|中新網|中新网)[^。!！?？]*[\p{Script=Han}A-Za-z0-9]$/u
/**
 * A closing quote straight after a word at a line's end (…为集团公司“622战略”): a quoted term the column cut after, no
 * paragraph's end, which closes its sentence first (…很伟大!”, …收官。”).
 */
const QUOTE_CUT = /[\p{Script=Han}A-Za-z0-9][”’」』]$/u
/** A subtitle's dash opening a line (——记…): a heading's line, whatever marks it holds. */
const SUBTITLE = /^(?:——|--)/
/** One sentence, whole on its line. */
const ONE_SENTENCE = /^[^。!！?？]+[。!！?？][”’」』)）]*$/
/** A caption's cue opening its line: 图为…, 图：…, 图①：, 上图：, ▲…. */
const CAPTION_CUE = /^(?:图为|圖為|[图圖][①-⑳0-9一二三四五六七八九十]{0,2}[:：]|[上下左右中][图圖][:：]?|[▲△])/
/** A photo's credit or note closing a line, four characters of caption or more before it: …一角（资料图片）, …知识 张三 摄, …（张三 摄）. */
const PHOTO_CLOSING = /[^\s]{4,}.*?(?:[摄攝](?:影)?|资料图片?|資料圖片?|供图|供圖)[)）]?$/
/** A photographer's credit alone on its line: 本报记者 张三 摄, （张三 摄）. */
const CREDIT_LINE = /^[(（]?[^。!！?？()（）]{0,16}[摄攝](?:影)?[)）]?$/
/**
 * A line that reads as a photo's caption on its own: its credit after its sentence, a caption's cue opening it
 * (图为…, 图①：, ▲…), a photo's credit or note closing it (…一角（资料图片）), or one whole sentence naming where people
 * stand in the photo (刘春生(左一)在给村民讲解果树修剪技术。) or over a photographer's credit line (`after`) with the text
 * going on under it (`beyond`: where the credit closes the page, …加收入40余万元。 / 三峡日报通讯员 王春丽 摄, it closes photo
 * news, the line the text's last piece) — set in
 * mid-paragraph under a line the column cut, the photo's, not the text's (caption.ts reads it so). (A credit's piece
 * alone, 员 高翔摄 under …本报通讯, is the caption's rest: four characters of caption before the credit at least.)
 */
const readsAsCaption = (line: string, after = '', beyond = ''): boolean =>
  CAPTION_WITH_CREDIT.test(line) ||
  CAPTION_CUE.test(line) ||
  (PHOTO_CLOSING.test(line) && !CREDIT_LINE.test(line)) ||
  (ONE_SENTENCE.test(line) && (PHOTO_POSITION.test(line) || (CREDIT_LINE.test(after.trim()) && beyond.trim() !== '')))
/**
 * A line that reads as a caption by its closing credit (…助力乡村振兴。 记者 李若生 摄) but is the last piece of photo news
 * the column cut: the line above ends inside its sentence, nothing goes on under the credit's line (a blank line, the
 * page's end), and the block holds no reporter's lead (`block`, its lines from the last blank line): photo news prints none,
 * its credit closing it. A caption set in mid-paragraph has the text going on under it; one under a reporter's story
 * (本报讯（记者 王芳）… / 市民在城北生态公园植树。 记者 刘洋 摄) is the photo's, the story's credit in its lead; and one
 * opened by its cue (图为…, ▲…) is the photo's wherever it stands.
 */
const closesCutText = (content: string, next: string, beyond: string | undefined, block: string[]): boolean =>
  (beyond ?? '').trim() === '' && !MAY_END_PARAGRAPH.test(content) && !CAPTION_CUE.test(next.trim()) && !block.some((line) => OPENS_LEAD.test(line.trimStart()))
/** The fewest lines of that width the column cut inside a word. */
const MIN_CUT_LINES = 2

/** The most spacing (characters) an indent holds; a line set further in is centred or ranged right. */
const MAX_INDENT = 8

/**
 * A line's width as the page's measures count it (page-shape.ts heldWidth): its printed characters, spacing
 * inside it not counted (OCR's spacing between Latin words widens no printed line), and its indent.
 */
function widthOf(line: string): number {
  const { printed, indent } = printedWidth(line)
  return printed + (indent <= MAX_INDENT ? indent : 0)
}



/** The width the page's running text was hard-wrapped at, if it was. */
function wrapWidth(lines: string[]): number | undefined {
  const counts = new Map<number, number>()
  let prose = 0
  for (const line of lines) {
    // (Most lines of a page that is no column's are longer than a column, or shorter: the cheap tests first.)
    if (line.length < MIN_WRAP_COLUMN || !isProse(line)) continue
    prose++
    const width = widthOf(line)
    counts.set(width, (counts.get(width) ?? 0) + 1)
  }
  const { width: best, lines: shared } = mostShared(counts, MIN_WRAP_COLUMN)
  if (best === undefined || !isColumnWidth(best) || !sharedByColumn(shared, prose)) return undefined
  // (And the column shows its cuts: lines that wide cut inside a word, the text going on under them. Lines alike
  // that each close a sentence or a clause, a list's items, a poem's lines, a page's repeated lines, are no column's.)
  const column = best
  const cuts = lines.filter((line, k) => isProse(line) && widthOf(line) === column && cutInsideWord(line.trimEnd()) && (lines[k + 1] ?? '').trim() !== '').length
  return cuts >= MIN_CUT_LINES ? best : undefined
}

/** Whether a line stands at the edge of a column `width` wide: as wide, or wider by the marks kept off the next line. */
const atEdge = (line: string, width: number): boolean => {
  const w = widthOf(line)
  if (w + spacesTaken(line) >= width && w <= width + overrun(width)) return true
  // (A cutter that counts every character, spaces and all, as a clipping service's export does: 牛下車位需求爆 重劃車位不容緩
  // 牛頭角下邨重建後於2012年入伙,隨著居 is 36 wide with its two spaces.)
  const counted = [...line.trimEnd()].length
  return w < width && counted >= width && counted <= width + overrun(width)
}

/** One space a cut left before a line, where the page opens no paragraphs so: no indent. */
const CUT_SPACE = /^ (?! )/

/** A break the column made: after which line, and its offsets in the text. */
interface Join {
  line: number
  at: [number, number]
}

/** A sentence's end anywhere in a line: the text a column cut holds one before long; a title's lines hold none. */
const HOLDS_SENTENCE_END = /[。!！?？]/
/** Clauses' marks: a run of text holds two or more before its sentence ends; a title's lines one at most (坚持绿色发展理念，全面推进…). */
const CLAUSE_MARKS = /[,，、;；]/g
const MIN_CLAUSES = 2

/**
 * The breaks of the runs of lines joined that hold a sentence's end, or two clauses' marks: a run holding neither is a title's lines, a
 * kicker over its headline, a caption or a list's label the column wrapped (聚焦民生实事，…再 / 市图书馆开展…系列活动;
 * 坚持绿色发展理念，全面推进城 / 乡环境综合整治工作取得新成效), left to the heading's conventions (heading-group.ts), as
 * the page printed them.
 */
function textRuns(joins: Join[], lines: string[]): [number, number][] {
  const kept: [number, number][] = []
  for (let i = 0; i < joins.length; ) {
    let j = i
    while (j + 1 < joins.length && joins[j + 1]!.line === joins[j]!.line + 1) j++
    const [first, last] = [joins[i]!.line, joins[j]!.line + 1]
    const run = lines.slice(first, last + 1).join('')
    if (HOLDS_SENTENCE_END.test(run) || (run.match(CLAUSE_MARKS)?.length ?? 0) >= MIN_CLAUSES) for (let k = i; k <= j; k++) kept.push(joins[k]!.at)
    i = j + 1
  }
  return kept
}

/** The text with the line breaks the column's edge made taken out, and where each of its offsets came from. */
export function unwrapColumns(text: string): Unwrapped {
  if (!text.includes('\n')) return { text }
  const lines = text.split('\n')
  const width = wrapWidth(lines)
  if (width === undefined) return { text }
  // (A page that opens its paragraphs with one space: that space is their indent, not what a cut left.)
  const oneSpaced = lines.filter((line) => CUT_SPACE.test(line)).length
  const indentedBy = (line: string): boolean => /^\s/.test(line) && !(CUT_SPACE.test(line) && oneSpaced < MIN_SPACE_INDENTS)
  // (What the printed lines show of the column: the page's two measures (page-shape.ts), read here before any line is joined.)
  const printed = lines.filter((line) => line.trim() !== '' && hanText(line)).map((line) => ({ text: line.trim(), indented: indentedBy(line), atEdge: atEdge(line, width) }))
  const column: CopyColumn = { width, indentsParagraphs: indentsParagraphs(printed), cutInsideSentences: cutInsideSentences(printed) }
  /**
   * Whether a line the edge cut after its sentence's end goes on into the next (…开工建设。 / 该工程联通…): where the
   * page opens its paragraphs indented, the next would be indented had the paragraph ended; where it does not, only on a
   * page whose edge lines were cut inside their sentences, into a line as wide, or one closing its sentence half as wide
   * at least (grammar/constructs/paragraph.ts goesOnFlush reads rows so).
   */
  const goesOnAfterFullStop = (next: string): boolean =>
    // (Into running text only: a page's furniture, an end mark, the next story's title or lead (——完——, 2024年5月9日,
    // 社区志愿者为独居老人送温暖, 本报讯 …) ends the paragraph above it, whatever the page's indents.)
    isProse(next) &&
    // (The text goes on in a line as wide, or in the paragraph's last, closing its sentence: a title under a full
    // line, 守护一江碧水，共建美丽家园, is neither.)
    (atEdge(next, width) || (STORY_END.test(next.trim()) && widthOf(next) * 2 >= width)) &&
    (column.indentsParagraphs || column.cutInsideSentences)
  /** The breaks the column made: after which line, and their offsets in `text` (with the carriage return before each). */
  const joins: Join[] = []
  let at = 0
  // (Whether the line is a piece of the text the column cut, the line over it running on into it.)
  let goesOn = false
  // (Where the block of lines the line is in opens: after the last blank line.)
  let blockStart = 0
  for (let k = 0; k + 1 < lines.length; k++) {
    const [line, next] = [lines[k]!, lines[k + 1]!]
    if (line.trim() === '') blockStart = k + 1
    const breakAt = at + line.length
    at = breakAt + 1
    const content = line.trimEnd()
    // (A piece of running text goes on, marks or none (…附近街道上兩處地點發生懷 / 疑縱火案。); a line that opens
    // a paragraph must hold a mark of running text: a title as wide as the column holds none.)
    const opening = next.trimStart()
    const cut: boolean =
      next.trim() !== '' &&
      atEdge(line, width) &&
      // (A line that opens a paragraph holds a mark of running text and no subtitle's dash, and runs into no lead or
      // credit line: a title as wide as the column does (坚持绿色发展，全面推进高质量发展 / 本报记者 张三).)
      (goesOn || ((isProse(content) || LEAD_LINE.test(content.trimStart())) && !SUBTITLE.test(content.trimStart()))) &&
      !OPENS_LEAD.test(opening) &&
      !CREDIT_AFTER_SENTENCE.test(content) &&
      !readsAsCaption(content.trim()) &&
      (!MAY_END_PARAGRAPH.test(content) || QUOTE_CUT.test(content) || (SENTENCE_END.test(content) && goesOnAfterFullStop(next))) &&
      !indentedBy(next) &&
      !OPENS_BLOCK.test(opening) &&
      (!readsAsCaption(next.trim(), lines[k + 2], lines[k + 3]) || closesCutText(content, next, lines[k + 2], lines.slice(blockStart, k + 1)))
    // (A mark a typesetter never sets at a line's start, the closing quote alone under …要常来。, is the line's above.)
    // (Not a photographer's credit's line, set between the text's lines with its caption: the mark is the text's.)
    const closesAbove = content.trim() !== '' && KEPT_OFF_LINE_START.test(opening) && !CREDIT_LINE.test(content.trim()) && !readsAsCaption(content.trim())
    goesOn = cut
    if (!cut && !closesAbove) continue
    // (Only the break: a space the cut left before the next line was the text's, …（通讯员 /  龚姗）.)
    const cr = line.endsWith('\r') ? 1 : 0
    joins.push({ line: k, at: [breakAt - cr, breakAt + 1] })
  }
  const removed = textRuns(joins, lines)
  if (removed.length === 0) return { text }
  return { ...splice(text, removed.map(([start, end]) => ({ start, end, by: '' }))), column }
}
