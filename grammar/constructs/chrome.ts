/**
 * Web page interface: the controls, navigation and notices a copied web
 * page brings along.
 *
 *   列印 · 文字大小 · 分享到 · 上一篇 下一篇 · 字數: 856 words          interface lines
 *   文字大小 / 仲細D都得 / 仲未夠？ / 已經最大。                          a control's options under it
 *   报晓风客户端 / 报知天下 晓通万家                                      a paper's app, its slogan under it
 *
 * Everything about the convention is here: the vocabulary's interface
 * words and the shapes of interface lines, the line test, the second look
 * that makes a control's options chrome too, the node, where it stands.
 * Interface with a convention of its own has its own file, and becomes
 * this node: a site's navigation (navigation.ts), its own title for the
 * page (page-titles.ts), the links around a story (page-links.ts), an
 * app's banner (app-banner.ts), an e-paper's list of titles
 * (title-index.ts), a layout table's borders (layout-table.ts).
 *
 * Where it stands: among an article's heading lines, else at the top
 * level, closing the open article.
 */
import { tokenMatcher, type IToken } from 'chevrotain'
import type { Chrome } from '../../src/types'
import { Affiliation, Role, Space } from '../tokens'
import { INTRODUCES, SENTENCE_MARK, STORY_END, compactSpaces, printedLength, trimmed } from '../layout'
import { AUTHOR_LABEL, EDITOR_LABELS, LIST_BULLET, MAX_FURNITURE_LENGTH, READS_LABELS, READ_MORE_AT_END, READ_MORE_LINK, SOURCE_LABELS } from '../furniture'
import { firstUnderTopFurniture } from '../page-shape'
import { HAN_CHARACTER, HAN_CLASS } from '../han'
import { anyPattern } from '../patterns'
import { looksLikeName } from '../names'
import { signsWork } from '../rules/credits'
import { isStoryText, lineText, readAs, readRow, type Kind, type Row } from '../../src/assemble/row'
import type { LineTest, LineView, Placement, Placer, Refinement, RowNode } from './construct'
import { rowPhrase } from './line-nodes'
import { PAGE_HEADER_STANDS_IN } from './page-header'
import { BARE_LOCATION_LABEL, LOCATION_LABELS, SPOKEN_LOCATION_LABELS, isMenu } from './navigation'
import { MARKDOWN_LINKS } from './page-links'
import { echoesCaption } from './caption'
import { namesReviews } from './editor-line'

/**
 * A line of a web page's interface (列印, 文字大小, 字号 大 中 小): every
 * space-separated part of it is one of the vocabulary's `chrome` words, and
 * not all of them one character (a lone 大 is text).
 */
export function isChromeLine(line: string, chrome: readonly string[]): boolean {
  const text = line.trim()
  if (isInterfaceLine(text) || isNavigationBar(text, chrome)) return true
  // A control letter-spaced, one character to a part (搜 索, 发 表 评 论 | before the next link's bar): the control.
  const spaced = text.replace(TRAILING_BAR, '')
  if (SPACED_CONTROL.test(spaced) && controlSet(chrome).has(spaced.replace(/ +/g, ''))) return true
  // Every line of the page comes here: look at its first word before splitting it.
  const [first, second] = text.split(PART_BREAK, 2)
  // (A row of controls may open with an arrow, 3 上一篇, or with its first control's count, 0 收藏 打印 增大字体.)
  const arrowed = ARROW.test(first!)
  const counted = !arrowed && COUNT.test(first!)
  const opening = controlWord((arrowed || counted) && second !== undefined ? second : first!)
  // (Or the type size buttons, two or more: 字号减小 字号增大.)
  if (!isControl(opening, chrome) && !(second !== undefined && TYPE_SIZE_BUTTONS.has(opening))) return false
  // (A control's bracket the copy set apart from it is no part of its own: 【字号 】 【 关闭.)
  const parts = text.split(PART_BREAK).filter((part) => part !== '' && !LONE_BRACKET.test(part))
  // An e-paper reader's row may print the issue's date among its controls (下一篇4 2013年7月13日 放大 缩小).
  const controls = parts.filter((part, k) => !ISSUE_DATE.test(part) && !ARROW.test(part) && !(k === 0 && counted))
  return (
    parts.filter((part) => ISSUE_DATE.test(part)).length <= 1 &&
    controls.length >= (counted ? MIN_COUNTED_CONTROLS : 1) &&
    controls.every((part) => isControl(controlWord(part), chrome) || (controls.length > 1 && TYPE_SIZE_BUTTONS.has(controlWord(part)))) &&
    controls.some((part) => controlWord(part).length > 1)
  )
}

/**
 * A site's type size buttons, controls only among others on their row (0 收藏 打印 增大字体 减小字体, 字号减小 字号增大):
 * alone on its line, 增大字体 titles a how-to's section.
 */
const TYPE_SIZE_BUTTONS: ReadonlySet<string> = new Set(
  ['增大', '减小', '放大', '缩小'].flatMap((change) => ['字体', '字号'].flatMap((type) => [change + type, type + change])),
)

/** A control's count before it, opening the row (the 0 of 0 收藏 打印). */
const COUNT = /^[0-9]{1,6}$/
/** The fewest controls after a count that show the row is the page's controls (0 收藏 alone may be a list's item). */
const MIN_COUNTED_CONTROLS = 2

/** A site's navigation, whatever it navigates: 本版导航, 各版导航, 视觉导航, 标题导航. */
const NAVIGATION = new RegExp(`^[${HAN_CLASS}]{1,4}导航$`)

/** The longest run of controls glued together that is split into them. */
const MAX_GLUED_CONTROLS = 24

/**
 * A control of the vocabulary, or controls glued together with no space
 * between, each of two characters or more (設為主頁收藏本頁, 设为首页加入收藏).
 */
function isControl(word: string, chrome: readonly string[]): boolean {
  const controls = controlSet(chrome)
  if (controls.has(word) || NAVIGATION.test(word)) return true
  if (word.length < 4 || word.length > MAX_GLUED_CONTROLS) return false
  // ends[k]: the first k characters split into controls (tried only where a control can end).
  const ends = [true]
  for (let k = 1; k <= word.length; k++) {
    ends[k] = false
    for (let j = k - 2; j >= 0 && !ends[k]; j--) ends[k] = ends[j]! && controls.has(word.slice(j, k))
  }
  return ends[word.length]!
}

/**
 * Whether one piece of a line, set apart by spaces, is one of the site's controls (放大, 默认, 【打印】, <<上一记录):
 * for the rows where a site prints its controls after its other fields (site-fields.ts).
 */
export const isControlPiece = (part: string, chrome: readonly string[]): boolean => isControl(controlWord(part), chrome)

/** The vocabulary's chrome words as a set, made once per vocabulary. */
const controlSets = new WeakMap<readonly string[], ReadonlySet<string>>()
function controlSet(chrome: readonly string[]): ReadonlySet<string> {
  let set = controlSets.get(chrome)
  if (!set) controlSets.set(chrome, (set = new Set(chrome)))
  return set
}

/** The bar after a link, before the next one: 发 表 评 论 |. */
const TRAILING_BAR = / *[|｜]$/

/** A word set one character at a time, a space between (搜 索, 关 闭). */
const SPACED_CONTROL = /^(?:\S {1,4}){1,5}\S$/

