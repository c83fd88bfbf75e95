/**
 * Photo captions: the words printed with a picture.
 *
 *   图为工人们正在拆除路灯 · ▲市民在广场上参加活动 · 许金山涉案。资料图片   a cue or an end word
 *   图①为市文广旅局志愿服务队正在整地挖穴。 · 图2为…                      a numbered photo's
 *   ■深圳富源学校「高考移民」事件引发争议。图为富源学校门口。              a bulleted sentence
 *   游客在景区游玩 / 李潤芳攝                                           a photographer's credit line under it
 *   中國外交部發言人耿爽警告，…                                          a flush sentence between headline and indented lead
 *   港鐵強調輕鐵屯門泳池站月台結構、路軌及鐵路設施符 (×3, cut at one width)  a site's gallery
 *
 * Everything about the convention is here: the line test, the second
 * looks that need a line's neighbours (the flush sentence over an
 * indented lead, a gallery cut at one width), the node, and where a
 * caption stands.
 *
 * Where it stands: anywhere — among a heading group's lines (the page
 * printed the photo under the headline), in an article's body, or at the
 * top level; after a story, a caption that names its subject joins it;
 * photo news with no title over it is an untitled story of its own.
 * (A caption glued to a dateline, …新华社记者 谢环驰 摄新华社北京12月5日电,
 * is found with glued leads: dateline.ts; a photographer's credit, on the
 * caption's line or under it, is photo-credit.ts.)
 */
import { tokenMatcher, type IToken } from 'chevrotain'
import type { Article, ArticleContent, Caption, Paragraph } from '../../src/types'
import { isStoryText, lineText, readAs, readRow, type Row } from '../../src/assemble/row'
import { PHOTO_FILE_NAME, afterListBullet, bulletRows } from './chrome'
import type { RuleRunner } from '../../src/assemble/rule-runner'
import { looksLikeName, namesAlone } from '../names'
import type { Assembly } from '../../src/assemble/assembly'
import { endOf, startOf } from '../factory'
import { BRACKETED_LINE, WIDE_GAP, compactText, holdsFullStop, holdsSentenceEnd, printedLength, sentenceCount, trimmed } from '../layout'
import { toInlines } from '../rules/inline-nodes'
import { DATELINE_OPENERS } from '../rules/inline'
import { PHOTOGRAPHY } from '../rules/credits'
import { HAN_CLASS, isHanRun } from '../han'
import { COUNTING_NUMERALS } from '../numerals'
import { According, Bullet, CaptionCue, CaptionEnd, ClauseBreak, Colon, FullStop, LParen, Newline, PhotoBy, RParen, RQuote, Role, SentenceEnd, Space } from '../tokens'
import type { LineTest, LineView, Placer, Refinement, RowNode } from './construct'
import { gluedLead } from './dateline'
import { SUBTITLE_DASH } from './heading-lines'
import { onlyCredit, reportedToo, trailingPhotoCredit } from './photo-credit'
import { closingCredit } from './signature'
import { placeText } from './paragraph'

/**
 * Where the photo came from and who took it, after its caption's one sentence (…成了一道风景。图片来源:包头晚报
 * 祝家乐/摄 · …的现场。(图片来源:新华社 记者张三 摄)): the line is the photo's caption. A source with no
 * photographer glued to a story's sentence (…正式开通运营。图片来源:网络 · …正式通车。(图片来源:市住建局)) is
 * the web copy's note on its pictures: the sentence stays text. Nor a paragraph of several sentences.
 */
const PICTURE_SOURCE = /[。！？!?][(（]?(?:图片来源|图片来自|图源) ?[:：] ?[^。！？!?:：()（）]{0,28}摄[)）]? *$/
const MAX_SOURCED_SENTENCES = 1
/**
 * Who supplied the photo after its caption's one sentence, and the site that published it perhaps after that
 * (…副局长俞婷婷致辞。受访者供图 华龙网发, …合影。(市公安局供图)): the line is the photo's caption.
 */
const PICTURE_SUPPLIED = /[。！？!?] ?[(（]?[^。！？!?:：()（） ]{1,14}供图[)）]?(?: [^。！？!?:：()（） ]{2,10}发)? *$/

/** A photo caption: 图为…, ▲…, …资料图片, …图片来源:X. */
export function isCaption(tokens: IToken[]): boolean {
  const t = trimmed(tokens)
  const first = t[0]
  const last = t.at(-1)
  if (first === undefined || last === undefined) return false
  // …的好去处。(资料图片): the photo's source in brackets closing its one sentence.
  // (Or before the sentence's full stop: …牧民在转场途中(无人机照片)。)
  const close = tokenMatcher(last, SentenceEnd) && t.length > 4 ? t.length - 2 : t.length - 1
  const sourced = close >= 3 && tokenMatcher(t[close]!, RParen) && tokenMatcher(t[close - 1]!, CaptionEnd) && tokenMatcher(t[close - 2]!, LParen) && sentenceCount(t) <= 1
  return tokenMatcher(first, CaptionCue) || tokenMatcher(last, CaptionEnd) || sourced || namesPictureSource(t) || labelsPhoto(t) || labelsPhotoInBrackets(t) || cuedInBrackets(t)
}

/** A caption whole in brackets, its cue opening them: （图为村民在老街选购农产品）, （图为…。）. */
const cuedInBrackets = (t: IToken[]): boolean => t.length > 3 && tokenMatcher(t[0]!, LParen) && tokenMatcher(t[1]!, CaptionCue) && tokenMatcher(t.at(-1)!, RParen)

/**
 * The photo's label in brackets opening its one sentence, as overseas community papers print their captions
 * ((圖)祝東主黃展唐開張大吉生意興隆。, (图)嘉宾挥金剪正式开业。): its one sentence closed by a full stop. Not a longer
 * text, (图)… over several sentences, nor a photo story's title, (图)我县举办首届农民丰收节, (圖)為何…？ (review 32).
 */
const labelsPhotoInBrackets = (t: IToken[]): boolean =>
  t.length > 3 &&
  tokenMatcher(t[0]!, LParen) &&
  tokenMatcher(t[2]!, RParen) &&
  ((PHOTO_LABELS.has(t[1]!.image) && sentenceCount(t) === 1 && tokenMatcher(t.at(-1)!, FullStop)) || PLACED_PHOTO_LABELS.has(t[1]!.image))

/**
 * The label of a photo by its place on the page, in brackets opening its caption ((上图)中国驻蒂华纳总领事馆邀…座谈侨情。前排
 * 左起…): a caption however many sentences follow, no story's words (a story names 上图 in its text, not in brackets
 * opening a line).
 */
const PLACED_PHOTO_LABELS: ReadonlySet<string> = new Set(['上图', '下图', '左图', '右图', '中图'])

/** The label a photo's caption may open with: 图, 圖, 图片. */
const PHOTO_LABELS: ReadonlySet<string> = new Set(['图', '圖', '图片', '圖片'])
/** The label of a file photo's caption: 资料图, 资料图片, 资料照片. */
const FILE_PHOTO_LABELS: ReadonlySet<string> = new Set(['资料图', '资料图片', '资料照片'])

/**
 * 图：, then a sentence (图：中兴通讯表示，公司现金充足。图为中兴官方网站首页): the
 * photo's label over its caption (图：李四 names the photographer: a credit);
 * 资料图：, then whatever it shows (资料图：台湾民间团体抗议教科书去中国化).
 */
const labelsPhoto = (t: IToken[]): boolean =>
  t.length > 2 &&
  tokenMatcher(t[1]!, Colon) &&
  (FILE_PHOTO_LABELS.has(t[0]!.image) || (PHOTO_LABELS.has(t[0]!.image) && t.some((token) => tokenMatcher(token, ClauseBreak))))

/** Whether a line is a caption by its picture's source and photographer, or its supplier, after its one sentence (PICTURE_SOURCE, PICTURE_SUPPLIED). */
const namesPictureSource = (t: IToken[]): boolean => {
  const line = lineText(t)
  return (PICTURE_SOURCE.test(line) || PICTURE_SUPPLIED.test(line)) && sentenceCount(t) <= MAX_SOURCED_SENTENCES
}

/** The share of body lines that must be indented for an unindented one to stand out. */
const INDENTED_SHARE = 0.8
const MIN_INDENTED = 3
/** The most sentences such a flush caption holds: a longer text there is the lead the copy left flush. */
const MAX_FLUSH_CAPTION_SENTENCES = 2

/**
 * On a page whose paragraphs are indented (　　(星島日報報道)中美貿易戰…), a
 * sentence set flush between the headline and the indented lead is the
 * photo's caption the page carried there (中國外交部發言人耿爽警告，…) — one or
 * two sentences; a paragraph of more is the story's lead, left flush as a
 * record's first line often is (近日，…。医生告诉其家属，…。… / 　　8万元离…).
 */
export const unindentedCaptions: Refinement = (rows) => {
  // Lines right under a heading are the candidates, so they do not count.
  const text = rows.filter((row, k) => isStoryText(row) && rows[k - 1]?.kind !== 'heading')
  const indented = text.filter(isIndented).length
  if (indented < MIN_INDENTED || indented < INDENTED_SHARE * text.length) return rows
  return rows.map((row, k) => {
    const above = rows[k - 1]
    const below = rows[k + 1]
    if (row.kind !== 'body' || isIndented(row) || above?.kind !== 'heading' || sentenceCount(row.tokens) > MAX_FLUSH_CAPTION_SENTENCES) return row
    const overLead = isStoryText(below) && isIndented(below)
    return overLead ? readAs(row, 'caption') : row
  })
}

const isIndented = (row: Row) => row.indented === true

/**
 * A photo's caption naming what it shows in a phrase closed by a full stop, set between the title and the text where the
 * photo stood (… / 群力关东古巷的一处路灯。 / 17日,市民王先生给本报打来电话反映,…; 退休教师庄艳华镜头下的鸡山岛。 / 鸡山岛位于…):
 * a caption. A noun phrase, the thing named after its 的, short, no clause, no verb a sentence turns on; straight under
 * the title (or first on the page), over a lead longer than it. (A short lead says something of its subject: 春天是播种的季节。 turns on 是.)
 */
export const namedSceneCaptions: Refinement = (rows) =>
  rows.map((row, k) => {
    // (Under the title, or first on the page where the copy kept no title: 群力关东古巷的一处路灯。 / 17日,….)
    if (row.kind !== 'body' || (k > 0 && rows[k - 1]!.kind !== 'heading') || sentenceCount(row.tokens) !== 1) return row
    const below = rows[k + 1]
    const line = compactText(trimmed(row.tokens))
    const names = NAMED_SCENE.test(line) && !SENTENCE_VERB.test(line) && !opensAsText(row)
    return names && isStoryText(below) && printedLength(below.tokens) > LEAD_OVER_SCENE * printedLength(row.tokens) ? readAs(row, 'caption') : row
  })
/** A noun phrase closed by a full stop: what it names after its 的, a word of a few characters (…古巷的一处路灯。). */
const NAMED_SCENE = new RegExp(`^[${HAN_CLASS}]{2,16}的[${HAN_CLASS}]{1,4}。$`)
/** The words a sentence turns on, never in a phrase naming a scene: 是, 有, 在, 了, 着, 把, 被, 将, 要, 会. */
const SENTENCE_VERB = /[是有在了着把被将要会]/
/** How many times longer than the caption the lead under it is. */
const LEAD_OVER_SCENE = 2

/** The longest line read as a caption for being printed twice: one or two sentences. */
const MAX_DOUBLED_CAPTION = 80
/** The shortest cut copy of a caption read as its echo (平新郡华人获赠送). */
const MIN_CAPTION_ECHO = 6

/**
 * A caption a web copy prints twice, its photo's alt text and its caption under it
 * (文忠孝编委向平政县华人赠送利是。 / 文忠孝编委向平政县华人赠送利是。), or over a copy the site
 * cut (平新郡华人获赠送利是时很开心。 / ⏎ / 平新郡华人获赠送): the first line the caption, the copy the
 * site's echo. One or two sentences, short, under the story's text; a story does not print its own
 * sentence again.
 */
export const doubledCaptions: Refinement = (rows) => {
  const read = rows.slice()
  for (let k = 0; k + 1 < rows.length; k++) {
    const [row, next] = [rows[k]!, rows[k + 1]!]
    // (Inside a story's text: under its lead, not as the first text under a title, where a box's text may repeat.)
    if (!INSIDE_TEXT.has(rows[k - 1]?.kind) || (row.kind !== 'body' && row.kind !== 'caption') || (next.kind !== 'body' && next.kind !== 'heading' && next.kind !== 'caption')) continue
    const [text, copy] = [lineText(row.tokens).trim(), lineText(next.tokens).trim()]
    const echoes = copy === text || (copy.length >= MIN_CAPTION_ECHO && copy.length < text.length && text.startsWith(copy) && !holdsSentenceEnd(next.tokens))
    if (!echoes || text.length > MAX_DOUBLED_CAPTION || sentenceCount(row.tokens) > 2 || sentenceCount(row.tokens) === 0) continue
    read[k] = row.kind === 'caption' ? row : readAs(row, 'caption')
    const echo = readAs(next, 'chrome')
    captionEchoes.add(echo)
    read[k + 1] = echo
    k++
  }
  return read
}

/** The copies of captions doubledCaptions read as the site's echo: set into a story's text, it goes on under them. */
const captionEchoes = new WeakSet<Row>()
/** Whether a row is a caption's echo (the story's text goes on under it). */
export const echoesCaption = (row: Row): boolean => captionEchoes.has(row)
/** What a doubled caption stands under: the story's text. */
const INSIDE_TEXT: ReadonlySet<Row['kind'] | undefined> = new Set(['body', 'dateline', 'caption'])

/** Fewest lines, and shortest cut, of a site's truncated gallery captions. */
const MIN_TRUNCATED_RUN = 3
const MIN_TRUNCATED_LENGTH = 12

/**
 * A site's photo gallery copied as captions cut at one width
 * (港鐵強調輕鐵屯門泳池站月台結構、路軌及鐵路設施符 / 臨時行人道石躉「離地」，比一個五蚊銀還大。（讀者):
 * three or more lines of exactly the same length, each set apart by a
 * blank line, none of them closing a sentence. (A hard-wrapped column also
 * has lines of one length that do not close sentences, but they follow
 * each other with no blank line between.)
 */
export const truncatedCaptions: Refinement = (rows) => {
  const read: Row[] = []
  let from = 0
  while (from < rows.length) {
    const length = cutLength(rows[from]!)
    let to = from + 1
    while (length > 0 && to < rows.length && rows[to]!.gap === 1 && cutLength(rows[to]!) === length) to++
    const run = rows.slice(from, to)
    read.push(...(run.length >= MIN_TRUNCATED_RUN ? run.map((row) => readAs(row, 'caption')) : run))
    from = to
  }
  return read
}

/** The fewest photos' captions printed together over their story. */
const MIN_CAPTION_RUN = 3
/** The longest line of such a run: a sentence saying what one photo shows. */
const MAX_RUN_CAPTION = 48
/** What may close a gallery's run of captions: the page's furniture. */
const GALLERY_END: ReadonlySet<Row['kind']> = new Set(['chrome', 'pageHeader', 'editorLine', 'endMark'])
/** A gallery's title names it: 图集丨…, 组图:…, 图片新闻, 多图. */
const GALLERY_TITLE = /图集|组图|多图|图片新闻|图片报道|影像/
/** What may stand between a story's title and the captions over its text: the page's furniture. */
const OVER_CAPTIONS: ReadonlySet<Row['kind']> = new Set(['chrome', 'pageHeader', 'stamp'])

/**
 * A photo story's captions printed together between its title and its
 * text (满城尽是中国红 / 劳动公园里,老人们一起歌唱祖国。 / 园林工人祝福祖国。 / … /
 * □文/图 记者 李强 / 金秋时节,…): three or more short lines of one sentence
 * each, then the text — its credit line, its dateline or a long paragraph.
 * A short lead of several one-sentence lines looks the same, so the run
 * must show it holds captions: one of them is a caption already (a
 * photographer's credit, a pointer to the photo: ◀, ▼), or the story's
 * credit line stands under it. A gallery, its title naming it, is only that:
 * its run, framed by two captions with their credits (图集丨… / …在现场。(记者 柯皓 摄) /
 * 代表走上通道。 / … / …现场提问。(记者 柯皓 摄)), runs to the page's end.
 *
 * One or two such lines hold captions when the story's credit under them
 * says it has photos (文/图, 摄) and each says what a photo shows in one
 * clause closed by a full stop (花好莫要采。 / □全媒体记者 王建成 文/图), or,
 * alone, when the story's dateline opens right under it
 * (大家共同举杯庆佳节,展现和谐、温馨的邻里关系。 / 来宾网-来宾晚刊讯(记者 莫永娟 文/图)…).
 * Never under the story's byline, where its text has begun (通讯员 刘年兵 /
 * 我与长沙晚报结缘整整25年了。), unless the byline credits the photos too
 * (震区村民砍蔗忙 / □本报记者 吴东萍 文/图 / 蔗农将甘蔗从马背上卸下。 / “2·20”地震过去…).
 */