/** Where a line of controls parts: spaces, and the seam of two bracketed controls (【关闭窗口】【打印本页】). */
const PART_BREAK = / *\| *| +|(?<=】)(?=【)|(?<=\])(?=\[)/

/** A control's bracket alone, the copy's spaces having set it apart from the control. */
const LONE_BRACKET = /^[【】\[\]]$/

/** A symbol font's arrow standing apart from its control (3 上一篇  下一篇 4). */
const ARROW = /^[34]$/

/** A date among a reader's controls. */
const ISSUE_DATE = /^[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日$/

/**
 * A control as the vocabulary names it: without the brackets or dashes a site sets
 * it in (【打印本页】, —分享—), the bullet of a menu (• 首页), or the arrows an
 * e-paper's symbol font prints as 3 and 4 when copied (3上一篇, 下一篇4).
 */
function controlWord(part: string): string {
  // (A link's arrows too: <<上一记录, 下一记录>>.)
  const word = part.replace(/^[【\[•·]|[】\]]$/g, '').replace(LINK_ARROWS, '').replace(DASHED, '$1')
  const arrowless = word.replace(/^3(?=[^0-9])|(?<=[^0-9])4$/g, '')
  return DOUBLED.exec(arrowless)?.[1] ?? arrowless
}

/** The arrows a link to the record before or after is printed with: <<上一记录, 下一记录>>, «, ». */
const LINK_ARROWS = /^(?:<<|«)|(?:>>|»)$/g

/**
 * A story's action set between dashes, the copy's spaces around it (一 分享 一 / 一 评论 一, — 分享 —: 一 drawn for a
 * dash): interface among the page's other interface, or over another such action (readChrome). Alone over a title,
 * — 评论 — or 一 收藏 一 labels a column.
 */
function dashedAction(text: string, chrome: readonly string[]): boolean {
  const dashed = DASH_OPENING.test(text.trimStart()) ? SPACED_DASHES.exec(text.trim()) : null
  return dashed !== null && (STORY_ACTIONS.has(dashed[1]!) || isControl(dashed[1]!, chrome))
}
/** Whether such an action stands straight under the line. */
const dashedBelow = (below: LineView['below'], chrome: readonly string[]): boolean => below !== undefined && below.gap === 0 && dashedAction(lineText(below.tokens), chrome)

/** A word set between dashes and spaces, 一 drawn for a dash: 一 评论 一, — 分享 —. */
const SPACED_DASHES = /^[—一-]{1,3} +([^ ]{1,8}) +[—一-]{1,3}$/
/** How such a line opens: the cheap check before its pattern. */
const DASH_OPENING = /^[—一-]/

/** A control set between dashes: —分享—, -打印-. */
const DASHED = /^[—-]+(.{1,8}?)[—-]+$/

/** A control printed twice, its icon's text glued to its label: 收藏收藏, QQ好友和群QQ好友和群. */
const DOUBLED = /^(.{2,10})\1$/

/** The most parts a navigation bar has, and the longest part (SINA English). */
const NAV_BAR = /^[^|。!?,]{1,12}(?: ?\| ?[^|。!?,]{1,12}){2,9}$/

/**
 * A site's navigation bar: short links between bars, at least one of them
 * a control of the vocabulary (返回主页 | 郑州晚报 | 标题导航 | 郑州日报); a
 * table row with bars names none (收入 | 支出 | 结余).
 */
function isNavigationBar(text: string, chrome: readonly string[]): boolean {
  if (!text.includes('|') || !NAV_BAR.test(text)) return false
  return text.split('|').some((part) => chrome.includes(part.trim()))
}

/**
 * A layout's stray marks alone on their line under a story's text: a
 * backslash or a semicolon the copy left (\ · ;), read under a story's text
 * or under a title's stamp (readChrome; over a story's text, where a title
 * may follow, they are left as they read). Not a separator (~~~, ……, ＊＊＊: a
 * story may end there and the next begin), nor a closing bracket or quote (the
 * end of a bracket a line break cut), nor marks of emphasis (！！！).
 */
const STRAY_MARKS = /^[\\;；]{1,3}$/
/**
 * A slash alone on its line under a title's stamp, a share button's or a photo's slot the copy left (2020年02月13日
 * 13:02 来源:欧华报 / / / 欧华报消息(记者 易安)…): interface. Under a story's text a slash parts a poem's lines or
 * stands for "none" in a list as often: the text's.
 */
const LONE_SLASH = /^[/／]$/

/**
 * An HTML tag's attribute a converter left as text: SourcePh" style="display:none"> · <span id="74psf"></span>.
 * (A tag with no attribute, <html>, may be a how-to's example.)
 */
const MARKUP_LEFT_OVER = /^[^。!?]{0,40}\b(?:style|class|id|href|src|alt|width|height)="[^"]{0,80}"\/?>?[^。!?]{0,80}$/i

/** An attribute's value closed where a copy let it leak as text, the tag's end after it: …来自大庆1205">. */
const ATTRIBUTE_CLOSED = /[^<>="]"\/?>$/
/** The most lines of text an attribute's value leaked at the page's top spans (a page's description, its lead cut). */
const MAX_LEAKED_LINES = 5

/**
 * An attribute's value leaked at the page's top, before the page itself: the lines from the first down to one closed
 * by the attribute's quote and the tag's end (a page's description, a copy of its lead cut short: [中国石油报…]12月13日…
 * / 1966年,… / 据了解,这两支钻井队来自大庆1205"> / 当前位置:首页 > …): interface, no story of its own. Text lines only,
 * the page's furniture under them.
 */
export const leakedAttributes: Refinement = (rows) => {
  const closed = rows.slice(0, MAX_LEAKED_LINES).findIndex((row) => ATTRIBUTE_CLOSED.test(lineText(row.tokens).trim()))
  if (closed < 0 || !rows.slice(0, closed + 1).every((row) => row.kind === 'body' || row.kind === 'heading') || rows[closed + 1]?.kind !== 'chrome') return rows
  return rows.map((row, k) => (k <= closed ? readAs(row, 'chrome') : row))
}

/** A page template's fields printed as their source: {PAPERID=navigation_005001001, MONTH=12, PREBM=002, …}. */
const TEMPLATE_FIELDS = /^\{[A-Z_]{2,20}=[^{}]{0,300}\}?$/

/**
 * A forum's noise against copying: five or more runs of one or two printable characters, three marks
 * and two letters among them, two runs gluing a mark to a letter or a digit (I#, [5) as no formula does
 * (x = y + z; a = b).
 */
const FORUM_JAMMER = /^(?=[!-~]{1,2}(?: {1,2}[!-~]{1,2}){4,}$)(?=(?:[^!-/:-@[-`{-~]*[!-/:-@[-`{-~]){3})(?=(?:[^A-Za-z]*[A-Za-z]){2})(?=(?:.*?(?:[A-Za-z0-9][!-/:-@[-`{-~]|[!-/:-@[-`{-~][A-Za-z0-9])){2})/

/**
 * What a site sets into a story's text, between its paragraphs: an ad
 * slot's label (- Advertisement -, ADVERTISEMENT, 广告), an HTML comment left
 * in the copy with its < mangled (壟!-- /8962/web_cntv/… -->), a UTF-8
 * byte-order mark read in the wrong encoding (锘�), an image's file name left
 * where the photo stood (…污水4.png), a forum's noise against copying, a site's prompts to its readers.
 * The story goes on under them.
 */
const INTERRUPTIONS: readonly RegExp[] = [
  /^[-–—]? ?(?:advertisement|广告) ?[-–—]?$/i,
  // A blog post's categories and tags under it, as WordPress themes print them: Filed Under: 新聞, 本地新聞 Tagged With:
  // 哈雷爾, 房東. Set into the text, which goes on under it: a story quoting such a line (一行字：Filed Under: …) is not cut
  // there. (The label's colon required, no sentence's full stop: Filed under the old law, the case… is text; Posted in…,
  // Categories: … name a story's places and lists as often.)
  /^filed under ?[:：] [^。!?.]{1,80}?(?: tagged (?:with|as) ?[:：] [^。!?.]{1,120})?$/i,
  /^tagged (?:with|as) ?[:：] [^。!?.]{1,120}$/i,
  // The noise a forum sets between a post's lines against copying, short runs of Latin letters, digits and
  // marks (. B; a) u- X/ I# f6 W. C O* I$ z6 T): no words, marks among letters.
  FORUM_JAMMER,
  // A site's prompts to its readers between the story's lines: to scan its code (扫一扫在手机打开当前页), to type a
  // captcha (请输入验证码), to follow its channel for more (更多2023梅州两会热点,点击关注↓).
  /^(?:手机|微信)?扫(?:一扫|码)[^。!?]{0,16}(?:打开|阅读|分享|关注|浏览)[^。!?]{0,10}$/,
  /^请输入验证码 ?[:：]?$/,
  /^更多[^。!?]{1,20}[,，]? ?点击关注 ?[↓⬇]?$/,
  // (Or to follow or download its account or app for more: 更多精彩内容，请关注远安发布微信公众号。, 欲知更多资讯，请下载X客户端.)
  /^(?:更多精彩|欲知更多|了解更多|更多资讯|更多新闻)[^。!?]{0,8}[,，] ?(?:请|敬请|欢迎)?(?:关注|下载|订阅)[^。!?]{2,24}(?:公众号|客户端|微信号?|微博|app|抖音号?|视频号|头条号)[。!！]?$/i,
  // An ad slot's label: 自动轮播广告(上小)横式1栏, 首页通栏广告位.
  /^[^。!?]{0,8}广告 ?\(?[^。!?]{0,8}\)? ?(?:横式|直式)[^ 。!?]{0,4}[0-9]{0,2}栏?$|^[^。!?]{0,8}(?:通栏)?广告位[0-9]{0,2}$/,
  /^.{0,2}!--.{0,160}-->$/,
  /^锘.?$/,
  // A break of hashes in a story's text (####): the story goes on under it.
  /^#{3,}$/,
  // An image's file name the copy left where the photo stood: …直排餐饮污水4.png, …污水2 - 副本.png.
  /^(?=.{5,64}$)(?=.*\.(?:png|jpe?g|gif|webp|bmp)$)[^。!?]{1,60}\.(?:png|jpe?g|gif|webp|bmp)$/i,
  // Or the placeholder a converter left for it: article_img · image_placeholder · alt (the image's empty alt text).
  /^(?:article|news|content|detail)_(?:img|image|pic|photo)[0-9]*$|^image_?placeholder$/i,
  // (Its empty alt text, lower-case as markup writes it: ALT is a liver enzyme, Alt a key.)
  /^alt$/,
]

/** Whether a row is chrome whose line one of `patterns` matches. */
const chromeMatching = (row: Row, patterns: readonly RegExp[]): boolean => row.kind === 'chrome' && patterns.some((pattern) => pattern.test(lineText(row.tokens).trim()))

/** Whether a chrome row is set into a story's text (an ad slot, a comment, a stray mark, a caption's echo): the story goes on under it. */
export const interruptsText = (row: Row): boolean =>
  row.watermark === true || chromeMatching(row, INTERRUPTIONS) || chromeMatching(row, STRAY) || chromeMatching(row, PHOTO_SLOT) || chromeMatching(row, MARKDOWN_LINKS) || echoesCaption(row)
/** The stray marks, as a list of patterns. */
const STRAY: readonly RegExp[] = [STRAY_MARKS]

/** A story page's reading controls, with their options: 【字号: | | 【背景色 杏仁黄 秋叶褐 …. */
const READING_CONTROLS = /^【?(?:字号|字体|背景色|背景颜色) ?[:：]/

/**
 * Whether a chrome row is a story page's reading controls (字号, 背景色),
 * printed between the story's title and its text: unlike navigation, no
 * index of other titles stands over it (heading-group.ts).
 */
export const isReadingControl = (row: Row): boolean => chromeMatching(row, [READING_CONTROLS])

const READ_MORE = new RegExp(`^(?:(?:\\.{3}|…{1,2})? ?${READ_MORE_LINK}|(?:阅读更多|查看更多|查看全文|阅读全文|read more)(?:\\.{3}|…{1,2}| ?>{1,3})?)$`, 'i')

/**
 * A teaser's cut text with the link to its story after it (當局稱,卡皮斯特拉諾是市長安... [詳細],
 * …與世界各地的 繼續閱讀): text of the teaser, not a title, however short.
 */
export const readCutTeaser: LineTest = ({ text }) => (READ_MORE_AT_END.test(text) && !READ_MORE.test(text.trim()) ? { kind: 'body' } : undefined)

/**
 * Lines of a site's or a clipping service's interface that are not words of
 * the vocabulary but shapes: a breadcrumb (新闻中心新浪首页 > 新闻中心 > 国内新闻 > 正文),
 * a counter (文章字数:152, 字數: 856 words), a clipping's contents count
 * (文章總數: 5 篇), a copyright line (版权所有 © 2019 …), a document number closing a
 * clipping (文章編號: 201905230226173), a label with no value (发布日期:), a
 * search box (报刊搜索: 搜索), a rule of dashes, the clipping service's notice (本內容經慧科的電子服務提供。…).
 */
const SERVICE_NOTICE = /^(?:本内容经慧科的电子服务提供|source: wisers electronic service)/i

/** Labels of a site's credit fields, whose value may stand on the next line. */
const CREDIT_LABELS = `(?:${SOURCE_LABELS}|${AUTHOR_LABEL}|${EDITOR_LABELS}|记者|摄影|通讯员|文字|图片)[:：]`

/** A page's counter with its number: 點閱率:562 · 阅读量: 1,024 · 点击数:35次 · 本文字数:1027. */
const COUNTER = `(?:${READS_LABELS}|本文字数|字数) ?: ?[0-9,]{1,9} ?次?`

/** The statements a site labels its disclaimer as: 免责声明, 特别声明, 郑重声明, 版权声明, or a statement alone (声明：). */
const STATEMENT_KINDS = '免责|特别|郑重|版权'
/** What a site's disclaimer disclaims or names: the site, the platform, reprinting, the author's own view, rights. */
const DISCLAIMED = '本站|本网|本平台|网站|网络|互联网|客户端|转载|本文来自|不代表|仅代表|作者(?:个人)?观点|版权归|侵权|信息存储'

/**
 * A site's disclaimer, however long, by its label and what a site disclaims (免责声明:本站部分信息来源于互联网,
 * 如有侵权敬请告知!…; a printed page's 免责声明:本版内容仅供参考… is the page's, not the site's) — the label perhaps
 * another statement's (声明：本文仅代表作者观点，不代表本站立场。, 特别声明：以上内容…本平台仅提供信息存储服务。) or
 * in lenticular brackets (【免责声明】本文仅代表作者个人观点) —, by its claim that what it does not mark is reprinted
 * (凡本网未注明“发布者:运城新闻网”的作品,均转载自其它媒体,…), or by the author's view it disclaims with no label
 * ((本文仅代表作者观点，不代表本站立场)).
 */
const DISCLAIMER = new RegExp(
  `^(?:(?:【(?:${STATEMENT_KINDS})?声明】 ?|(?:${STATEMENT_KINDS})?声明 ?[:：])[^。]{0,40}(?:${DISCLAIMED})|凡本(?:网|站)未(?:注明|标注|标明|标有)[^。]{0,40}的(?:作品|稿件|文章|内容)[^。]{0,6}均(?:为|系)?转载|[(（]?(?:本文|文章|此文|以上内容)(?:仅|只)?代表作者(?:个人|本人)?(?:观点|立场|意见))`,
)

/** A browser's notice to the reader (INTERFACE_LINES): spoken to them (您…浏览器), or telling them which to use. */
const BROWSER_NOTICE =
  /^(?=.{6,90}$)(?:(?:您|你)[^。!?]{0,12}浏览器[^。!?]{0,30}(?:版本过低|不支持|过旧|太旧|升级|更换)|(?:建议|推荐|请)(?:您)?(?:使用|升级|更换)[^。!?]{0,40}浏览器).{0,60}$/

/**
 * A site's greeting at its top: 您好,欢迎来到甘肃农民网!, its line perhaps saying what the site is (您好!欢迎来到还看今昭,
 * 昭化权威新闻门户网站). (Its 您好 makes it the site's: 欢迎来到冰雪大世界 is a title, 欢迎来到美丽李家村! a sign a story quotes.)
 */
const SITE_GREETING = /^(?:您好|你好)[,，!！ ]?欢迎(?:来到|访问|光临)[^。,，]{2,16}(?:[,，][^。,，!！]{2,20})?[!！。]?$/

/**
 * A photo's file name left where the photo stood: 微信图片_20210813140706, IMG_2034.JPG,
 * GetAttachment (8).jpg, and the names screenshot and chat apps give, the time glued on (QQ截图20210925105328,
 * mmexport1630480012345). (A title naming a picture and a year, 图片2023, is no file's name:
 * the Chinese prefixes need their underscore, or the app's name and a timestamp's digits.) The line under it is the
 * photo's caption (caption.ts).
 */
export const PHOTO_FILE_NAME =
  /^(?:(?:微信图片|微信截图|图片)_[0-9][0-9_()-]{3,30}(?:\.(?:jpe?g|png|gif|webp|bmp))?|(?:QQ截图|mmexport)[0-9]{8,16}(?:\.(?:jpe?g|png|gif|webp|bmp))?|(?:IMG|DSC|DSCN|image|photo)[_-]?[0-9][0-9_()-]{3,30}(?:\.(?:jpe?g|png|gif|webp|bmp))?|[A-Za-z0-9_() -]{1,40}\.(?:jpe?g|png|gif|webp|bmp))$/i

/**
 * What a copy kept of an image taken from a search engine: its alt text (Résultats de recherche d'images pour « valeri
 * plante mi-mandat », Image result for …, Bildergebnis für …).
 */
const IMAGE_SEARCH_ALT = /^(?:image result for|images? (?:related|similar) to|résultats? de recherche d'images pour|bildergebnis für|imagen relacionada con|resultado de imagem para) .{1,100}$/i
/**
 * The local path of an image a writer's word processor pasted with the text (/var/folders/36/…/WebArchiveCopyPasteTempFiles/
 * 640?wx_fmt=jpeg…, C:\Users\…\image001.png, file:///…): where the photo stood.
 */
const LOCAL_IMAGE_PATH = /^(?:file:\/\/)?(?:\/(?:var|tmp|private|Users|home)\/|[A-Z]:\\)[!-~]{4,300}$/

/** A photo's file name, its alt text or its path, left where the photo stood among the story's paragraphs: the text goes on under it. */
const PHOTO_SLOT: readonly RegExp[] = [PHOTO_FILE_NAME, IMAGE_SEARCH_ALT, LOCAL_IMAGE_PATH]

/** A contact field of a site's footer, its label and its value. */
const CONTACT_FIELD = '(?:服务热线|新闻热线|热线|电话|联系电话|传真|邮箱|电子邮箱|投稿邮箱|地址|邮编) ?[:：] ?[^ :：]{0,40}'
/** Two contact fields or more set apart by spaces, a postcode, an address for mail or a fax among them. */
const CONTACT_FOOTER = new RegExp(`^(?=.*(?:邮编|邮箱|电子邮箱|传真) ?[:：])(?:${CONTACT_FIELD} +){1,5}${CONTACT_FIELD}$`)

/**
 * The label a site sets over its statement of rights: 版权声明, 免责声明, 网站声明, and as sites also
 * spell their own, 网站申明, 版权和免责申明. (免责申明, 法律申明 alone title a notice in the paper's
 * classified pages as often: 免责申明 / 本人张建国…特此申明。)
 */
const RIGHTS_LABEL = new RegExp(`^(?:[${HAN_CLASS}]{2,6}网)?(?:(?:版权|网站|免责|法律)声明|网站申明|版权[和及与]免责[声申]明) ?[:：]?$`)

/**
 * A site's labels over its blocks of links (相关新闻, 推荐阅读, 最新新闻, 更多; its picks, 图片推荐, 精彩推荐): alone on a line, no story's words. Also
 * what a copy glues to a story's closing bracket (（编辑：李华）最新新闻: editor-line.ts).
 */
export const SITE_BLOCK_LABELS =
  '文章内容|新闻内容|(?:新闻|频道|热门|精彩|相关|图片|视频|编辑|为你)推荐|热点阅读|相关新闻|相关文章|相关阅读|推荐阅读|热点新闻|热点图片|头条新闻|最新新闻|专题|最新专题|猜你喜欢|更多|往期报纸|往期回顾|热门文章|热门新闻|最新文章|推荐文章'

/** A button's name in the quotes a share widget's steps print it in, spaces inside them or not: “发现”, “ 扫一扫 ”. */
const quoted = (name: string): string => `[“"] ?${name} ?[”"]`

/** Where a share widget sends the page: 微信朋友圈, 微博, 头条 (今日头条), QQ空间. */
const SHARE_PLATFORM = '(?:微信朋友圈|微信|朋友圈|新浪微博|微博|今日头条|头条|QQ空间|QQ|抖音)'
/** A share widget's line naming where it sends the page: X 分享到微信朋友圈, 分享至微信, 分享至头条. */
const SHARE_TO = new RegExp(`^(?:[x×] ?)?分享(?:至|到)${SHARE_PLATFORM}$`, 'i')

/** The home page, as a breadcrumb or a menu starts from it: 首页, 主页, 网站首页, 返回首页, or the site's (搜狐首页). */
const HOME_PAGE = `(?:[${HAN_CLASS}]{0,4}首页|主页|网站首页|返回首页)`

const INTERFACE_LINES: readonly RegExp[] = [
  /^[^>。!?]{1,30}(?: ?>{1,2} ?[^>。!? ][^>。!?]{0,19}){2,}(?: ?>{1,2})?(?: +https?:\/\/[^ 。]{3,60})?$/,
  // The same with guillemets or chevrons: 首页 » 首页幻灯 »正文 · 新闻 › 本地 › 正文; either with the site's
  // address after it (馬祖資訊網 » 討論與交流 » 采風剪影 http://matsu.idv.tw).
  /^[^»›。!?]{1,30}(?: ?[»›] ?[^»›。!? ][^»›。!?]{0,19}){2,}(?: ?[»›])?(?: +https?:\/\/[^ 。]{3,60})?$/,
  // A site's skip links and access keys for screen readers: 跳转到路径导航栏 /
  // 跳转到正文内容 / 按Enter到主內容區 / :::.
  /^(?:跳转到|按 ?enter ?到)[^ 。!?,]{2,10}$/i,
  // The same in English, as WordPress themes print them at the page's top: Skip to primary navigation / Skip to main
  // content / Skip to primary sidebar.
  /^skip to (?:the )?(?:primary |main |secondary )?(?:navigation|content|sidebar|footer|menu)$/i,
  // WordPress's mobile (AMP) pages: the site's icon's alt text before its name (Site icon 薄扶林速報), the link back to
  // the full site at the foot (Exit mobile version).
  /^site icon(?: .{1,30})?$/i,
  /^exit mobile version$/i,
  /^:::$/,
  // A reader's controls for the issue, the page or the story before and after, whatever stands between them or around
  // them (作者 内容  上一期  当前第156期  下一期 · 上一篇 返回列表 下一篇): its navigation.
  // (Not an item of a list of them, 1. 上一篇 下一篇 / 2. 第3259期: the list is read whole.)
  /^(?![0-9]{1,2}\. )[^。!?,，]{0,16}上一(期|版|篇|页|条)[^。!?,，]{0,16}下一\1[^。!?,，]{0,16}$/,
  // A site's or a paper's name over the page's place in it: 岳阳网> 文明城市我们还差多远 ·
  // 浙江法制报 > 第一版:精华新闻 改变文字大小: | 打印 | 关闭.
  // (The step may be doubled or a guillemet: 阳泉新闻网 >> 市场整版 · 某某网 » 本地; no clause or quote in it:
  // 电脑端:登录市政务服务网>>社保缴费专区 is a step of a how-to, 国家电网>>“电”亮乡村振兴路 a title.)
  /^[^>»›。!?,，:：“”"]{1,12}[网报] ?(?:>{1,2}|[»›]) ?[^>»›。!?,，“”"]{1,60}$/,
  // One step down to a section, whatever is above it: 新闻 新闻> 连云港新闻 · 首页 > 本地频道 · 承德市新闻>>头条新闻; or
  // to the story itself: 新华网甘肃 > 正文.
  /^[^>。!?]{1,12} ?>{1,2} ?(?:[^>。!? ]{1,10}(?:新闻|频道)|[^>。!? ]{0,10}正文)$/,
  // The site's home page alone, its link over the page: 凯风网首页, 网站首页 (a short name before it: 官方网站首页 may be the
  // end of a caption's wrapped line, 图为中兴 / 官方网站首页).
  new RegExp(`^(?:[${HAN_CLASS}]{0,3}首页|主页|返回首页)$`),
  // A breadcrumb set apart by spaces, down to the story: 首页 昆明 正文.
  /^(?:首页|主页|网站首页)(?: [^ 。!?,>]{1,10}){0,4} 正文$/,
  // Or by slashes, from the home page: 主页 / 本地新闻 · 首页/新闻/本地.
  /^(?:首页|主页|网站首页) ?\/ ?[^/。!?,]{1,12}(?: ?\/ ?[^/。!?,]{1,12}){0,3}$/,
  // A site's menu from its home page, whatever its channels are called (首页 头条新闻 热点专题 … 摄影 看乡村 专版 市场 ·
  // 首頁 新聞頻道 要聞 · 搜狐首页 - 新闻 - 体育 - 娱乐): a channel may share its name with a role, the line is no credit.
  new RegExp(`^${HOME_PAGE}(?: +[^ 。!,，:：;；|]{1,8}){2,}$`),
  new RegExp(`^${HOME_PAGE}(?: *[-·] *[^ 。!,，:：;；|·-]{1,8}){3,}$`),
  // The home page and the section the page is in: 首页 > 菲國新聞, 搜狐首页 > 搜狐财经, 首页- 学院新闻; the crumb's
  // next step on the next line (> 国际财经_搜狐财经).
  new RegExp(`^(?:${HOME_PAGE}|home)(?: ?>{1,2} ?[^>。!?,]{0,20}| ?[-－] ?[^-－>。!?,]{1,12}| [^ >。!?,]{1,10})$`, 'i'),
  /^>{1,2} ?[^>。!?,，“”"]{2,20}$/,
  // A content system's page-break marker left in the copy: [!--empirenews.page--].
  /^\[!--[a-z.]{2,30}--\]$/i,
  // A teaser's link to the story, alone on its line: ... [詳細], [全文].
  READ_MORE,
  // A page's font and colour controls, with their options: 【字号: | | 【背景色 杏仁黄 秋叶褐 ….
  READING_CONTROLS,
  // A site's block labels with their link: 更多 今日话题 · 更多 24小时排行榜; hot words: 热词:.
  /^更多 [^ 。!?,]{2,12}$/,
  /^热词 ?[:：]$/,
  // A script's variable copied with the page: channelId 1 1 1.
  /^[a-z]+[A-Z][A-Za-z]*(?: [0-9]{1,6}){1,6}$/,
  // A repost's note of the title the story first had: 原标题:时光长廊里 回顾《成都日报》历史 · （原题：…）.
  /^[(（]?原(?:标)?题 ?[:：][^。]{1,80}[)）]?$/,
  // A page's links under the story: >>我要举报, 你也可能感兴趣..., 登录后发表.
  /^>>[^ ]{2,8}$/,
  /^(?:你|您)?也?可能(?:还)?(?:感兴趣|喜欢)/,
  // A site's notices and promos around the story: 您的IE浏览器版本太低,请升级…; 要看最快最熱資訊,請來Follow我們 …WhatsApp Channel;
  // 移动用户编辑短信CD到106580009009,即可免费订阅; a hot list's link: - [热点] 《西游记》重播3000次.
  /^您的[^。]{0,12}浏览器版本太低[^。]{0,60}。?$/,
  /^[^。]{0,30}(?:follow|关注)我[们們][^。]{0,40}(?:whatsapp|telegram|facebook|微信|微博|频道|channel)[^。]{0,30}$/i,
  /^[^。]{0,20}(?:编辑|发送)短信[^。]{0,40}即可(?:免费)?订阅[^。]{0,20}$/,
  /^- ?\[[^\]]{1,6}\] ?[^。]{1,40}$/,
  // A story page's keywords: 关键词:烧烤,遛弯路,河边; a site's hot searches, 熱門: 黃子佼 徐巧芯 地震, 热搜：….
  /^(?:关键词|关键字|标签|tags|热门|热搜|热门搜索|热门标签|热词) ?[:：] ?[^。!?]{0,60}$/i,
  // A labelled menu of places or channels: 城市导航: 石家庄 保定 唐山 ….
  /^[^ 。!?,:]{0,6}导航 ?[:：] ?[^。!?,]{0,80}$/,
  // A portal's breadcrumb ending with its page's kind, spaced (兵器之友 首页 即时新闻 集团要闻 查看内容).
  new RegExp(`^(?:[${HAN_CLASS}]{2,6} )?首页(?: [${HAN_CLASS}]{2,6}){1,4} 查看内容$`),
  // A breadcrumb's label, whatever follows it: 当前位置: > 热线 · 您当前的位置 :浙江在线 > ….
  new RegExp(`^(?:${LOCATION_LABELS}) ?:`),
  // Or, a colon or not, its steps after it, each marked, no sentence among them (现在的位置 抚州新闻网 >文化> >临川文化>;
  // 现在的位置：东经122度30分 is a story's, and so is 海拔>600米).
  new RegExp(`^(?:${LOCATION_LABELS}|${SPOKEN_LOCATION_LABELS}) ?[:：]? ?[^。!?,，>0-9]{2,16}(?: ?>[^。!?,，>0-9]{2,12}>?){2,6}$`),
  // Or the bare word 位置 and its colon, then steps each marked, one at least (位置 :  铜梁网 > 新闻详情; 位置:东经122度 is a
  // story's field).
  new RegExp(`^${BARE_LOCATION_LABEL} *[:：] *[^ 。!?,，>0-9]{2,16}(?: *> *[^ 。!?,，>0-9]{2,12}){1,6}$`),
  // Or no colon, its steps from the home page set apart by spaces, each a channel's short name: 您的位置 首页 英国.
  // (您的位置 首页 之外还有什么 asks a question: a title.)
  new RegExp(`^(?:${LOCATION_LABELS}) (?:首页|主页|网站首页)(?: (?![^ ]*(?:什么|怎么|吗|呢))[^ 。!?,，]{2,5}){0,4}$`),
  // A post's time as an app prints it, how long ago, the poster's name before it: 铜梁区融媒体中心 15小时前 · 3天前 · 刚刚
  // (a stamp with no date to read: interface).
  /^(?:[^ 。!?,，:：]{2,16} +)?(?:[0-9]{1,2} ?(?:秒|分钟|小时|天|周|个月)前|刚刚)$/,
  // A share button's prompt after its wish: 喜歡就分享這篇文章. (转发此文!, 分享这篇文章给朋友! may be a story's words.)
  /^喜欢就(?:分享|转发)(?:这篇文章|此文|本文)[!！。]?$/,
  // A site's login form at its top, its fields empty: 登录名: 密码: 忘密码了 · 用户名: 密码: 登录 注册, its buttons
  // in brackets too (用户名: 密码: [注册][找回密码]).
  // (账号:SmartCity 密码:12345678 in a story gives them.)
  /^(?:用户名|登录名|帐号|账号|会员名) ?[:：] *密码 ?[:：] *(?:[[【]?(?:忘记?密码了?|找回密码|登录|注册)[\]】]? *){0,3}$/,
  // A site's offer of its mobile pages: 进入移动版,省流量,体验好 · 切换到手机版.
  // (Its promise is of data and ease of reading: 打开手机版,办事不用跑 is a title.)
  /^(?:进入|切换到?|访问|打开)(?:移动版|手机版|触屏版|手机网站|移动端)(?:[,，](?=[^。]{0,16}(?:流量|体验))[^。]{0,16})?$/,
  // A site's accounts named under the story: 邢台网 官方微信 · 邢台网 客户端 · 某某日报 官方微博.
  // (Set apart from the name: 邢台日报微信公众号 over 粉丝突破百万 is a kicker.)
  new RegExp(`^[${HAN_CLASS}]{2,10}(?:网|报|新闻|在线) +(?:官方微信|官方微博|微信公众号|公众号|客户端|抖音号|视频号)$`),
  // A notice of rights opening on its own line (邢台日报、牛城晚报所有自采新闻(含图片) / 独家授权邢台网发布,…).
  // (An outlet's: 八旬老人向母校捐出所有原创作品 is a title.)
  /^[^。!?]{0,30}(?:报|网|社|台|本站)所有(?:自采|原创)(?:新闻|稿件|作品|内容)(?:[(（][^()（）]{1,8}[)）])?$/,
  // A tip's reward, in brackets under the story it led to: (庞先生提供信息奖38元) · (王女士提供新闻线索奖50元).
  // (A reader's, by name or title: (群众提供线索奖励5000元) is a police appeal's own offer.)
  /^[(（][^()（）]{1,4}(?:先生|女士|小姐|师傅|阿姨|大爷|大妈)提供(?:新闻)?(?:信息|线索|新闻线索)奖[0-9]{1,5}元[)）]$/,
  // A video's link: 播放本新闻相关短片 · 播放视频.
  /^(?:点击)?播放[^ 。!?,]{0,10}(?:短片|视频)$/,
  // A site's channel menu: 蚌埠新闻 五河新闻 固镇新闻 怀远新闻.
  /^(?:[^ 。!?,]{1,6}(?:新闻|频道) ){2,}[^ 。!?,]{1,6}(?:新闻|频道)$/,
  /^(?:(?:文章|本文)?字数|word count) ?: ?[0-9,]{1,7}(?: ?words)?(?: ?\|[^|]{1,60}){0,4}$/i,
  // A page's reads: 點閱率:562 · 阅读量: 1,024 · 点击数:35次.
  // (One, or a few side by side: 阅读量:1791    本文字数:1027.)
  new RegExp(`^(?:${COUNTER} +){0,3}${COUNTER}$`),
  // A video's or story's views: 2098觀看次 · 1.2万次浏览.
  /^[0-9,.]{1,9}[万千]? ?(?:观看次|次观看|次浏览|次阅读|人看过)$/,
  // The comments' count: 已有0人发表了评论.
  /^已有 ?[0-9,]{1,9} ?人(?:发表了?评论|参与(?:了)?评论|评论)$/,
  // A site's list of other stories, each a link with its date glued on (- 网曝永修多名城管殴打小商贩2017-03-17 11:03:40,
  // - 徒步上高速只为追回血汗钱03-16), and the link to more of them (>更多相关文章).
  /^- ?[^。:：]{2,60}?(?:[0-9]{4}-[0-9]{2}-[0-9]{2}(?: [0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?|(?:0[1-9]|1[0-2])-(?:0[1-9]|[12][0-9]|3[01]))$/,
  /^>{1,3} ?更多[^ 。!?,]{0,8}$/,
  /^(?:当前报纸名称|报纸名称) ?: ?[^ ]{2,16}$/,
  // A site's count of its readers' comments beside its stamp: 参与互动 0.
  /^参与互动 ?[0-9]{1,6}$/,
  // A blog theme's label over its list of other posts, and its post meta whose date and name the copy lost (Related
  // Articles · Posted on Author admin: d735 號角報).
  /^(?:related (?:articles|posts|stories|news)|you (?:may|might) also like|more (?:stories|articles|news))$/i,
  /^posted on (?:author|by)(?: [A-Za-z][^。!?0-9]{0,29})?$/i,
  // A blog's archive page's title, over its listing, as its theme prints it in English: Category Archives: 專題報導.
  // (Its Chinese forms, 分类目录归档：本地新闻, only over the page's text: readChrome.)
  /^(?:(?:category|tag|author|monthly|daily|yearly) )?archives? ?: ?[^。!?]{1,30}$/i,
  // A forum's note that the post was edited: 本帖最后由 欧洲新报 于 2.12.2009 09:55 编辑.
  /^本帖最后由 ?[^ ]{1,20} ?于 ?[0-9][0-9:./ -]{6,20} ?编辑$/,
  // A forum archive's pages and its link to the full thread, under the posts: 页: [1] [2] · 查看完整版本: 旅菲祥古莲联乡会举行…
  /^页 ?: ?(?:\[[0-9]{1,3}\] ?){1,20}$/,
  /^查看完整版本 ?: ?[^。!?]{1,80}$/,
  // A clipping export's contents count: 文章總數: 5 篇.
  /^文章总数 ?: ?[0-9]{1,4} ?篇$/,
  // The page's own address, under the story: 本文链接:https://wap.lxxnews.com/content/… (where it was taken from is a source note).
  /^(?:本文链接|本文地址|本文网址|本页地址|本页链接|文章链接|文章地址|永久链接) ?[:：] ?(?:https?:\/\/|www\.)[!-~]{3,200}$/,
  // A site's copyright line: 版权所有 © 2019 某某报社 · 版权声明 @ 中原网 网站版权所有 · Copyright © 2019 … · ©2019 …
  /^(?:版权所有|版权声明|copyright|©)[^。!?]{0,60}$/i,
  // The label of a site's statement, on its own line: 网站声明 · 免责声明 · 法律声明 · 版权和免责申明 (申明 as sites also spell it).
  RIGHTS_LABEL,
  DISCLAIMER,
  // A site's readers' chat group and its number: 网友QQ群:40376627, QQ群：12345678.
  /^[^。!?,]{0,6}(?:QQ|qq|微信)群 ?[:：] ?[0-9]{5,12}$/,
  // An image's alternative text alone, as a copy keeps it for the picture: Image, Photo.
  /^(?:Image|Photo|Picture|IMG)$/i,
  // A portal's line for readers' feedback, its phone number in it: 新闻中心意见反馈留言板 电话:010-82612286 欢迎批评指正 · 留言板电话:010-82612286.
  /^[^。!?]{0,12}(?:意见反馈|留言板)[^。!?]{0,8}电话 ?[:：] ?[0-9][0-9-]{6,15}(?: +[^ 。!?]{2,8})?$/,
  // A share widget's dialog, as many sites print it: X 分享到微信朋友圈 / 打开微信，点击底部的“发现”， /
  // 使用“扫一扫”即可将网页分享至朋友圈。 · 分享至头条 / 打开头条, 使用“扫一扫”即可将网页分享至头条。 · and its page's link: 手机网页版.
  SHARE_TO,
  new RegExp(`^使用 ?${quoted('扫一扫')} ?即可将网页分享(?:至|到)${SHARE_PLATFORM}。?$`),
  /^手机网页版$/,
  // The type size buttons: A 大 中 小.
  /^A ?大 ?中 ?小$/,
  // A link back to the page's top or the list, behind its arrow: ▲BACK, ▲TOP, ▲返回顶部 (an arrow's pointer is a caption's too).
  /^[▲↑] ?(?:back|top|go ?top|返回|返回顶部|回到顶部|回顶部)$/i,
  // A blog's listing label, by tag or category: 文章列表(依標籤) 高雄縣 · 文章归档(依分類) (the bracket required:
  // 文章列表 高雄縣長選情 may be a title).
  /^(?:文章列表|文章归档)[(（]依[^()（）]{1,6}[)）](?: \S{1,10})?$/,
  // A blog's archive label over the post: 分類彙整: 2022選情新聞, 標籤彙整: 台東 (彙整 after the archive's kind;
  // 作者彙整：本報記者… names the writers).
  /^(?:分类|标签|每月|每日)汇整 ?[:：] ?\S[^。!?]{0,20}$/,
  // The engine a site's search box names: Powered By Google.
  /^powered by [a-z0-9 .]{2,30}$/i,
  // A comment box under the story: its count without the number the script filled in (条评论), its links
  // (查看更多评论, 我要评论), a blog's (No comments:, Post a Comment). (网友评论, 热门评论, 验证码 may title a
  // story's section: not read here.)
  /^(?:(?:[0-9]{1,6} ?)?条评论|查看(?:更多|全部)评论|我要评论|no comments ?:?|post a comment|leave a (?:reply|comment))$/i,
  // An e-paper's comment box with its count, its loading note and its length counter, and its links to the
  // page the story is on (本文评论 评论数() 更多>> · 评论正在加载中... · 最大长度:500 还剩:500 · 本文所在版面导航 ·
  // 更多>> 日照日报近期报纸查看).
  /^本文评论(?: +评论数 ?\( ?[0-9]* ?\))?(?: +更多>>)?$|^评论(?:正在)?加载中[.。…]{0,6}$|^发布评论$/,
  /^最大长度 ?[:：] ?[0-9]{1,5} ?还剩 ?[:：] ?[0-9]{1,5}$/,
  /^本文所在版面(?:导航)?$|^更多>> *[^ ]{2,16}(?:近期报纸查看|往期报纸)$/,
  // An e-paper's comment box and the rules of its message board, numbered (我要评报 隐藏留言须知 / 1.遵守中华人民共和国有关法律… /
  // 2.大理时讯拥有管理笔名和留言的一切权力。 / 3.您在大理时讯留言板发表的言论,… / 4.如您对管理有意见请向 留言板管理员 或 …反映。).
  /^(?:我要评报(?: (?:隐藏|显示)?留言须知)?|(?:隐藏|显示)?留言须知)$/,
  // (Only the rules naming the board: a pledge's 1.遵守中华人民共和国有关法律法规,… is its story's.)
  /^[0-9]{1,2}[.、](?:[^。]{1,16}拥有管理笔名和留言的一切权力|您在[^。]{1,16}留言板发表的言论|如您对管理有意见请向 ?留言板)/,
  // A media group's platforms listed together, three or more: 客户端 微博 微信 抖音 数字报. (One alone may
  // title a section of a story about them.)
  /^(?:(?:客户端|微博|微信|抖音|快手|视频号|头条号|数字报|电子报|APP|App) +){2,}(?:客户端|微博|微信|抖音|快手|视频号|头条号|数字报|电子报|APP|App)$/,
  // A site's account's handle alone (@北京商报).
  new RegExp(`^@[${HAN_CLASS}A-Za-z0-9_]{2,12}$`),
  // An error page's line left in the copy: 404 Not Found, 502 Bad Gateway.
  /^[45][0-9]{2} (?:not found|forbidden|bad gateway|service unavailable|internal server error)$/i,
  // A bar alone on its line, a row of links' last separator.
  /^[|｜]$/,
  // A site's labels over its blocks, no control with options under them.
  // (更多 with its arrows, 更多>>, as a block's link to the rest of it.)
  new RegExp(`^(?:- )?(?:${SITE_BLOCK_LABELS})(?: (?:更多|往期报纸|往期回顾))*(?: ?>{1,3})?$`),
  // The links to the stories before and after, with their titles: 上一篇:父亲节网友“晾”礼物“晒”父爱.
  // (A list's dash before it and the story's date after, as a converter copies the links: - 上一篇:宁化今年…[ 02-18 ].)
  /^(?:[-•·] ?)?(?:上一篇|下一篇|上一条|下一条|前一篇|后一篇) ?[:：].{1,80}$/,
  // Markup a converter left as text (SourcePh" style="display:none"> · <span id="74psf"></span>) and a page template's
  // fields ({PAPERID=navigation_005001001, MONTH=12, …}): interface, where a story may end and the next begin.
  MARKUP_LEFT_OVER,
  TEMPLATE_FIELDS,
  // A browser's notice to the reader: 您当前使用的浏览器版本过低,可能导致部分功能不能正常使用。 · 建议使用 IE9及以上版本,
  // 或 Firefox Chrome等浏览器。谢谢! · 您的浏览器不支持video标签。 (Spoken to the reader, or telling them what to use:
  // a story on browsers, 谷歌浏览器不再支持Windows 7, is news.)
  BROWSER_NOTICE,
  /^日期 ?: ?[0-9]{1,2}-[0-9]{1,2}$/,
  // An e-paper's date picker, the issue's date in it: 日期查询:2025年02月28日 · 往期查询 · 过刊检索: 2024-06-04.
  /^(?:日期|往期|过刊|报纸)(?:查询|检索)(?: ?[:：] ?(?:[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2})?)?$/,
  /^(?:文章编号|document id) ?: ?\[?[0-9]{6,24}\]?$/i,
  /^keyword matched ?:/i,
  // Labels with no value: 发布日期: · 出版:更新: · 本期发布: · 省份: 城市: (a site's empty
  // fields, a search form's labels); a kicker over its title says more than one word.
  // (A credit's label may stand over its value, 来源: / 钱江晚报 · 作者: / 夏凡: the site's fields read it.)
  // (The lookahead fails a longer line at once. Two labels or more with no value are empty fields, a credit's
  // among them: 发布时间: 信息来源:.)
  new RegExp(`^(?=.{3,20}$)(?:(?:(?!${CREDIT_LABELS})[${HAN_CLASS}]{2,4} ?[:：] ?){1,3}|(?:[${HAN_CLASS}]{2,4} ?[:：] ?){2,3})$`),
  // A site's switch of languages and scripts, the names glued or set apart: English日本語简体繁体 · 简体 | 繁體 | English.
  /^(?:(?:English|日本語|日本语|简体|繁体|簡體|繁體|简体中文|繁體中文|中文|한국어|Français|Español) ?[|｜/]? ?){2,8}$/,
  // A WeChat account's call to follow it, opening its post: 点击上方蓝色文字 / 进行关注 · 点击上方蓝字关注我们.
  /^(?:点击|点)(?:上方|上面|标题下方?)(?:的)?(?:蓝色文字|蓝字|蓝色字体?)(?:[,，]? ?(?:进行)?关注(?:我们)?)?[!！]?$/,
  /^进行关注[!！]?$/,
  // An e-paper's search form, the field searched and the button: •   标题    站内高级搜索.
  /^(?:[-•·] +)?(?:标题|正文|全文|作者) +(?:站内高级搜索|站内搜索|高级搜索|全文检索|搜索|检索)$/,
  // A site's search box and its button: 报刊搜索: 搜索.
  new RegExp(`^[${HAN_CLASS}]{0,4}搜索 ?:(?: ?搜索)?$`),
  // A rule of dashes or tildes: ----- · ~~~; of arrows between a mobile paper's stories: >>>>>>>>.
  /^(?:[-=_*>]{5,}|~{3,})$/,
  PHOTO_FILE_NAME,
  IMAGE_SEARCH_ALT,
  LOCAL_IMAGE_PATH,
  SITE_GREETING,
  // A site's contact footer, two fields or more, a postcode, an address for mail or a fax among them: 服务热线:0536-3233110
  // 邮箱:qzjrqzw@163.com 地址:山东省青州市市委院内 · 地址:汝州市老二门街南段 邮编:467500. (A notice's 地址:… 联系电话:… is its own.)
  CONTACT_FOOTER,
  // Its business lines, numbers only (广告热线:0596—2598333 订报及投诉:0596-2594000, 联系电话(举报受理): 0909-2317062,
  // 违法和不良信息举报电话:…), and its sites' addresses by their labels (闽南日报数字报网址:www.zzxww.com 漳州新闻网网址:www.zznews.cn).
  /^(?:(?:广告热线|广告电话|发行热线|订报热线|订报电话|订报及投诉|投诉电话|广告部|发行部|(?:违法和不良信息)?举报(?:电话|热线)|(?:联系)?电话[(（](?:举报受理|举报|投诉|广告|发行)[)）]) ?[:：] ?[0-9][0-9—\-() ]{4,24}? *){1,4}$/,
  /^(?:[^ 。!?,，:：]{2,16}网址 ?[:：] ?(?:https?:\/\/)?[a-z0-9-]+(?:\.[a-z0-9-]+)+\/? *){1,4}$/i,
  // An image a converter left as its markdown: ![](/nimages/c.gif).
  /^!\[[^\]]{0,60}\]\([^)]{0,200}\)$/,
  // A page's functions with their buttons: 页面功能 【我来说两句】【推荐】【字体:大 中 小】; a promo's link: …点击进入>>>.
  /^页面功能/,
  // A dialog's close button alone: ×, ✕.
  /^[×✕✖]$/,
  // A comment box under the story: its tabs (最热评论, 最新评论), its prompt (来说两句吧...), its count
  // (已有0人参与,点击查看更多精彩评论) and its spinner (加载中。。。。).
  // (热门评论, 网友评论 may title a story's section: not read.)
  /^(?:最热|最新|全部)评论$/,
  /^我?来说两句吧?(?:\.{3}|…{1,2}|。{3})?$/,
  /^已有[0-9]+人参与[,，]? ?(?:点击查看更多(?:精彩)?评论)?$/,
  /^加载中(?:\.{3}|…{1,2}|。{2,4})?$/,
  // The same box on a site in English: Comments (0), Add Comment, Leave a Reply.
  /^(?:comments? ?\([0-9]+\)|add (?:a )?comment|leave a (?:reply|comment)|post (?:a )?comment)$/i,
  /^[^。]{0,40}[。!]? ?点击进入 ?>{1,3}$/,
  // An e-paper's greeting over its date, the date left to a script: 您好!今天是.
  // (Or with the date the site filled in: 今天是:2025年01月10日 星期五; a title 今天是个好日子 is no greeting.)
  /^(?:(?:您好|你好)[!]? ?今天是[^。!?]{0,30}|今天是 ?[:：]? ?[0-9]{4}年[^。!?]{0,20})$/,
  // A site's address alone on its line, and its name as a site: www.zjol.com.cn · 浙江在线新闻网站.
  // (With its path, and a rule of tildes glued on: http://ms.enorth.com.cn/zmljl/~~~.)
  /^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]{2,30}(?:\.[a-z0-9-]{2,30}){1,4}(?:\/[\w\-./?=&%#]{0,80})?~*$/i,
  new RegExp(`^(?=.{6,16}$)[${HAN_CLASS}]{2,12}(?:新闻网站|门户网站|官方网站)$`),
  // (Or its name, a site's by its ending, then its address: 巴彦淖尔市政府门户网站 www.bynr.gov.cn, 人民网 http://www.people.com.cn.
  // Not a call to visit it: 报名请登录 www.…, 访问 www.….)
  new RegExp(`^(?!.{0,14}(?:登录|访问|请|查询|点击))[${HAN_CLASS}]{1,14}(?:网|网站|官网|平台|在线|客户端) ?(?:https?:\\/\\/|www\\.)[a-z0-9-]{1,30}(?:\\.[a-z0-9-]{1,30}){1,4}\\/?$`, 'i'),
  // Or its name with its claim (潜江同城网潜江免费信息服务平台 · 《新江南网》江南第一门户网站!): what the site is, not a story.
  // (Its name a site's, in title marks or of a site's kind; 打造智慧城市网络信息服务平台 is a title.)
  // (A claim says what it is, not what it became: 云南信息网升级为全省便民信息服务平台 is news.)
  new RegExp(`^(?!.*(?:为|升级|获|打造|建设|上线|成立|开通))(?:《[${HAN_CLASS}]{2,10}网》|[${HAN_CLASS}]{2,8}(?:新闻网|同城网|资讯网|信息网|在线))[${HAN_CLASS}]{0,14}(?:信息服务平台|门户网站|综合门户|官方网站|新闻网站)[!！]?$`),
  // A hosted issue's title: the paper's name in title marks and the issue's date (《娄底广播电视报》2024.6.6 ·
  // 《德州晚报》在线“悦”读 | 2024年1月31日); the issue's, not a story's.
  new RegExp(`^《[${HAN_CLASS}]{2,14}(?:报|刊|杂志)》[^。!?]{0,10}?(?: ?\\| ?)?[0-9]{4}(?:\\.[0-9]{1,2}\\.[0-9]{1,2}|-[0-9]{1,2}-[0-9]{1,2}|年[0-9]{1,2}月[0-9]{1,2}日)$`),
  // A site's ranked lists' labels: 24小时热评排行 · 点击排行榜 · 热榜.
  new RegExp(`^(?=.{2,13}$)[0-9${HAN_CLASS}]{0,10}(?:排行|排行榜|热榜)$`),
  // A site's legal lines in its footer: 中国互联网违法和不良信息举报中心:www.12377.cn · 鄂ICP备06002096号-1 ·
  // 互联网新闻信息服务许可证:4212016002.
  /^(?=.*(?:举报|ICP|公网安备|许可证))[^。!?]{0,40}(?:不良信息[^。!?]{0,4}举报|ICP备|ICP证|公网安备|信息服务许可证|网络文化经营许可证|出版许可证|经营许可证)[^。!?]{0,100}$/i,
  // The rest of its footer: who publishes the site and answers for it (主管单位:中共丽水市委宣传部 主办单位:丽水日报社 ·
  // 湖南省新闻出版广电局主管 娄底广播电视中心(市广播电视台)主办 · 丽水日报社(丽水网)法律顾问:… · 技术支持:锦华科技),
  // its desks' numbers (编辑部电话:0578-2127345 · 省新闻道德委员会举报中心投诉电话:…), its rights (本网站由丽水网版权所有).
  /^[^。!?]{0,60}(?:主管(?:单位)? ?[:：]|法律顾问 ?[:：]|(?:编辑部|总编室|广告部|发行部|举报中心[^。!?]{0,4})(?:电话|热线|邮箱) ?[:：]|版权所有(?!者|人))[^。!?]{0,120}$/,
  // (Its publisher alone, a paper or a media body (主办单位:中国贸易报社): an event's 主办单位:市文联 is a notice's.)
  /^主办单位 ?[:：] ?[^。!?]{2,20}(?:报社|报业集团|传媒集团|传媒|融媒体中心|新闻中心|新闻网|网)$/,
  // (Its technical support names a firm: 技术支持:锦华科技; 技术支持:让老人跨越数字鸿沟 is a title.)
  /^[^。!?]{0,60}技术支持 ?[:：] ?[^。!?]{2,20}(?:科技|公司|网络|集团|技术|工作室)(?: [^。!?]{0,60})?$/,
  /^[^。!?:：]{2,30}主管[ ,，、]*[^。!?:：]{2,30}主办$/,
  // (Or one body doing both, and the publisher after it: 上海报业集团主管主办 上海法治报社出版.)
  /^[^。!?:：]{2,30}主管主办 [^。!?:：]{2,30}出版$/,
  // (And the firm that runs the site, no colon: 杭州前方信息技术有限公司 仅提供技术服务支持.)
  /^[^。!?:：]{2,30}有限公司 仅提供技术(?:服务)?支持$/,
  // A site's greeting and its call to follow it: https://www.xjnnet.com/欢迎您! · ☆ 新江南网 ☆欢迎您 · 关注河南热线.
  /^(?=.{2,46}$)[^。!?,]{0,40}欢迎(?:您|你|访问|光临)[!]?$/,
  new RegExp(`^关注[${HAN_CLASS}]{2,10}(?:网|热线|新闻|客户端|公众号|微信|微博|头条号|抖音号?)$`),
  // A counter alone on its line, its label on the next: 2065 / 查看 · 1万 / 帖子; a link's with it: [复制链接] 0.
  /^(?:\[复制链接\] ?)?[0-9]{1,9}(?:\.[0-9])?[万千kw]?$/i,
  // A forum poster's rank and the note under a thread's reply box: Rank: 9Rank: 9 · 您需要登录后才可以回帖 登录 | 立即注册.
  /^(?:rank ?: ?[0-9]{1,2}){1,6}$/i,
  /^您需要登录后才可以(?:回帖|发帖|回复|评论)/,
  // A character the copy could not print, alone on its line: ?.
  /^[?？]$/,
  ...INTERRUPTIONS,
  // A layout table's rules and empty cells copied as text: ---|---|---| · | ||.
  /^(?:-{3,} ?\| ?)+-*$/,
  /^\|[| ]*$/,
  // An e-paper's page turner, whatever is glued around it: PDF «上一版 下一版»本期共8版(1-2-3-4-5-6-7-8).
  /^[^。!?,]{0,20}上一版[^。!?,]{0,8}下一版[^。!?,]{0,40}$/,
  // Its next page and count alone: 下一版»本期共4版(1-2-3-4).
  /^(?=.*本期共)[^。!?,]{0,20}(?:上一版|下一版)[^。!?,]{0,8}本期共[0-9]{1,3}版[^。!?,]{0,40}$/,
  SERVICE_NOTICE,
  /^back to main menu$/i,
  // An e-paper's arrows alone, as its symbol font copies them (3    4), and its PDF link set apart (PDF 版).
  /^3 +4$/,
  /^PDF ?版(?:阅读)?$/i,
  // A control's label with its button of the same name: 语音播报: 语音播报.
  /^([^ :：]{2,6}) ?[:：] ?\1$/,
  // The text-to-speech control, its label and its button: 语音朗读:语音播报, 语音播报, 朗读全文.
  /^(?:语音(?:朗读|播报)|朗读全文)(?: ?[:：] ?(?:语音(?:朗读|播报)|播放))?$/,
  // A page template's field left unfilled: 粉丝: {{bookData.followerCount}}; a flipbook's page number: 第2页.
  /^[^。!?]{0,10}\{\{[A-Za-z_.]{1,40}\}\}$/,
  /^第[0-9]{1,3}页$/,
  // A page's HTML comment copied with its text, a content system's fields in it: 2020-12-31 2 2 处州晚报 content_241261.html 1 3 吴启珍 /enpproperty-->.
  /^(?:<!--.*|.*-->)$/,
  // (Its fields without the comment's marks, or after its opening's end: 2025-09-30 2 2 河北经济日报 con180624.html 1 围场:… ·
  // --> 2021-03-01 … 阿克苏日报 content_37761.html 1 我们的幸福生活不容诋毁 /enpproperty>: a date, then the page's file among them.)
  /^(?:--> ?)?[0-9]{4}-[0-9]{2}-[0-9]{2} .{0,80}? (?:content_|con)[0-9]{3,12}\.html? .{0,160}$/,
  // An e-paper system's placeholder left unfilled: 3上一篇:****处理标记:[Article]时,数据源为空。 ****.
  /^.{0,12}\*{4}处理标记 ?: ?\[[A-Za-z]+\]/,
]

/**
 * Whether a line is interface by its shape (a breadcrumb, a counter, a
 * document number…) rather than a control named by the vocabulary: such a
 * line has no options under it.
 */
export function isInterfaceLine(line: string): boolean {
  return anyInterfaceLine(line.trim())
}

/** The interface lines' shapes as one test (grammar/patterns.ts): every line of a page is tried on them. */
const anyInterfaceLine = anyPattern(INTERFACE_LINES)

/**
 * A paper's app promoted on its page (报晓风客户端, 忻州日报APP, 下载XX新闻客户端):
 * the app's name alone on its line. Its slogan under it is its option (报知天下 晓通万家).
 */
const APP_PROMO = new RegExp(`^(?:下载|打开)?[${HAN_CLASS}]{1,10}(?:新闻)?(?:客户端|APP|App)$`)

/** A site's reprint notice: no copying without leave (未经书面授权谢绝转载, 未经许可不得复制或转载, 禁止转载). */
const NO_REPRINT = /(?:未经|未获)[^。]{0,8}(?:许可|授权|同意)[^。]{0,16}(?:转载|复制|镜像|使用)|(?:谢绝|禁止|不得)转载/
/**
 * A site's terms of reprint with the source named, the whole line (本站原创文章,转载请附上原文链接。, 本网原创 转载请注明出处,
 * 《中国社会科学报》版权所有,转载请注明出处及本网站名。,
 * 转载请注明出处,本站原创内容受法律保护。):
 * its own work claimed, then the terms closing the line. (Quoted in a story, “转载请注明出处”, or with more after
 * it, 答:可以,但需转载请注明出处…, they are the story's words.)
 */
const SOURCE_TERMS =
  /^[^“”「」"‘’]{0,12}(?:本站|本网|原创|版权所有)[^“”「」"‘’。]{0,12}转载请(?:务必)?(?:注明|附上|保留|标明)[^“”「」"‘’,，。]{0,10}[。!！]?$|^转载请(?:务必)?(?:注明|附上|保留|标明)[^“”「」"‘’,，。]{0,10}[,，] ?(?:本站|本网)[^“”「」"‘’,，。]{0,16}[。!！]?$/
/**
 * A site's original and its terms of reprint, the whole line (本作品由中方县融媒体中心原创,如需转载,请注明来源、原标题、
 * 著作者名,不得变更核心内容!, 本文系X原创,转载请注明出处。).
 */
const ORIGINAL_TERMS = /^本(?:作品|文|稿|稿件|文章)(?:由|系|为)[^。!！]{2,24}原创[,，。]? ?(?:如需|如要|欢迎)?转载[^。!！]{0,40}[。!！]?$/
/** What a reprint notice claims: the rights, the site's ownership, an original (本网站所刊登的…). */
const RIGHTS = /版权|所有|原创|本网|本站|独家授权/
/** A site's claim on what it carries, perhaps after its label: 凡文章来源为"兰州新闻网"的稿件,均为兰州新闻网独家版权…, 版权声明:凡注明来源为"…"的所有文字、图片…等作品,版权均属…所有. */
const CLAIMS_RIGHTS = /^(?:版权声明[:：] ?)?凡(?:注明|注有|署名|标注|文章来源为|来源为|本网)[^。]{0,60}的(?:[^。]{0,30}等)?(?:稿件|作品|文章|内容)[^。]{0,4}(?:均为|版权均属|均属)[^。]{0,30}(?:版权|所有)/
/** The longest reprint notice. */
const MAX_NOTICE_LENGTH = 120

/**
 * A site's reprint notice under its story (本原创内容版权归掌中九江所有,未经书面授权谢绝转载。,
 * 版權稿件,任何媒體、網站或個人未經授權不得轉載…, —— 本文由大皖新闻原创 未经授权不得转载 ——):
 * interface, not the story's last paragraph.
 */
const isReprintNotice = (text: string) =>
  (text.length <= MAX_NOTICE_LENGTH && NO_REPRINT.test(text) && RIGHTS.test(text)) || CLAIMS_RIGHTS.test(text) || SOURCE_TERMS.test(text.trim()) || ORIGINAL_TERMS.test(text.trim())

/** What the statement says, however long: no use without leave (未经…书面授权,任何单位及个人不得…转载、复制). */
const LEAVE = /授权|许可|同意/
const USE = /转载|复制|镜像|摘编|使用/
/** How to ask for leave, closing the statement: 如需使用相关内容,请致电0931-8159799。 */
const ASK_LEAVE = /^如需(?:转载|使用|授权|引用)[^。]{0,24}请(?:致电|联系|拨打|来电)[^。]{0,40}。?$/

/**
 * A site's statement of rights under its label (版权声明 / 《荆州日报》(电子版)的一切内容…未经荆州日报
 * 及/或相关权利人书面授权,任何单位及个人不得…转载、复制…), and how to ask for leave under it:
 * interface, not a story.
 */
function statesRights(text: string, above: Row | undefined): boolean {
  if (above?.kind !== 'chrome') return false
  const over = lineText(above.tokens).trim()
  // Under the label, the statement; under the statement (its words of leave), how to ask for it.
  return RIGHTS_LABEL.test(over) ? LEAVE.test(text) && USE.test(text) : ASK_LEAVE.test(text.trim()) && LEAVE.test(over)
}

/** A line's words after a site list's bullet (• 送上一杯热水…, • (扫描二维码看视频)), or undefined when no such bullet opens it. */
export function afterListBullet(tokens: IToken[]): IToken[] | undefined {
  return tokens[0]!.image === LIST_BULLET && tokens.length > 1 ? trimmed(tokens.slice(1)) : undefined
}

/** A line read as its list bullet, interface, then its words read as `kind`. */
export const bulletRows = (tokens: IToken[], words: IToken[], from: number, gap: number, kind: Kind): Row[] => [
  readRow([tokens[0]!], gap, from, { kind: 'chrome' }),
  readRow(words, 0, from + tokens.indexOf(words[0]!), { kind }),
]

/**
 * A site's or an account's handle alone on its line, lower-case Latin (zaobao under the title,
 * ngzbnews · nanguowei in a list of accounts): only where no text runs above it (in a story,
 * yyds / emo are its words).
 */
const HANDLE = /^[a-z][a-z0-9_]{3,19}$/
const isHandle = (text: string, above: Row | undefined): boolean => HANDLE.test(text.trim()) && (above === undefined || OVER_HANDLES.has(above.kind))
/** What a handle stands under: the page's top, a title, the site's furniture. */
const OVER_HANDLES: ReadonlySet<Kind> = new Set(['heading', 'chrome', 'stamp', 'sourceNote', 'pageHeader', 'masthead'])

/** Whether a role opens one of the line's words (记者 苏 凯, 本报记者 X): a credit, no menu (小记者风采 is a channel's name). */
const rolePrinted = (tokens: IToken[]): boolean =>
  tokens.some((token, k) => tokenMatcher(token, Role) && (k === 0 || tokenMatcher(tokens[k - 1]!, Space) || tokenMatcher(tokens[k - 1]!, Affiliation)))

/** An e-paper's field of the issue's number, under the story's title (期次:第8676期, 期号：总第1234期): interface. */
const ISSUE_FIELD = /^(?:期次|期号) ?[:：] ?(?:总)?第? ?[0-9]{1,6} ?期$/

export const readChrome: LineTest = ({ tokens, text, creditLike, above, below, pageTop, textAbove }, { words }) => {
  // (A clipping service's notice is long: known by its opening.)
  if (text.length > MAX_FURNITURE_LENGTH) return SERVICE_NOTICE.test(text.trim()) || DISCLAIMER.test(text.trim()) || isReprintNotice(text) || statesRights(text, above) ? { kind: 'chrome' } : undefined
  const chrome =
    isChromeLine(text, words.chrome) ||
    APP_PROMO.test(text.trim()) ||
    (!(creditLike && (rolePrinted(tokens) || signsWork(tokens))) && isMenu(text.trim()) && !namesReviews(tokens)) ||
    echoesBreadcrumb(text, above) ||
    isReprintNotice(text) ||
    statesRights(text, above) ||
    isHandle(text, above) ||
    sponsorsSite(text, pageTop, above, below) ||
    (!textAbove && (listsControl(text) || isSiteHeaderLine(text, above, below) || ARCHIVE_TITLE.test(text.trim()) || SITE_LICENCE.test(text.trim()))) ||
    (!textAbove && KOREAN_INTERFACE.test(text.trim()) && !introduces(above)) ||
    (!textAbove && above?.kind !== 'heading' && isHeaderMenu(text, words.chrome, below)) ||
    ((above?.kind === 'chrome' || dashedBelow(below, words.chrome)) && dashedAction(text, words.chrome)) ||
    ((textAbove || above?.kind === 'stamp') && STRAY_MARKS.test(text.trim())) ||
    (above?.kind === 'stamp' && LONE_SLASH.test(text.trim())) ||
    afterImageMark(text, words.chrome) ||
    (!textAbove && (above === undefined || PAGE_TOP_KINDS.has(above.kind)) && CUT_CRUMB.test(text.trim())) ||
    crumbOverTitle(text, below) ||
    (SHARE_STEP.test(text.trim()) && above?.kind === 'chrome' && SHARE_TO.test(lineText(above.tokens).trim())) ||
    PAGE_MARKER.test(text.trim()) ||
    (!textAbove && SITE_WINDOW_TITLE.test(compactSpaces(text))) ||
    (above === undefined && below !== undefined && FIRST_PAGE_MARKER.test(lineText(below.tokens).trim())) ||
    ISSUE_FIELD.test(text.trim())
  return chrome ? { kind: 'chrome' } : undefined
}

/**
 * A breadcrumb whose home page the copy dropped, its steps between the marks (> 社会 >, > 新闻 > 本地 >): interface at
 * the page's top, among its furniture (readChrome). Under a story's title or text, a menu's path or a route a story
 * gives (路线如下： / > 西安 >, > 通用 >) is the story's.
 */
const CUT_CRUMB = /^> ?[^>。!?,，“”"]{1,12}(?: ?> ?[^>。!?,，“”"]{1,12}){0,4} ?>$/
/** A breadcrumb's step for the story's own page, its title after it: 正文. */
const STORY_STEP = '正文'
/** A breadcrumb's last step, 正文 (the story's text), with the story's title after it: 正文 >“超级黄金周” 成都2万余警力保平安. */
const CRUMB_TO_TITLE = new RegExp(`^${STORY_STEP} ?> ?([^>。!?，,]{2,60})$`)
/**
 * The breadcrumb's last step with the story's title after it, the title printed again under it (正文 >TITLE / TITLE):
 * interface, the heading under it. (Where the title is printed nowhere else the line stays the page's title, and a
 * glossary's 正文 >是公文的核心部分… holds a sentence.)
 */
const crumbOverTitle = (text: string, below: LineView['below']): boolean => {
  if (!text.trimStart().startsWith(STORY_STEP)) return false
  const title = CRUMB_TO_TITLE.exec(text.trim())?.[1]
  return title !== undefined && below !== undefined && lineText(below.tokens).trim() === title.trim()
}

/** A Markdown image a converter left where the photo stood (![](), ![图片](a.jpg)), opening its line. */
const IMAGE_MARK = /^!\[[^\]]{0,40}\]\([^)\s]{0,200}\) */
/** How such a mark opens: the cheap check before its pattern. */
const IMAGE_OPENING = '!['
/**
 * A Markdown image with the page's controls after it on its line (![]() 日期检索, an e-paper's photo slot over its
 * date picker): interface, as each is alone. (A caption after the image, ![]() 图为…, is the caption's.)
 */
const afterImageMark = (text: string, chrome: readonly string[]): boolean => {
  if (!text.trimStart().startsWith(IMAGE_OPENING)) return false
  const line = text.trim()
  const rest = line.replace(IMAGE_MARK, '')
  return rest !== line && rest !== '' && isChromeLine(rest, chrome)
}

/** A phone number with its area code, or an e-mail address: a site's contacts. */
const CONTACT = '(?:[0-9]{3,4}-[0-9]{7,8}|[A-Za-z0-9._-]{1,40}@[A-Za-z0-9-]{1,40}(?:\\.[A-Za-z0-9-]{1,20}){1,3})'
/**
 * A site's contacts alone on a line over the story, unlabelled (0839-6280182, 0839-8722512 zhqwxzx@163.com): its
 * header's, interface (readChrome, where no text stands above: under a hotline's label in a story, its number).
 */
const SITE_CONTACTS = new RegExp(`^${CONTACT}(?: +${CONTACT}){0,3}$`)

/**
 * A site header's contacts or greeting (readChrome, over the story's text), perhaps behind its menu's bullet (• 0839-6280182).
 * The contacts among the header's other furniture, or opening the page as a header's do: behind the bullet, several, or
 * an e-mail address among them. (Under a line of words, 燃气抢修 / 0839-3262119, or 开锁换锁 in a box of services, the
 * number is theirs; a lone number over a story may be its title.)
 */
const isSiteHeaderLine = (text: string, above: Row | undefined, below: LineView['below']): boolean => {
  const trimmedLine = text.trim()
  const line = trimmedLine.replace(HEADER_BULLET, '')
  if (SITE_GREETING.test(line)) return true
  if (!SITE_CONTACTS.test(line)) return false
  if (above !== undefined) return HEADER_FURNITURE.has(above.kind)
  return line !== trimmedLine || line.includes(' ') || line.includes('@') || (below !== undefined && SITE_CONTACTS.test(lineText(trimmed(below.tokens)).replace(HEADER_BULLET, '')))
}
/**
 * A blog's archive title in its theme's Chinese, over the page's text (分类目录归档：本地新闻, 标签归档：春节): a category's
 * short name. (A longer value is a title's, 分类目录归档:让档案管理更规范, or a how-to's step.)
 */
const ARCHIVE_TITLE = /^(?:分类目录|标签|作者|日期)归档 ?[:：] ?[^ 。!?,，:：]{1,6}$/
/**
 * A site's menu in its header, over the story's text (readChrome): many short parts set apart by spaces or bars, none
 * a sentence's — two of them its controls (天气预报 总站·浙江在线 浙江新闻 图片 今日桐乡数字报 设为首页 收藏本站), or
 * seven or more parted by bars, most no names (网站首页 | 桐乡新闻 | 国内国际 | … | 彩票代购). (A table's row in a story
 * stands under its text; a line of names, 王海 李强 张伟 …, names people.)
 */
function isHeaderMenu(text: string, chrome: readonly string[], below: LineView['below']): boolean {
  const line = text.trim()
  // (A menu under its label: 【镇街网闻联播】:梧桐 凤鸣 龙翔 濮院 乌镇 ….)
  const labelled = MENU_LABEL.exec(line)
  if (labelled) return isMenu(line.slice(labelled[0].length))
  const parts = line.split(HEADER_MENU_BREAK)
  if (parts.length < MIN_HEADER_MENU_PARTS || !parts.every((part) => HEADER_MENU_PART.test(part))) return false
  if (parts.filter((part) => isControl(controlWord(part), chrome)).length >= MIN_HEADER_CONTROLS) return true
  // (A table's header row has its rows under it, as many cells each: 项目 | 第一名 | … / 100米 | 张伟 | ….)
  const cells = (row: string) => row.trim().replace(EDGE_BARS, '').split('|').length
  const tableRow = below !== undefined && cells(lineText(below.tokens)) === cells(line)
  return line.includes('|') && !tableRow && parts.length >= MIN_BARRED_MENU_PARTS && 2 * parts.filter(looksLikeName).length <= parts.length
}
/** A table row's bars at its ends (| 100米 | 张伟 |). */
const EDGE_BARS = /^\| ?| ?\|$/g
/** A header menu's label in brackets before its colon: 【镇街网闻联播】:. */
const MENU_LABEL = /^【[^】]{2,10}】 ?[:：] ?/
/** What parts a header menu's items: spaces, a bar. */
const HEADER_MENU_BREAK = / *\| *| +/
/** A header menu's item: a few characters, no sentence's or field's mark. */
const HEADER_MENU_PART = /^[^。!?,，:：;；]{1,8}$/
/** The fewest items of a header menu, the fewest controls that show one, the fewest items of one parted by bars alone. */
const MIN_HEADER_MENU_PARTS = 5
const MIN_HEADER_CONTROLS = 2
const MIN_BARRED_MENU_PARTS = 7

/**
 * A Korean site's interface words alone on their line over the story, as its Chinese edition keeps them: 상태바 (the
 * status bar). (In a story, a sign's or a song's Korean words under the line that introduces them are its own.)
 */
const KOREAN_INTERFACE = /^[\uAC00-\uD7A3]{1,8}(?: [\uAC00-\uD7A3]{1,8}){0,2}$/
/** Whether a row ends with a colon, introducing what follows: 齐声高唱： / 아리랑…. */
const introduces = (row: Row | undefined): boolean => row !== undefined && INTRODUCES.test(lineText(row.tokens))

/** A news site's licence number in its header or footer: 浙新办2006[33]号, 国新网许可证1012006023号. */
const SITE_LICENCE = new RegExp(`^[${HAN_CLASS}]{1,3}新(?:办|网)[^。!?,，]{0,8}[0-9]{4}[^。!?,，]{0,4}[0-9]{1,10}[\\]〕）)]?号$`)

/** What a site's header contacts stand among. */
const HEADER_FURNITURE: ReadonlySet<Kind> = new Set(['chrome', 'pageHeader', 'masthead'])
/** A site header's bullet before its item. */
const HEADER_BULLET = /^• ?/

/** A list item's number or star before a menu's item, as a converter prints a list: 1. · * . */
const LIST_ITEM_MARK = /^(?:[0-9]{1,2}\.|\*) +(?=\S)/

/**
 * A story's toolbar a converter turned into a list, an item to a line,
 * numbered or starred (1. 檢舉 / 2. 列印 / 3. 收藏 / 4. 推薦好友, * 打印), read
 * above the story's text (the caller's condition): interface. (Under the
 * text, 1. 打印 / 2. 收藏 are a how-to's steps.)
 */
const listsControl = (text: string): boolean => {
  const item = text.trim()
  return LIST_ITEM_MARK.test(item) && STORY_ACTIONS.has(item.replace(LIST_ITEM_MARK, ''))
}

/**
 * What a story's toolbar offers to do with it: print, keep, share, report, send on, comment.
 * (Not a site's sections, 微信, 视频, nor an account's steps, 注册, 登录: a story lists those too.)
 */
const STORY_ACTIONS: ReadonlySet<string> = new Set(['打印', '列印', '收藏', '分享', '转发', '举报', '检举', '纠错', '推荐好友', '推荐给好友', '推荐给朋友', '评论', '发表评论', '关闭', '关闭窗口'])

/**
 * A share widget's steps to share the page, under the widget's line (X 分享到微信朋友圈 / 打开微信，点击底部的“发现”， ·
 * 分享至头条 / 打开头条, 使用“扫一扫”即可将网页分享至头条。), or on one line, the quotes spaced as some sites print them
 * (打开微信,点击 “ 发现 ” ,使用 “ 扫一扫 ” 即可将网页分享至朋友圈。): interface; a story telling readers the same steps
 * keeps them.
 */
const SHARE_STEP = new RegExp(
  `^打开${SHARE_PLATFORM}[,，] ?(?:点击(?:底部的)? ?${quoted('发现')} ?[,，]?)?(?: ?使用 ?${quoted('扫一扫')} ?即可将网页分享(?:至|到)${SHARE_PLATFORM}。?)?$`,
)

/**
 * A reader's or a site's window title at the page's top: the paper's or the site's name, a spaced dash, the name again
 * or its site's (大庆油田报 - 大庆油田报, 珠江时报数字报 - 南海新闻网): interface, no nameplate over a page; a story's
 * source line under its title (大洋网-广州日报) is the story's.
 */
const SITE_WINDOW_TITLE = new RegExp(`^[${HAN_CLASS}]{2,12}(?:报|网|刊|客户端) [-—－] [${HAN_CLASS}]{2,12}(?:报|网|刊|客户端)$`)

/**
 * A document-sharing site's marker of a page of the document it shows, as its text layer gives it (issuu's Page 1):
 * interface; the line over the first page's, the page's first, is the document's title the uploader gave it (港紙 HKI
 * POST - 第112期, 2025-7-1 老中電子報(東灣版), Itschina n° 19_giugno 2011), no story's headline.
 */
const PAGE_MARKER = /^Page [0-9]{1,3}$/
const FIRST_PAGE_MARKER = /^Page 1$/

/**
 * A site's sponsor line at the page's top or among its furniture (湖州师范学院党委宣传部、新闻中心主办 ·
 * 中共某某市委宣传部主办): each sponsor named as a body is, by its last word. Not a sentence that
 * something is hosted (本届读书节由市委宣传部主办, 在…主办, 联合主办), nor a kicker under the text.
 */
const SPONSOR_LINE = new RegExp(`^(?:[${HAN_CLASS}]{2,24}(?:部|中心|社|委员会|委|局|办公室|网|报|学院|大学|集团)[、,，]?){1,4} ?主办$`)
/** Words that make a line about hosting a sentence, not a site's sponsor line. */
const HOSTING_WORDS = /[由在将于]|联合|共同|承办/
const sponsorsSite = (text: string, pageTop: boolean, above: Row | undefined, below: LineView['below']): boolean =>
  (pageTop || (above !== undefined && OVER_SPONSOR.has(above.kind)) || atFooter(below)) && SPONSOR_LINE.test(text.trim()) && !HOSTING_WORDS.test(text)
/**
 * Whether a line stands in the page's footer, by what is under it: nothing, or the footer's rights, licence or contact
 * lines (…的故事。 / 远安日报社主办 / 版权所有 远安日报社).
 */
const atFooter = (below: LineView['below']): boolean => below === undefined || FOOTER_LINE.test(lineText(below.tokens).trim())
/** A footer's line under the sponsor's: its rights, its licence, its address, phone or technical support. */
const FOOTER_LINE = /^(?:版权所有|copyright|©|[^。!?]{0,24}(?:ICP备|ICP证|公网安备)|(?:地址|电话|邮编|技术支持|联系我们) ?[:：]?)/i
/** The furniture a sponsor line stands under: the site's interface, the paper's nameplate and page line. */
const OVER_SPONSOR: ReadonlySet<Row['kind']> = new Set(['chrome', 'masthead', 'pageHeader'])

/**
 * The section a breadcrumb ends in, printed again under it as the page's label (首页 > 菲國新聞 / 菲國新聞). Not the
 * story's title the crumb ends in, after its 正文 step or as long as a title is (正文 >“超级黄金周” 成都2万余警力保平安,
 * … > 希腊新闻 > 驻希腊大使邹肖力会见《中希时报》主创人员): printed again under it, that is the story's heading.
 */
function echoesBreadcrumb(text: string, above: Row | undefined): boolean {
  if (above?.kind !== 'chrome') return false
  const crumbs = lineText(above.tokens).split('>')
  const last = crumbs.at(-1)!.trim()
  return crumbs.length > 1 && last === text.trim() && crumbs.at(-2)!.trim() !== STORY_STEP && [...last].length <= MAX_SECTION_STEP
}
/** The longest section a breadcrumb ends in (菲國新聞, 国际新闻·欧洲): a longer last step is the story's title. */
const MAX_SECTION_STEP = 10

/** The longest option of a web page control (仲細D都得, 起碼咁大啦！). */
const MAX_OPTION_LENGTH = 10
/** The longest place a share button sends the story (QQ好友和群, 微信朋友圈): a longer line under 分享到： is the story's title. */
const MAX_SHARE_TARGET = 6

/**
 * How many options a chrome line lists under it: a control's (文字大小,
 * 分享到), all the short lines; a paper's app, its slogan; a row of controls (3上一篇 下一篇4
 * 放大 缩小), a lone button (默认) and interface lines known by their shape
 * (a counter, a breadcrumb) have none.
 */
function optionsTaken(line: string): { count: number; longest: number } {
  const text = line.trim()
  if (SHARE_CONTROLS.has(text)) return { count: Infinity, longest: MAX_SHARE_TARGET }
  if (OPTION_CONTROLS.has(text)) return { count: Infinity, longest: MAX_OPTION_LENGTH }
  // (An app has one slogan: 报晓风客户端 / 报知天下 晓通万家 / 街拍, the column over the story.)
  return { count: APP_PROMO.test(text) ? APP_SLOGANS : 0, longest: MAX_OPTION_LENGTH }
}

/** The lines an app's name claims under it: its slogan. */
const APP_SLOGANS = 1

/**
 * The controls that list their options under them. (What a control does is
 * the construct's grammar, not a word of the vocabulary: the vocabulary's
 * `chrome` words say what is interface at all.)
 */
const OPTION_CONTROLS: ReadonlySet<string> = new Set(['文字大小', '字体大小', '字号', '字号:', '字体'])
/** A share button, the places it sends the story under it (分享到: / 微信 / 微博), each a short name. */
const SHARE_CONTROLS: ReadonlySet<string> = new Set(['分享', '分享到', '分享到:'])

/**
 * Short lines straight under a web control are its options (文字大小 /
 * 仲細D都得 / 仲未夠？ / 已經最大。, 分享到 / 微信 / 微博). Rows of controls
 * and interface lines known by their shape have none: the short line under
 * 字數: 856 words, or under 3上一篇 下一篇4 2013年7月13日 放大 缩小, is the
 * story's title.
 */
export const controlOptions: Refinement = (rows) => {
  const read: Row[] = []
  // How many more options the control above lists, and how long each may be.
  let left = { count: 0, longest: MAX_OPTION_LENGTH }
  for (const row of rows) {
    const option: boolean = left.count > 0 && row.gap <= 1 && (row.kind === 'body' || row.kind === 'heading') && printedLength(row.tokens) <= left.longest
    read.push(option ? readAs(row, 'chrome') : row)
    left = option ? { ...left, count: left.count - 1 } : row.kind === 'chrome' ? optionsTaken(lineText(row.tokens)) : { count: 0, longest: MAX_OPTION_LENGTH }
  }
  return read
}

/**
 * A line of Latin words alone naming an image: its file's kind, a banner or logo, its size
 * (Cc time gif, Banner app copy, Yearend1200x200). (NBA, COVER STORY, By Li Wei, RENMIN RIBAO name
 * a story, a column, a writer, a paper.)
 */
const LATIN_LINE = /^(?=.*(?:\b(?:gif|jpe?g|png|webp|banner|logo|icon)\b|[0-9]{2,4}x[0-9]{2,4}))[a-z0-9][a-z0-9 ._-]{1,39}$/i
/** The rows a Chinese page's top may hold among such lines: its interface, its page lines, its nameplate. */
const PAGE_TOP_KINDS: ReadonlySet<Kind> = new Set(['chrome', 'pageHeader', 'masthead'])

/**
 * Lines of Latin words alone at the top of a Chinese page, over its first Chinese line (Cc time gif /
 * Banner app copy / Yearend1200x200 / 习近平会见…): what a copy kept of the site's images, interface.
 * (A page in English throughout has no Chinese line under them: never read so.)
 */
export const latinPageTop: Refinement = (rows) => {
  const top: number[] = []
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!
    if (PAGE_TOP_KINDS.has(row.kind)) continue
    if (LATIN_LINE.test(lineText(row.tokens).trim())) top.push(k)
    else return top.length > 0 && HAN_CHARACTER.test(lineText(row.tokens)) ? rows.map((r, j) => (top.includes(j) && r.kind !== 'chrome' ? readAs(r, 'chrome') : r)) : rows
  }
  return rows
}

/**
 * The site's banner at the page's top, printed again among the footer's interface under the story
 * (辽阳新闻网官方新闻门户-权威媒体 辽阳门户 / 开展和谐邻里欢度节日活动 / … / 责任编辑:程月 / 辽阳新闻网官方新闻门户-权威媒体
 * 辽阳门户 / 关于我们 │ 广告服务 …): interface, not the story's title. Only a line over the first title and
 * its story that names a site, its second printing read as interface where it stands.
 */
export const repeatedBanner: Refinement = (rows) => {
  const k = firstUnderTopFurniture(rows)
  const row = rows[k]
  if (row === undefined || (row.kind !== 'heading' && row.kind !== 'body') || rows[k + 1]?.kind !== 'heading') return rows
  const text = lineText(row.tokens).trim()
  // (A site's by its words: a notice's issuer signing it again, 某某县人民政府, or an essay's writer, 李子柒, is no banner.)
  if (!SITE_WORDS.test(text)) return rows
  const amidFurniture = (j: number) => [rows[j - 1], rows[j + 1]].some((near) => near !== undefined && FOOTER_KINDS.has(near.kind))
  // (In the footer: no story's text under it. An e-paper's list of the page's titles prints its first story's title
  // over the list, and again over its story: 排队不争抢 垃圾不落地 / … / 排队不争抢 垃圾不落地 / 江门日报讯 …)
  const inFooter = (j: number) => !rows.slice(j + 1).some(isStoryText)
  const again = rows.findIndex((later, j) => j > k + 1 && later.tokens.length === row.tokens.length && lineText(later.tokens).trim() === text && (later.kind === 'chrome' || amidFurniture(j)) && inFooter(j))
  return again > 0 ? rows.map((r, j) => (j === k || j === again ? readAs(r, 'chrome') : r)) : rows
}
/** What names a site: 网, 门户, 官方, 频道, 在线, 客户端. */
const SITE_WORDS = /网|門戶|门户|官方|频道|在线|客户端/
/** What a site's footer holds around its banner: its interface, the story's staff line. */
const FOOTER_KINDS: ReadonlySet<Row['kind']> = new Set(['chrome', 'editorLine'])

/**
 * A site's watermark: its name, perhaps with letters a scraper is meant to trip on, printed on a line of
 * its own again and again among the story's paragraphs (bbb保山日报网 / 微信图片_….jpg / bbb保山日报网 / 纸短情长,…):
 * interface set into the text, which goes on under it — neither a title nor a
 * paragraph. Only a line that names a site by its ending, printed WATERMARK_TIMES times or more: a transcript's
 * speaker, a poem's refrain, a table's repeated cell name no site.
 */
export const watermarks: Refinement = (rows) => {
  // (Only short lines are counted: most of a page's lines are longer than any watermark.)
  const texts = rows.map((row) => (WATERMARK_KINDS.has(row.kind) && row.tokens.length <= MAX_WATERMARK ? lineText(row.tokens).trim() : ''))
  const counts = new Map<string, number>()
  for (const text of texts) if (text !== '' && text.length <= MAX_WATERMARK) counts.set(text, (counts.get(text) ?? 0) + 1)
  const marks = new Set([...counts].filter(([text, count]) => count >= WATERMARK_TIMES && NAMES_SITE.test(text)).map(([text]) => text))
  if (marks.size === 0) return rows
  return rows.map((row, k) => (marks.has(texts[k]!) ? { ...readAs(row, 'chrome'), watermark: true } : row))
}
/** The rows a watermark is read from: text and heading lines, and interface already. */
const WATERMARK_KINDS: ReadonlySet<Kind> = new Set(['body', 'heading', 'chrome'])
/** How often a watermark is printed on its page, at the fewest. */
const WATERMARK_TIMES = 3
/** The longest watermark. */
const MAX_WATERMARK = 24
/**
 * A site's name by its ending, three characters at least: 保山日报网, 云报客户端. Not a notice's genre word (喜报, 捷报,
 * 快报, 简报: three notices each titled 喜报 are three notices), nor a site's address alone (www.bsnews.cn signing
 * each brief of a column, the briefs' own).
 */
const NAMES_SITE = /^(?![^ ]{0,4}(?:喜|捷|战|快|简|画|海|周|情|通)[报報]$).{1,}(?:网|網|报|報|客户端)$/u

/** A line of web page interface. */
export const chromeNode: RowNode = (row: Row, { context: { runner, factory } }): Chrome => ({ type: 'chrome', ...rowPhrase(row, runner, factory) })

/** Stands where page headers do; set into a story's text (interruptsText), in its body too. */
export const placeChrome: Placer = (row, assembly) => {
  assembly.stand(() => chromeNode(row, assembly), interruptsText(row) ? IN_TEXT : PAGE_HEADER_STANDS_IN)
}

/** Where what a site sets into a story's text stands: where page headers do, and in the body. */
const IN_TEXT: ReadonlySet<Placement> = new Set([...PAGE_HEADER_STANDS_IN, 'body'])


/** A site's summary field: 摘要:1月25日晚,我市召开…, 内容摘要:…, 【摘要】…, [摘要]…. */
const SUMMARY_FIELD = /^(?:(?:内容)?摘要 ?[:：]|[【[](?:内容)?摘要[】\]])/

/**
 * A site's summary of the story, a field between its title and its text (汉中市安全生产工作视频调度会召开 /
 * 发布时间:… / 摘要:1月25日晚,我市召开… / 1月25日晚,…): interface, the text it sums up under it. Not
 * inside the text (…判决书摘要如下: / 摘要:被告人…, a story quoting an abstract), nor where no text
 * follows it before the next title (an abstract that is the item: a paper's 摘要 over its 关键词, a
 * books column's 内容摘要 under each book).
 */
export const summaryFields: Refinement = (rows) => {
  let read: Row[] | undefined
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!
    if (row.kind !== 'body' || !SUMMARY_FIELD.test(lineText(row.tokens)) || !amongTitleFields(rows, k) || !textFollows(rows, k + 1)) continue
    read ??= rows.slice()
    read[k] = readAs(row, 'chrome')
  }
  return read ?? rows
}

/** What may stand between a story's title and its summary field: the site's other fields (its source too: 来源:劳动观察), the credit line. */
const OVER_SUMMARY: ReadonlySet<Row['kind']> = new Set(['chrome', 'stamp', 'byline', 'pageHeader', 'editorLine', 'masthead', 'sourceNote'])
/** A label's colon closing its line (判决书摘要如下：), or a field's after its few words (书名：…); a title's colon stands further in (罗一笑事件余波：深圳遭遇…). */
const LABEL_OR_FIELD = /[:：]$|^[^:：]{1,4}[:：]/

/** Whether the row at `k` stands under a story's title, only the site's fields between (not under a label, 判决书摘要如下：, or a field, 书名：…). */
const amongTitleFields = (rows: Row[], k: number): boolean => {
  let above = k - 1
  while (above >= 0 && OVER_SUMMARY.has(rows[above]!.kind)) above--
  return rows[above]?.kind === 'heading' && !LABEL_OR_FIELD.test(lineText(rows[above]!.tokens).trim())
}

/** Whether the story's text follows from `from` before the next title. */
const textFollows = (rows: Row[], from: number): boolean => {
  for (let k = from; k < rows.length && rows[k]!.kind !== 'heading'; k++) if (isStoryText(rows[k])) return true
  return false
}

/** A list's bullet alone on its line: -, •. (A middle dot alone parts an essay's sections as often.) */
const LONE_BULLET = /^[-•]$/
/**
 * Whether a listing's item opens at `k` as a news item does: its dateline, its credit line over its
 * text, or its title over either (not a closing note alone, nor a section's head over plain text).
 */
const opensItem = (rows: Row[], k: number): boolean => {
  const kind = rows[k]?.kind
  if (kind === 'heading') return rows[k + 1]?.kind === 'dateline' || opensItem(rows, k + 1)
  return kind === 'dateline' || (kind === 'byline' && isStoryText(rows[k + 1]))
}

/**
 * A listing's bullet alone on its line, its item's link lost in the copy (- / 本报讯(记者 韩晖)… / - /
 * 强化教育… / 新华社北京3月6日电…): the list's mark between its items, interface, each item a story of
 * its own. Only at the page's top or over a news item's opening (its dateline, its credit line, its
 * title over either): over plain text or a section's head, a separator inside a story stays the story's.
 */
export const listingBullets: Refinement = (rows) => {
  let read: Row[] | undefined
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!
    if (row.kind !== 'body' || !LONE_BULLET.test(lineText(row.tokens).trim())) continue
    if (k > 0 && !opensItem(rows, k + 1)) continue
    read ??= rows.slice()
    read[k] = readAs(row, 'chrome')
  }
  return read ?? rows
}

/** Every pattern of the convention, for the test that checks none backtracks. */
export const CHROME_PATTERNS: readonly RegExp[] = [ATTRIBUTE_CLOSED, PAGE_MARKER, FIRST_PAGE_MARKER, SUMMARY_FIELD, LONE_BULLET, STRAY_MARKS, LONE_SLASH, LATIN_LINE, SHARE_STEP, SHARE_TO, SITE_WINDOW_TITLE, SPONSOR_LINE, HOSTING_WORDS, HANDLE, NAV_BAR, APP_PROMO, READ_MORE_AT_END, NAMES_SITE, IMAGE_MARK, CUT_CRUMB, CRUMB_TO_TITLE, NO_REPRINT, SOURCE_TERMS, ORIGINAL_TERMS, CLAIMS_RIGHTS, ISSUE_FIELD, RIGHTS, NAVIGATION, SENTENCE_MARK, STORY_END, ...INTERFACE_LINES]