export const captionRuns: Refinement = (rows) => {
  const read = rows.slice()
  for (let k = 0; k < rows.length; k++) {
    if (rows[k]!.kind !== 'heading') continue
    let from = k + 1
    // (The story's writer may be named between, alone on a line: 这些地方的环境不咋样 / 伊巍 / ….)
    while (from < rows.length && (OVER_CAPTIONS.has(rows[from]!.kind) || namesWriter(rows[from]!))) from++
    let to = from
    while (to < rows.length && isRunCaption(rows[to]!)) to++
    const text = rows[to]
    // (A credit line with nothing under it closes the story: the lines over it are its text.)
    let under = to
    while (rows[under]?.kind === 'byline') under++
    const below = rows[under]
    const credited = under > to && isStoryText(below)
    const run = rows.slice(from, to)
    // (A gallery, its title naming it so: the run is the whole story, its photos' captions to the page's
    // end, framed by captions its cues tell; the story's one sentence after a caption is no frame.)
    const galleryEnds =
      (text === undefined || GALLERY_END.has(text.kind)) && GALLERY_TITLE.test(lineText(rows[k]!.tokens)) && run[0]?.kind === 'caption' && run.at(-1)?.kind === 'caption'
    const storyFollows = credited || galleryEnds || text?.kind === 'dateline' || (text?.kind === 'body' && printedLength(text.tokens) > MAX_RUN_CAPTION)
    const holdsCaptions =
      to - from >= MIN_CAPTION_RUN
        ? credited || run.some((row) => row.kind === 'caption')
        : to > from &&
          !rows.slice(k + 1, from).some((row) => namesWriter(row) && (!photosCredited([row]) || run.some(opensAsLead))) &&
          run.every((row) => isLoneCaption(row, run.length === 1 && text?.kind === 'dateline')) &&
          photosCredited([...rows.slice(k + 1, from), ...run, ...rows.slice(to, to + PHOTO_CREDIT_ROWS)])
    if (!storyFollows || !holdsCaptions) continue
    for (let n = from; n < to; n++) if (rows[n]!.kind === 'body') read[n] = readAs(rows[n]!, 'caption')
    k = to - 1
  }
  return read
}

/** The pointers a column's notes open with as often as a photo's caption does: ▲, △. */
const POINTERS: ReadonlySet<string> = new Set(['▲', '△'])
/** The fewest notes of a column each opened by a pointer. */
const MIN_POINTED_NOTES = 3

/**
 * A column's notes each opened by the same pointer, under the column's title (三秦短波 / △河北省保定市…将投入西安市场。
 * 该车…的特点。 (吕劲) / △联席会议制度已在我省全面实行。… / △韩纯获…, 编辑余话 / ▲本月八日东京法政大学开了…):
 * the column's paragraphs, no captions. Three or more in a row, longer on average than the longest caption a web copy
 * prints twice (a caption says what one photo shows; a note tells its news); a run of short ones (▲市民在广场上参加活动。
 * / ▲…) stays the photos' captions.
 */
export const pointedNotes: Refinement = (rows) => {
  const read = rows.slice()
  for (let from = 0; from < rows.length; from++) {
    const pointer = pointerOf(rows[from]!)
    if (pointer === undefined) continue
    let to = from + 1
    while (to < rows.length && pointerOf(rows[to]!) === pointer) to++
    const run = rows.slice(from, to)
    const mean = run.reduce((sum, row) => sum + printedLength(row.tokens), 0) / run.length
    if (run.length >= MIN_POINTED_NOTES && mean > MAX_DOUBLED_CAPTION) for (let n = from; n < to; n++) read[n] = readAs(rows[n]!, 'body')
    from = to - 1
  }
  return read
}

/** The pointer a caption opens with, or undefined for another line. */
function pointerOf(row: Row): string | undefined {
  const first = trimmed(row.tokens)[0]
  return row.kind === 'caption' && first !== undefined && tokenMatcher(first, CaptionCue) && POINTERS.has(first.image) ? first.image : undefined
}

/**
 * A photo's caption that names what it shows, no full stop, set apart between the story's byline that
 * credits the photos and the story's text (□ 晚霞报记者 黄美玲 文/图 / ⏎ / 袁成春老人在阅读《晚霞报》 / ⏎ /
 * “在十几种报刊中,…): the caption, not a new story's title. One line, blank lines about it, short, no
 * clause, credit, brackets nor heading's mark in it, the byline under the story's title; under a byline that
 * credits no photos it stays a title or a head.
 */
export const captionUnderPhotoByline: Refinement = (rows) =>
  rows.map((row, k) => {
    const [title, above, below] = [rows[k - 2], rows[k - 1], rows[k + 1]]
    // (The byline under the story's title, no text of it yet: a closing credit under a story's text, 本报记者 X 摄, stands
    // over the next story's title.)
    if (row.kind !== 'heading' || title?.kind !== 'heading' || above?.kind !== 'byline' || !photosCredited([above]) || !isStoryText(below) || row.gap === 0 || below.gap === 0) return row
    const t = trimmed(row.tokens)
    const line = lineText(t)
    const credits = t.some((token) => tokenMatcher(token, Role) || tokenMatcher(token, PhotoBy))
    return credits || CLAUSE_MARK.test(line) || HEADING_MARK.test(line) || BRACKETED_LINE.test(line) || printedLength(t) > MAX_LONE_CAPTION ? row : readAs(row, 'caption')
  })

/** The fewest lines of a gallery's captions over an untitled story: more than a heading group's (kicker, headline, two subheadlines). */
const MIN_GALLERY_OVER_LEAD = 5
/** What may stand over such a gallery: the page's furniture, or nothing. */
const OVER_GALLERY: ReadonlySet<Row['kind']> = new Set(['chrome', 'pageHeader', 'stamp', 'masthead'])

/**
 * A gallery's captions printed over its story's text with no title, the
 * story's dateline under them (新华社冯磊一行在神农广场实地视察,市委宣传部副部长谭家胜,…陪同调研 /
 * … nine such lines … / 嘉禾网讯(记者 曹晶)日前,…): five lines or more, more
 * than a heading group holds, none closing a sentence nor marked as a
 * heading's (a dash, a colon), at the page's top or under its furniture,
 * the first and at least half of them describing the scene in clauses
 * (a comma). Not a title and its subtitles over the lead (four lines at
 * most), nor titles that hold no clause.
 */
export const galleryOverDateline: Refinement = (rows) => {
  const read = rows.slice()
  for (let k = 0; k < rows.length; k++) {
    if (rows[k]!.kind !== 'dateline') continue
    let from = k
    while (from > 0 && describesScene(rows[from - 1]!)) from--
    const above = rows[from - 1]
    const run = rows.slice(from, k)
    if (run.length < MIN_GALLERY_OVER_LEAD || (above !== undefined && !OVER_GALLERY.has(above.kind))) continue
    const clauses = run.filter((row) => CLAUSE_MARK.test(lineText(row.tokens)))
    if (!CLAUSE_MARK.test(lineText(run[0]!.tokens)) || 2 * clauses.length < run.length) continue
    for (let n = from; n < k; n++) read[n] = readAs(rows[n]!, 'caption')
  }
  return read
}

/** Whether a line may be one of a gallery's captions: a line of text or a title's, no sentence closed, no heading's mark. */
const describesScene = (row: Row): boolean =>
  (row.kind === 'heading' || row.kind === 'body') && sentenceCount(row.tokens) === 0 && !HEADING_MARK.test(lineText(trimmed(row.tokens)))

/** The fewest short lines naming photos, printed together, read as their captions. */
const MIN_PHOTO_TITLES = 3
/** The longest line naming a photo without a sentence: 甘蔗渣吐在绿化带里, 几何曲线博物规划馆. */
const MAX_PHOTO_TITLE = 24
/** What may stand between a story's title and the photos' lines under it: its credit, the site's fields (its page among them: A2版). */
const UNDER_TITLE: ReadonlySet<Row['kind']> = new Set(['byline', 'stamp', 'chrome', 'editorLine', 'pageHeader'])
/** What may stand under the photos' lines: the story's text, another caption, the page's furniture after the story. */
const UNDER_PHOTO_TITLES: ReadonlySet<Row['kind'] | undefined> = new Set(['body', 'caption', 'chrome', undefined])
/** The fewest lines naming photos, set apart as a block between a story's title and its lead, read as captions with no credit. */
const MIN_SET_APART_PHOTO_TITLES = 4
/** The fewest lines naming photos over a story's closing credit: more than a heading group's (kicker, headline, two subheadlines). */
const MIN_CREDITED_PHOTO_TITLES = 5
/** How many rows of the story around the lines are searched for the credit that says it has photos. */
const STORY_ROWS = 12

/**
 * Photos named by short lines printed together in a photo story, as a
 * page sets them under its pictures: 罗炳辉广场:不文明市民… / 3月12日,记者…影响了
 * 广场形象。 / 甘蔗渣吐在绿化带里 / 瓜子壳成堆 / 文化墙上乱写乱画 / 广场四周的绿化带里… /
 * (赵磊明曹剑文/图). Three or more lines of a few words each, none a sentence or
 * a credit, inside the story: between its text and more of it, under its
 * title (吕梁山奏响乡村振兴最强音 / 王营庄大棚园区里… / 信义林泉沟… / 风景如画的…), or
 * closing it; and the story credits its photos (/图, 摄, 摄影) — under the
 * lines where its text goes on below them, for a new story's heading
 * group stands between one story's text and the next one's. Never with no
 * credit (a story's list of projects, a notice's names, look the same), nor
 * under a line a colon closes (参加活动的单位包括: / 市生态环境局 / …: a list).
 */
export const photoTitleRuns: Refinement = (rows) => {
  const read = rows.slice()
  for (let from = 0; from < rows.length; from++) {
    if (rows[from]!.kind !== 'heading') continue
    let to = from
    while (to < rows.length && rows[to]!.kind === 'heading') to++
    const run = titledPhotos(rows, from, to)
    if (run) for (let n = run.from; n < to; n++) read[n] = readAs(rows[n]!, 'caption')
    from = to - 1
  }
  return read
}

/** Which lines of a run of heading lines [from, to) name photos, or undefined. */
function titledPhotos(rows: Row[], from: number, to: number): { from: number } | undefined {
  const above = rows[from - 1]
  let title = from - 1
  while (title >= 0 && UNDER_TITLE.has(rows[title]!.kind)) title--
  // Mid-story, under a title set apart by its furniture, or under the title that opens the run at the story's top.
  // (The text over them closes a sentence: a line closed by a colon announces a list, 参加活动的单位包括: / 市生态环境局 / ….)
  const midStory = above?.kind === 'body' && endsSentence(above.tokens)
  const underTitle = !midStory && title < from - 1 && rows[title]?.kind === 'heading'
  if (!midStory && !underTitle && above !== undefined && !OVER_STORY_TOP.has(above.kind)) return undefined
  const first = midStory || underTitle ? from : from + 1
  const count = to - first
  const below = rows[to]
  // (Over the story's closing credit, more of them than a heading group's lines over the next story's byline:
  // 成熟麦田 / 收获季节 / 趁天抢收 / 机收会战 / 颗粒归仓 / 晾晒 / 机收服务站 / 记者:赵建明.)
  const overCredit = midStory && count >= MIN_CREDITED_PHOTO_TITLES && below?.kind === 'byline'
  if (overCredit && rows.slice(first, to).every((row) => namesPhoto(row, MIN_CREDITED_PHOTO_TITLE_HAN))) return { from: first }
  // (Under a title set apart by its furniture, three lines may be the print edition's heading group: a title printed
  // twice, its words again in one of them. Three lines that share none of the title's words name its photos, where the
  // story's dateline under them credits them: 我市各地举行多彩活动迎新年 / 作者:… / 临沧市庆元旦登山赛 / … / 本报讯 (…文/图).)
  const printedTwice = underTitle && rows.slice(first, to).some((row) => sharesWords(compactText(row.tokens), compactText(rows[title]!.tokens)))
  if (count < MIN_PHOTO_TITLES + (printedTwice ? 1 : 0) || !rows.slice(first, to).every((row) => namesPhoto(row))) return undefined
  // (A block of four lines or more, set apart by blank lines from the title over it and from the lead under it:
  // the photos an e-paper's article page lists before its text, 庄长福致词 / 陈基梅汇报 / … / 理事合影 / ⏎ /
  // 【苏加巫眉讯】…, credited or not. More than a heading group's three lines.)
  const block = rows.slice(first, to)
  if (!midStory && count >= MIN_SET_APART_PHOTO_TITLES && rows[first]!.gap > 0 && block.slice(1).every((row) => row.gap === 0) && isStoryText(below) && below.gap > 0) return { from: first }
  // (As many closing the story's text, over the page's furniture or its end: the photos listed after the
  // text, 活动现场氛围 / 管理层颁发奖项 / … / Comments (0), credited or not.)
  if (midStory && count >= MIN_SET_APART_PHOTO_TITLES && (below === undefined || below.kind === 'chrome')) return { from: first }
  // (Another caption under them is the photo news under its title's photos; inside a story, its text goes on or it ends;
  // under its title, the story's dateline may open its text.)
  const opensText = underTitle && !printedTwice && below?.kind === 'dateline'
  if ((!UNDER_PHOTO_TITLES.has(below?.kind) && !opensText) || (below?.kind === 'caption' && (midStory || underTitle))) return undefined
  // The credit under the lines, in the story's text going on to its end; where nothing of it follows, over them too.
  let end = to
  while (end < rows.length && end < to + STORY_ROWS && rows[end]!.kind !== 'heading') end++
  let opening = from - 1
  while (opening > 0 && opening > from - STORY_ROWS && rows[opening]!.kind !== 'heading') opening--
  const goesOn = midStory && below?.kind === 'body'
  const storyFrom = goesOn ? to : Math.max(0, opening)
  // (Where the text goes on under them, the credit closes the story on its own: (赵磊明曹剑文/图); a caption's
  // credit there, 项目开工现场。 记者 李四 摄, may be the next story's, under its heading group.)
  const story = rows.slice(storyFrom, end + (rows[end]?.kind === 'heading' && !holdsText(rows[end]!) ? 1 : 0)).filter((row) => !goesOn || !holdsFullStop(row.tokens))
  return photosCredited(story) ? { from: first } : undefined
}

/** The fewest characters two lines share, in one run, to be read as saying the same (a title and its print edition's). */
const MIN_SHARED_WORDS = 4

/** Whether two lines' words, spacing left out, share a run of a phrase's length (活动迎新年 in 我市各地举行多彩活动迎新年 and 各地活动迎新年). */
function sharesWords(a: string, b: string): boolean {
  for (let k = 0; k + MIN_SHARED_WORDS <= a.length; k++) if (b.includes(a.slice(k, k + MIN_SHARED_WORDS))) return true
  return false
}

/** Whether a line's last words close a sentence: …影响了广场形象。, …他说。” */
const endsSentence = (tokens: IToken[]): boolean => {
  const t = trimmed(tokens)
  const last = t.at(-1)
  return last !== undefined && (tokenMatcher(last, SentenceEnd) || (tokenMatcher(last, RQuote) && t.length > 1 && tokenMatcher(t.at(-2)!, SentenceEnd)))
}

/** What may stand over a story's top: the page's furniture. */
const OVER_STORY_TOP: ReadonlySet<Row['kind']> = new Set(['pageHeader', 'chrome', 'masthead', 'stamp', 'editorLine', 'endMark', 'jumpLine'])

/** Whether a heading line is more than a credit (a credit's brackets and names can read as a heading line). */
const holdsText = (row: Row): boolean => !row.tokens.some((token) => tokenMatcher(token, Role))

/** A caption that only names its photo in a few words (瓜子壳成堆): one of the story's photos, not photo news. */
export const namesPhotoOnly = (row: Row): boolean => row.kind === 'caption' && namesPhoto(row)

/** A short line naming what a photo shows: a few words, no sentence, no credit, no heading group's marks. */
const namesPhoto = (row: Row, minHan = MIN_PHOTO_TITLE_HAN): boolean => {
  const t = trimmed(row.tokens)
  return (
    printedLength(t) <= MAX_PHOTO_TITLE &&
    !t.some((token) => tokenMatcher(token, SentenceEnd) || tokenMatcher(token, Role) || tokenMatcher(token, PhotoBy)) &&
    !HEADING_MARK.test(lineText(t)) &&
    !namesAlone(lineText(t)) &&
    hanCount(lineText(t)) >= minHan &&
    balanced(lineText(t))
  )
}
/** A photo's line names it in words: 览胜阁 (not a pointer's page, 12 版). */
const MIN_PHOTO_TITLE_HAN = 3
/** Among many such lines over the story's credit, two characters will do: 晾晒. */
const MIN_CREDITED_PHOTO_TITLE_HAN = 2
const HAN_CHAR = new RegExp(`[${HAN_CLASS}]`, 'g')
const hanCount = (text: string): number => text.match(HAN_CHAR)?.length ?? 0
/** Whether a line closes every bracket and quote it opens, and opens every one it closes (a verse broken into lines does not: “天苍苍  野茫茫). */
const balanced = (text: string): boolean => {
  for (const [open, close] of PAIRS) if (text.split(open).length !== text.split(close).length) return false
  return true
}
const PAIRS = [['(', ')'], ['“', '”'], ['《', '》'], ['「', '」'], ['【', '】']] as const
/** What marks a heading group's line: a subtitle's opening dash (——访…), a kicker's closing one (2025年全国两会——), a label's or a speaker's colon (副题:…, 李强:坚定信心…). */
const HEADING_MARK = /^[—－-]|[—－-]$|[:：]/

/**
 * A sentence opening as a lead does, with its time (今天是五一国际劳动节。, 昨日,…), its reporter
 * (记者日前来到…) or a pointer (这是一个丰收的季节。): under the byline, the story's text.
 */
const opensAsLead = (row: Row): boolean => LEAD_OPENING.test(lineText(trimmed(row.tokens)))
const LEAD_OPENING = /^(?:今天|今日|昨天|昨日|前天|近日|日前|连日来|目前|今年|去年|记者|笔者|这是|这里|[0-9]{1,2}月[0-9]{1,2}日)/

/**
 * A photo's caption under its file name, where the copy kept the name in the photo's place
 * (GetAttachment (8).jpg / 苹果丰收,工人装车拉运。): one short sentence saying what the photo
 * shows, the story going on under it. Not a line opening as the story's text does (据悉,…,
 * 记者了解到…, a quotation, a numbered section: 二、…), nor the story's last line (活动受到了果农的一致好评。).
 */
export const captionsUnderFileNames: Refinement = (rows) =>
  rows.map((row, k) => {
    const above = rows[k - 1]
    const below = rows[k + 1]
    if (row.kind !== 'body' || above?.kind !== 'chrome' || !PHOTO_FILE_NAME.test(lineText(above.tokens).trim())) return row
    const goesOn = below !== undefined && (below.kind === 'body' || below.kind === 'chrome' || below.kind === 'caption')
    const shows = sentenceCount(row.tokens) === 1 && endsSentence(row.tokens) && printedLength(row.tokens) <= MAX_RUN_CAPTION && !opensAsText(row)
    return goesOn && shows ? readAs(row, 'caption') : row
  })

/** A line opening as a story's text does, not as a photo's caption: a lead's opening, a source, a quotation, a section's number. */
const opensAsText = (row: Row): boolean => opensAsLead(row) || TEXT_OPENING.test(lineText(trimmed(row.tokens)))
const TEXT_OPENING = /^(?:据|“|"|「|[一二三四五六七八九十]+、|[0-9]+[.、])/

/** What parts a sentence in clauses (in the normalized text, where the lexer keeps it inside a run of text). */
const CLAUSE_MARK = /[,;:]/

/** How many rows under one or two lone captions are searched for the credit that says the story has photos. */
const PHOTO_CREDIT_ROWS = 2

/**
 * Whether the story's credit under one or two lone captions says it has
 * photos: 文/图, 摄, 摄影 (□全媒体记者 王建成 文/图, (记者 莫永娟 文/图)). A
 * short lead, a summary line over the dateline or a subtitle look the same
 * without it (全县春耕生产全面展开。 / 连日来,…).
 */
const photosCredited = (rows: Row[]): boolean =>
  rows.some(
    (row) =>
      row.tokens.some((token) => tokenMatcher(token, PhotoBy) || (tokenMatcher(token, Role) && PHOTO_WORK.test(token.image)) || token.image.includes(PHOTOGRAPHY)) ||
      NAMES_PHOTOS.test(lineText(row.tokens)),
  )
/** A credit's names over the work they did, the photos among it: (赵磊明 曹剑/图), 李强/摄. */
const NAMES_PHOTOS = /[/／][图摄][)）]?$/
/** What a role word says when its holder made the photos: 文/图, 图/文, 摄影记者. */
const PHOTO_WORK = /[图摄]/

/** The longest clause read as a photo's caption without a run of captions around it. */
const MAX_LONE_CAPTION = 36

/**
 * Whether a line of a short run over the story's text says what a photo shows:
 * one clause closed by a full stop, short; over the dateline, one sentence.
 */
function isLoneCaption(row: Row, overDateline: boolean): boolean {
  if (row.kind === 'caption') return true
  const t = trimmed(row.tokens)
  if (!tokenMatcher(t.at(-1)!, FullStop) || sentenceCount(t) !== 1) return false
  return overDateline ? printedLength(t) <= MAX_RUN_CAPTION : !CLAUSE_MARK.test(lineText(t)) && printedLength(t) <= MAX_LONE_CAPTION
}

/** A writer's name alone on a line (伊巍), or their credit line. */
const namesWriter = (row: Row): boolean => row.kind === 'byline' || (row.kind === 'heading' && namesAlone(lineText(row.tokens)))

/**
 * A line that may be one of a run of captions: a caption, a short line of
 * one sentence, or one such sentence with its photographer's credit after
 * it, 摄 left out (参访团记者在…电厂采访。广西新闻网记者 胡雁).
 */
const isRunCaption = (row: Row): boolean => {
  if (row.kind === 'caption') return true
  if (row.kind !== 'body' || sentenceCount(row.tokens) !== 1) return false
  const stop = row.tokens.findIndex((token) => tokenMatcher(token, SentenceEnd))
  const sentence = row.tokens.slice(0, stop + 1)
  const credit = trimmed(row.tokens.slice(stop + 1))
  return printedLength(sentence) <= MAX_RUN_CAPTION && (credit.length === 0 || creditTail(credit))
}

/** The longest credit after a run caption's sentence: an outlet, a role and two names. */
const MAX_CREDIT_TAIL = 16

/** Whether tokens after a caption's sentence are a credit: a role and names, short. */
const creditTail = (tokens: IToken[]): boolean =>
  printedLength(tokens) <= MAX_CREDIT_TAIL && tokens.some((token) => tokenMatcher(token, Role)) && !tokens.some((token) => tokenMatcher(token, SentenceEnd))

/** The printed length of a text line that could be a cut caption, or 0. */
function cutLength(row: Row): number {
  if (row.kind !== 'body' && row.kind !== 'heading') return 0
  const length = printedLength(row.tokens)
  return length >= MIN_TRUNCATED_LENGTH && !tokenMatcher(row.tokens.at(-1)!, SentenceEnd) ? length : 0
}

/** A caption line, with the photographer's credit line under it where printed. */
export const captionNode: RowNode = (row: Row, { context: { tokens, runner, factory } }): Caption => {
  const range = tokens.slice(row.from, row.to + 1)
  const credit = row.photoCredit
  const split = credit ? range.findIndex((t) => t.startOffset >= credit.position.start.offset!) : range.length
  const text = trimmed(range.slice(0, split))
  const between = range.slice(text.length === 0 ? 0 : range.indexOf(text.at(-1)!) + 1, split)
  const children: Caption['children'] = [...runner.inline(text, 'phrase'), ...toInlines(between, factory)]
  if (credit) {
    children.push(credit)
    // (What the credit leaves of its brackets: the photographer's word first, （摄影 张刚）, reads inside them.)
    children.push(...toInlines(range.filter((t) => t.startOffset >= credit.position.end.offset!), factory))
  }
  return { type: 'caption', children, position: factory.position(startOf(range[0]!), endOf(range.at(-1)!)) }
}

/**
 * Photo news read as its story, as readers read it: a titled photo's text,
 * or a credited caption standing alone as the page's news (纸鸢曼舞 / 4月4日,
 * 在遂宁市安居区凤凰栖景区,…。 张勤宝 摄(C视觉)), is the story's paragraph, and
 * the photographer's credit closing it the story's signature. Only text that
 * ends a sentence before the credit: a phrase (惠民市集 城市晚报全媒体记者 吕闯 摄)
 * or a caption's cue (图为…) is the photo's caption, and so is a photo over
 * the story's own text.
 */
export function photoNewsStory(row: Row, after: Row | undefined, beyond: Row | undefined, assembly: Assembly): ArticleContent[] | undefined {
  const credit = row.photoCredit
  if (credit === undefined) return undefined
  const { tokens, runner, factory } = assembly.context
  const range = tokens.slice(row.from, row.to + 1)
  let split = range.findIndex((t) => t.startOffset >= credit.position.start.offset!)
  // (The bracket a credit opens inside, （摄影 王刚）, is the credit's: the text closes before it.)
  if (split > 0 && tokenMatcher(range[split - 1]!, LParen)) split--
  // (The credit's role may stand on the line above its names: …纷纷落叶。 / 全媒体记者 / 崔圣驰 摄.)
  while (split > 0 && (tokenMatcher(range[split - 1]!, Role) || tokenMatcher(range[split - 1]!, Space) || tokenMatcher(range[split - 1]!, Newline))) split--
  // (So may the bullet the text opens with, where the page marks both: □随着…质量情况。□韩吴琦/摄.)
  if (split > 1 && tokenMatcher(range[split - 1]!, Bullet) && range[0]!.image === range[split - 1]!.image) split--
  const text = trimmed(range.slice(0, split < 0 ? range.length : split))
  const closes = text.length > 0 && (tokenMatcher(text.at(-1)!, SentenceEnd) || (tokenMatcher(text.at(-1)!, RParen) && sentenceCount(text) > 0))
  if (split <= 0 || !closes || tokenMatcher(text[0]!, CaptionCue) || textFollows(after, beyond, oneShortClause(text))) return undefined
  const paragraphs = paragraphsOf(text).map((piece): Paragraph => ({
    type: 'paragraph',
    children: runner.inline(piece, 'paragraph'),
    position: factory.position(startOf(piece[0]!), endOf(piece.at(-1)!)),
  }))
  return [...paragraphs, closingCredit({ ...row, tokens: trimmed(range.slice(split)), credits: [credit] }, factory)]
}

/** A text's paragraphs: it parts at a line break after a sentence's end (a break inside a sentence is layout's). */
function paragraphsOf(text: IToken[]): IToken[][] {
  const pieces: IToken[][] = [[]]
  for (const token of text) {
    const piece = pieces.at(-1)!
    const last = trimmed(piece).at(-1)
    if (tokenMatcher(token, Newline) && last !== undefined && (tokenMatcher(last, SentenceEnd) || tokenMatcher(last, RQuote))) pieces.push([])
    else piece.push(token)
  }
  return pieces.map((piece) => trimmed(piece)).filter((piece) => piece.length > 0)
}

/**
 * Whether the story's text follows the opening (`next`, the row after it): then the photo is
 * the story's, its caption a caption (a credited caption opening the text,
 * 涉策劃撒錢事件被捕的「幣少爺」…（蘇智鑫攝） over the report).
 */
function textFollows(next: Row | undefined, beyond: Row | undefined, short: boolean): boolean {
  if (next === undefined) return false
  // (Under a caption of one short sentence, a dateline opens the story's text however far apart; so it does
  // under one more short caption: …十佳编辑记者。 记者 傅倩 摄 / ⏎⏎ / 冠甫舞狮队在作开场表演。 / ⏎⏎ /
  // 中国徐州网-徐州日报(记者 骆耀明) …. Photo news of several clauses over a brief's 本报讯 is its own story.)
  if (short && (next.kind === 'dateline' || (beyond?.kind === 'dateline' && isRunCaption(next)))) return true
  return next.gap < WIDE_GAP && isStoryText(next)
}

/** Whether a caption's text is one short clause, as what a photo shows (十佳编辑记者。): not photo news of several. */
const oneShortClause = (text: IToken[]): boolean => sentenceCount(text) <= 1 && printedLength(text) <= MAX_RUN_CAPTION && !CLAUSE_MARK.test(lineText(text))

/** A numbered photo's caption: 图①为…, 图2为…, 图一：…, ●图①;挖土工程… (the page's photos numbered, a bullet before). */
const NUMBERED_PHOTO = new RegExp(`^[●■▲◆]?图[\u2460-\u24730-9${COUNTING_NUMERALS}]{1,2}(?:为|:|;|,)`)

/**
 * A sentence marked with a square bullet (■深圳富源学校「高考移民」事件引发争议。), or
 * one sentence behind ◎ (◎ 澳門雷州聯誼會訪問駐澳台北經文辦。): the way some papers
 * set a photo's caption. (A bullet before a credit, ■記者蔡少玲, ◎ 本报记者 X, is a
 * byline: its test comes first.)
 */
const bulletedSentence = (tokens: IToken[]) => {
  const bullet = tokens[0]!.image
  const ends = sentenceCount(tokens)
  return (bullet === SQUARE_BULLET && ends > 0) || (bullet === DOUBLE_CIRCLE && ends === 1 && tokenMatcher(tokens.at(-1)!, SentenceEnd))
}

/** The bullets papers set a caption with. */
const SQUARE_BULLET = '■'
const DOUBLE_CIRCLE = '◎'

/** The verbs a title opens with before the scene it takes the reader to (走进颁奖典礼现场, 直击颁奖现场): no photo's label. */
const TITLE_VERBS = '走进|直击|探访|聚焦|来到|带你|探秘|揭秘|回顾|感受|体验|亲历|记者'
/** The events a photo of the scene is labelled by, 现场 after them: 会议现场, 活动现场, 茶叙会现场, 颁奖现场. */
const SCENE_EVENTS = '会议|活动|比赛|颁奖|签约|演出|培训|仪式|典礼|晚会|大会|座谈会|茶叙会|论坛|展览|揭牌|开幕式|闭幕式|发布会|招聘会|宣讲会|交流会|研讨会|见面会|运动会'
/** The offices a photo of a speaker names before the name: 校长杨小林讲话, 党委书记隋广军发言. */
const OFFICE_TITLES = '书记|校长|主任|局长|市长|县长|区长|部长|主席|院长|厅长|理事长|会长|总经理|董事长|镇长|乡长|所长|处长|省长'
/** What the speaker in the photo does: 讲话, 发言, 致辞. */
const SPEECH_ACTS = '讲话|发言|致辞|作报告|讲课|授课'
/**
 * A photo's label alone on its line, no sentence in it: the scene (会议现场, 活动现场) or a speaker by office and name
 * (校长杨小林讲话, 党委书记隋广军发言), as a site prints a picture's label where the picture stood. (A title names
 * more: 直击高考现场 opens with its verb, 习近平发表重要讲话 says what was done.)
 */
const SCENE_LABEL = new RegExp(`^(?!${TITLE_VERBS})[${HAN_CLASS}]{0,8}(?:${SCENE_EVENTS})现场$|^[${HAN_CLASS}]{0,8}(?:${OFFICE_TITLES})([${HAN_CLASS}]{2,3})(?:${SPEECH_ACTS})$`)
/**
 * Whether a line is such a label where it stands: not over a lead its dateline opens (市委书记王芳讲话 / 本报讯…: the
 * story's title), nor over a subtitle's dash (市长王芳讲话 / ——在全市经济工作会议上的讲话: a speech's title).
 */
function labelsScene(text: string, below: LineView['below'], runner: RuleRunner): boolean {
  const m = SCENE_LABEL.exec(text.trim())
  // (The speaker named, not what the office holder did: 市委书记出席并讲话 is a title's line.)
  if (!m || (m[1] !== undefined && !looksLikeName(m[1]))) return false
  const next = below === undefined ? [] : trimmed(below.tokens)
  return next.length === 0 || (!SUBTITLE_DASH.test(lineText(next)) && !runner.datelineOpens(next))
}

/** The note printed with a story's QR code, where the photo would be: (扫描二维码看视频), (扫码阅读全文), 扫二维码,看更多报道. */
const QR_NOTE = new RegExp(`^[(（](?:扫描|扫|长按识别)(?:二维码|码|上方二维码)[^。)）]{0,12}[)）]$|^(?:扫描|扫|长按识别)(?:二维码|上方二维码)[,，]?[看观阅][^。)）]{1,10}$`)

/** The label of a photo's source in its note: 图片来源, 图片. */
const PHOTO_SOURCE_LABEL = '图片(?:来源)?'
/** What a bracketed note under a photo opens with when it names the photo's source: (图片来源:Getty Image), (图片:多伦多警队). */
const PHOTO_SOURCE = new RegExp(`^[(（]${PHOTO_SOURCE_LABEL} ?[:：]`)
/** A note naming where the photo came from, no one's name: (网上图片), (网络图片). */
const PHOTO_KIND = /^[(（](?:网上|网络|资料|档案|新闻)图片[)）]$/
/** The page's code a copy leaves after a caption: T02, A3. */
const PAGE_CODE = /^[A-Z]{1,2}[0-9]{1,3}$/

/**
 * A photo's source alone in brackets, where the photo stood: (资料图片),
 * (网络图片), (网上图片), (图片:多伦多警队), (图片来源:2002年1月1日《工商时报》).
 * The page's caption for a photo the text lost.
 */
function photoSourceNote(tokens: IToken[]): boolean {
  const t = trimmed(tokens)
  if (t.length < 3 || !tokenMatcher(t[0]!, LParen) || !tokenMatcher(t.at(-1)!, RParen)) return false
  return tokenMatcher(t.at(-2)!, CaptionEnd) || PHOTO_SOURCE.test(compactText(t.slice(0, 4))) || PHOTO_KIND.test(compactText(t))
}

/** Where the page's code starts after a photo's source note ((网上图片) T02), or 0. */
function pageCodeAfterNote(tokens: IToken[]): number {
  const t = trimmed(tokens)
  if (t.length < 5 || !PAGE_CODE.test(t.at(-1)!.image) || !tokenMatcher(t.at(-2)!, Space)) return 0
  return photoSourceNote(t.slice(0, -2)) ? tokens.indexOf(t.at(-1)!) : 0
}

export const readCaption: LineTest = ({ tokens, text, from, gap, below }, { runner }) => {
  // ((图片:多伦多警队) T02: the photo's source, then the page's code, interface.)
  const coded = pageCodeAfterNote(tokens)
  if (coded > 0) return { rows: [readRow(trimmed(tokens.slice(0, coded)), gap, from, { kind: 'caption' }), readRow(tokens.slice(coded), 0, from + coded, { kind: 'chrome' })] }
  // (A site list's bullet before it is the list's, interface: • (扫描二维码看视频).)
  const rest = afterListBullet(tokens)
  if (rest !== undefined) return isCaptionLine(rest, lineText(rest), runner, below) ? { rows: bulletRows(tokens, rest, from, gap, 'caption') } : undefined
  return isCaptionLine(tokens, text, runner, below) ? { kind: 'caption' } : undefined
}

/** Whether a token may open the lead after a caption: a dateline's opener, not a citation's 据 (据新华社…). */
const opensLeadAt = (token: IToken | undefined): boolean => token !== undefined && !tokenMatcher(token, According) && DATELINE_OPENERS.some((type) => tokenMatcher(token, type))

/** What closes a photo's credit in brackets when it names who provided the photo: (旅遊處提供), (文化局提供). */
const PROVIDED = '提供'
/** …not a note on where figures came from: (数据由市统计局提供). */
const DATA = '数据'

/**
 * Whether tokens are one sentence closed by its photo's credit in brackets,
 * a photographer's or a provider's: 好運龜來…青睞。(李三祿攝), 旅遊處安排…祝福。(旅遊處提供).
 */
function creditedSentence(tokens: IToken[]): boolean {
  const close = tokens.length - 1
  if (close < 3 || !tokenMatcher(tokens[close]!, RParen)) return false
  const open = tokens.findLastIndex((token) => tokenMatcher(token, LParen))
  if (open < 1 || open > close - 2) return false
  const last = tokens[close - 1]!
  if (!tokenMatcher(last, PhotoBy) && !(last.image.endsWith(PROVIDED) && last.image.length > PROVIDED.length && !last.image.includes(DATA))) return false
  const sentence = trimmed(tokens.slice(0, open))
  return sentenceCount(sentence) === 1 && tokenMatcher(sentence.at(-1)!, SentenceEnd)
}

/**
 * A photo's caption and a story's dateline on one line, set apart by a
 * space, as a site's listing prints each teaser under its photo
 * (●好運龜來好運常伴燈組頗受遊客青睞。(李三祿攝) (記者李三祿報導)澎湖風景區…,
 * 市民在滨江公园赏花。（记者 王强 摄） 本报讯（记者 李四）昨天,…):
 * two rows, the caption and the lead its dateline opens. The caption is one
 * sentence closed by its photo's credit in brackets (creditedSentence).
 */
export const readCaptionedLead: LineTest = ({ tokens, from, gap }, { runner }) => {
  const split = tokens.findIndex((token, k) => k > 0 && tokenMatcher(token, Space) && opensLeadAt(tokens[k + 1]) && creditedSentence(trimmed(tokens.slice(0, k))))
  // (A story's own lead, its sentence closed by a note on its data, 本报讯 …增长6.5%。(数据由市统计局提供) 新华社…, is no caption.)
  if (split < 0 || runner.datelineOpens(tokens)) return undefined
  const lead = tokens.slice(split + 1)
  if (!runner.datelineOpens(lead)) return undefined
  const caption = trimmed(tokens.slice(0, split))
  const photoCredit = trailingPhotoCredit(caption, runner)
  return { rows: [readRow(caption, gap, from, photoCredit ? { kind: 'caption', photoCredit } : { kind: 'caption' }), readRow(lead, 0, from + split + 1, { kind: 'dateline' })] }
}

/**
 * A paragraph whose last sentence says what its photo shows, the caption's
 * cue opening it and the photographer's credit closing the line
 * (6月5日是第54个世界环境日,…。图为乐都区生态环境局…开展集中宣传活动。本报记者 李永兰 摄):
 * the page ran the photo's caption on at the text's end. The text before
 * the cue is the paragraph, the cue's sentence and the credit the caption.
 * Only the last sentence: a cue with text after it is the paragraph's;
 * without the credit on the line (…疏花作业。图为… / 盘小美) the name under
 * it may be the story's writer.
 */
export const readClosingCaption: LineTest = ({ tokens, gap, from }, { runner }) => {
  const cue = closingCueAt(tokens)
  if (cue < 0) return undefined
  const text = trimmed(tokens.slice(0, cue))
  // (A caption's text before it, ▲…。图为…, ■…。图为…: the line is one caption.)
  if (isCaption(text) || bulletedSentence(text)) return undefined
  const caption = tokens.slice(cue)
  const photoCredit = trailingPhotoCredit(caption, runner)
  if (photoCredit === undefined) return undefined
  const sentence = caption.filter((t) => t.startOffset < photoCredit.position.start.offset!)
  if (sentenceCount(sentence) !== 1 || !tokenMatcher(trimmed(sentence).at(-1)!, SentenceEnd)) return undefined
  return {
    rows: [
      readRow(text, gap, from, { kind: 'body' }),
      readRow(caption, 0, from + cue, { kind: 'caption', photoCredit }),
    ],
  }
}

/** Where a caption's cue opens a line's last sentence, after a sentence of text (…活动。图为…), or -1. */
function closingCueAt(tokens: IToken[]): number {
  for (let k = tokens.length - 1; k > 0; k--) {
    if (!tokenMatcher(tokens[k]!, CaptionCue)) continue
    const before = trimmed(tokens.slice(0, k)).at(-1)
    return before !== undefined && tokenMatcher(before, SentenceEnd) ? k : -1
  }
  return -1
}

/**
 * The wire's formula for what a photo shows and when it was taken, one sentence (12月7日拍摄的第四届哈尔滨采冰节
 * 活动现场(无人机照片)。 · 这是5月9日在北京拍摄的天安门广场。): a caption. (A story tells what was photographed in more words.)
 */
const PHOTOGRAPHED_ON = /^(?:这是|图为)?[^。！？!?]{0,24}?[0-9]{1,2}月[0-9]{1,2}日(?:在[^。！？!?]{1,20})?拍摄的[^。！？!?]{2,60}(?:[(（][^()（）]{1,12}[)）])?。?(?:[(（][^()（）]{1,12}[)）])?$/

/**
 * A photo's sentence and who provided the photo, closing the line: 江北早晨。惠州报业传媒集团东江图片社供图,
 * …在直播销售农产品。 周丽娟 提供, …选购农产品。 通讯员 李强 供图 (a role set apart before the name), 中山医院内镜中心医生为患者诊治 /院方供图 (after a slash, 供图 only,
 * and a photo's sentence before it: 数据/市统计局提供 is a table's note, 本版图片/受访者供图 the page's credit); in brackets
 * after the sentence, …拆除路灯。（通讯员供图）, …拆除路灯。（图片由市城管局提供）, or not, …分拣茶叶。 图片由受访者提供. (A story's sentence saying who provided
 * something ends in its full stop.)
 */
const PROVIDED_PHOTO = new RegExp(
  `^(?:[^。]{2,80}[。)] ?(?:图/)?(?:(?!由)[${HAN_CLASS}·]|(?<=[${HAN_CLASS}]) (?=[${HAN_CLASS}])){2,20} ?(?:供图|提供)|[^。]{2,80}[。)] ?(?:图片|照片|配图)由[${HAN_CLASS}·]{2,16}提供|[^。/]{8,80} ?/(?:(?!由)[${HAN_CLASS}·]){2,16}供图|[^。]{2,80}。 ?[(（](?:(?:图/)?(?:(?!由)[${HAN_CLASS}·]){2,16} ?(?:供图|提供)|图片由[${HAN_CLASS}·]{2,16}提供)[)）])$`,
)
/**
 * A photo's sentence and its note in brackets after the photo's word and a slash or a colon, as Taiwan's papers
 * print it: who took it (…拆除路燈。（圖／記者陳嘉寧攝）), where it was taken from (（圖／取自臉書）, （圖／翻攝自臉書）, or
 * with no word before, （翻攝自臉書）) or who provided it (（圖：市府提供）). One or two sentences. (Names alone after the
 * word, （图/王芳）, are the photographer's credit: photo-credit.ts reads them.)
 */
const PHOTO_NOTE_AFTER = /^[^()（）]{2,80}?[。！？!?] ?[(（](?:图 ?[/／:：] ?[^()（）。]{1,20}(?:摄|提供|供图)|(?:图 ?[/／:：] ?)?(?:翻摄|取自)[^()（）。]{1,20})[)）]$/

/**
 * A photo's label closed by where the picture came from, no sentence in it (韓國統一部部長趙明均(조명균)舉行緊急記者會(圖片來源:美聯社)):
 * the photo's caption. (A story's sentence closed by the note, …正式通车。(图片来源:市住建局), stays text: PICTURE_SOURCE.)
 */
const LABELLED_PICTURE_SOURCE = new RegExp(`^[^。！？!?]{4,60}[(（](?:${PHOTO_SOURCE_LABEL}|图源) ?[:：][^()（）:：。]{1,20}[)）]$`)

/**
 * Where a person stands in the photo, in brackets after the name: 倪艳红(右), 黄璐(右一), 曹观友(右8),
 * (前排左三), (左起). (中) alone is a series' part as often (乡村振兴调研行（中）): not read.
 */
export const PHOTO_POSITION = /[(（](?:前排|后排|中排)?(?:左|右)[一二三四五六七八九十0-9]{0,2}起?[)）]/
/** The longest line read as a caption for the positions it names: one or two sentences. */
const MAX_POSITIONED_CAPTION = 100

/**
 * A line that says where people stand in the photo (6月17日,倪艳红(右)与丁春立商量…。):
 * only captions do, in one or two sentences.
 */
const namesPositions = (tokens: IToken[], text: string): boolean =>
  PHOTO_POSITION.test(text) && sentenceCount(tokens) <= 2 && printedLength(trimmed(tokens)) <= MAX_POSITIONED_CAPTION

/** Whether a line reads as a caption. (A caption that runs into a dateline is the top of a story: see dateline.ts gluedLead.) */
const isCaptionLine = (tokens: IToken[], text: string, runner: RuleRunner, below?: LineView['below']): boolean =>
  (isCaption(tokens) ||
    labelsScene(text, below, runner) || NUMBERED_PHOTO.test(text) || QR_NOTE.test(text) || PROVIDED_PHOTO.test(text.trim()) || LABELLED_PICTURE_SOURCE.test(text.trim()) || (PHOTO_NOTE_AFTER.test(text.trim()) && sentenceCount(tokens) <= 2) || PHOTOGRAPHED_ON.test(text.trim()) || namesPositions(tokens, text) || bulletedSentence(tokens) || photoSourceNote(tokens)) &&
  gluedLead(tokens, runner) === 0

/**
 * A caption stands where it was printed; set apart after a story (图为工人们正在拆除路灯
 * under the street-light story) it is that story's photo when it names its subject.
 */
export const placeCaption: Placer = (row, assembly) => {
  // Photo news with no title over it: an untitled story of its photo (photo-credit.ts).
  if (!assembly.article && (row.photoNews || standsAsPhotoNews(row, assembly))) {
    assembly.open({ heads: [row], bylines: [] }, row)
    return
  }
  // 本报记者 李玲 摄影报道 over the text: the photo report's byline, opening it.
  if (!assembly.article && row.photoCredit && onlyCredit(row, row.photoCredit) && assembly.rows.peek()?.kind === 'body') {
    assembly.open({ heads: [], bylines: [{ ...row, kind: 'byline', credits: [row.photoCredit] }] }, row)
    return
  }
  // Photo news under its title that the title's group did not take (宜春冬日好风景:… / 江西 / the title again /
  // 近期,…。(本报记者 张水珍 摄)), no text of the story before it: the story's text and signature.
  if (assembly.article && !assembly.hasBody() && row.photoNews) {
    const story = photoNewsStory(row, assembly.rows.peek(), assembly.rows.peek(2), assembly)
    if (story) {
      assembly.flush()
      assembly.article.children.push(...story)
      assembly.close()
      return
    }
  }
  if (signsStoryText(row, assembly)) return
  assembly.flush()
  // (福州日报记者 刘家铭 叶义斌 摄影报道) under the story's text: photographed and reported, its signature.
  if (assembly.article && assembly.hasBody() && row.photoCredit && onlyCredit(row, row.photoCredit) && reportedToo(row)) {
    assembly.article.children.push(closingCredit({ ...row, credits: [row.photoCredit] }, assembly.context.factory))
    assembly.close()
    return
  }
  const caption = captionNode(row, assembly)
  const last = assembly.root.at(-1)
  if (!assembly.article && last?.type === 'article' && sharesSubject(row, last, assembly.context.text)) assembly.addAfter(last, caption)
  else assembly.add(caption)
}

/** The longest single sentence read as what a photo shows, its credit after it. */
const MAX_PHOTO_SENTENCE = 60

/** What may follow a story's end: its staff lines and end mark, the page's furniture. */
const AFTER_STORY: ReadonlySet<Row['kind']> = new Set(['editorLine', 'endMark', 'chrome', 'stamp', 'sourceNote', 'pageHeader', 'notice', 'jumpLine', 'masthead'])

/**
 * A story's last paragraph closed by its photographer's credit (…人群里响起一片掌声。(记者 王迪文 摄),
 * …手下留情。本报记者李忠摄影报道): photo news as the readers who meet it read it (README, photo news) —
 * the paragraph the story's text, the photographer its signature, the story closed. Only straight
 * under the story's text and at the story's end (nothing under it but its staff lines or the page's
 * furniture: a caption among the story's sections, or one of a run of photos' captions, stays a
 * caption), and not a caption by its own words (图为…, ▲…).
 * Places the two and answers true, else places nothing.
 */
function signsStoryText(row: Row, assembly: Assembly): boolean {
  const credit = row.photoCredit
  const article = assembly.article
  if (!article || !credit || row.photoNews || assembly.lastPiece() === undefined || onlyCredit(row, credit)) return false
  const next = assembly.rows.peek()
  if (next !== undefined && !AFTER_STORY.has(next.kind)) return false
  let at = row.tokens.findIndex((token) => token.startOffset >= credit.position.start.offset!)
  if (at > 0 && tokenMatcher(row.tokens[at - 1]!, LParen)) at--
  const text = trimmed(row.tokens.slice(0, at))
  // (One short sentence over the credit says what a photo shows: 台湾记者采访淮北市长牛弩韬。(安徽省台办 裔淳 摄) —
  // unless the credit says they reported it too: …车辆行驶缓慢。(通讯员 韦亮 摄影报道) closes the story.)
  if (at <= 0 || text.length === 0 || isCaption(text) || !tokenMatcher(text.at(-1)!, SentenceEnd)) return false
  if (sentenceCount(text) < 2 && printedLength(text) <= MAX_PHOTO_SENTENCE && !reportedToo({ tokens: row.tokens.slice(at) })) return false
  placeText(readRow(text, row.gap, row.from, { kind: 'body' }), assembly)
  assembly.flush()
  article.children.push(closingCredit(readRow(trimmed(row.tokens.slice(at)), 0, row.from + at, { kind: 'byline', credits: [credit] }), assembly.context.factory))
  assembly.close()
  return true
}

/** What under a credited caption is text it is printed with: a story's lines, its byline or dateline, more captions. */
const TEXT_UNDER_PHOTO: ReadonlySet<Row['kind']> = new Set(['body', 'heading', 'caption', 'byline', 'dateline'])

/**
 * A credited caption opening the text, alone — no story before it on the
 * page, no text under it — is photo news of its own
 * (4月14日,…上了锁的垃圾箱到底脏了谁?… (本报记者 裴云云 摄)). After a story it
 * is a photo set apart (its own or the page's).
 */
function standsAsPhotoNews(row: Row, assembly: Assembly): boolean {
  // (Not in a run of captions: a page of photos, each with its caption.)
  if (row.photoCredit === undefined || assembly.hasArticle() || assembly.root.at(-1)?.type === 'caption') return false
  const next = assembly.rows.peek()
  // (A story's byline or dateline under it opens the story the photo is printed with.)
  return next === undefined || next.gap >= WIDE_GAP || !TEXT_UNDER_PHOTO.has(next.kind)
}

/** Characters a caption must share, in a row, with the story it belongs to. */
const SHARED_SUBJECT = 4
/** How much of the story is searched (its subject is named early), so the check stays linear. */
const STORY_PREFIX = 4000
/** How much of the caption is tried. */
const MAX_CAPTION_PROBE = 60

/** Whether a caption names what the article is about: a run of its words is in the article's text. */
export function sharesSubject(caption: Row, article: Article, page: string): boolean {
  const text = compactText(caption.tokens).slice(0, MAX_CAPTION_PROBE)
  const story = page.slice(article.position.start.offset!, Math.min(article.position.end.offset!, article.position.start.offset! + STORY_PREFIX))
  for (let i = 0; i + SHARED_SUBJECT <= text.length; i++) {
    const run = text.slice(i, i + SHARED_SUBJECT)
    if (isHanRun(run) && story.includes(run)) return true
  }
  return false
}

/**
 * Whether the open story is told by its photo, and the photo's credited
 * caption closed it: titles over captions, no text (遂宁 / 纸鸢曼舞 / …张勤宝 摄).
 * A title under it is the next photo's.
 */
export function endsWithPhoto(assembly: Assembly): boolean {
  const last = assembly.article?.children.at(-1)
  return last?.type === 'caption' && last.children.some((child) => child.type === 'credit') && !assembly.hasBody() && assembly.lastPiece() === undefined
}
