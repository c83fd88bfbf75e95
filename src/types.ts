/**
 * The baozhi syntax tree: unist nodes for a Chinese newspaper page.
 *
 * Every node has `type` and `position` (1-based line/column, 0-based offset,
 * `end` exclusive) pointing into the ORIGINAL input string. Parents have
 * `children`; leaves have `value`, the characters exactly as printed.
 *
 * Content models are open registries, as in mdast: add a node type for your
 * own convention with
 *
 *   declare module 'baozhi' {
 *     interface IssueContentMap { weather: Weather }
 *   }
 */
import type {
  Data as UnistData,
  Literal as UnistLiteral,
  Node as UnistNode,
  Parent as UnistParent,
  Position,
} from 'unist'

export type { Position, Point } from 'unist'

// ---------------------------------------------------------------------------
// Registries (augment these to add node types)

/** Nodes that may stand at the top level of an issue. */
export interface IssueContentMap {
  page: Page
  masthead: Masthead
  pageHeader: PageHeader
  stamp: Stamp
  chrome: Chrome
  article: Article
  editorLine: EditorLine
  caption: Caption
  jumpLine: JumpLine
  paragraph: Paragraph
  table: Table
  editorsNote: EditorsNote
  sourceNote: SourceNote
  endMark: EndMark
  notice: Notice
}

/** Nodes that may stand directly in an article, in reading order. */
export interface ArticleContentMap {
  kicker: Kicker
  headline: Headline
  subheadline: Subheadline
  byline: Byline
  paragraph: Paragraph
  caption: Caption
  intertitle: Intertitle
  table: Table
  editorsNote: EditorsNote
  sourceNote: SourceNote
  /** Staff credits printed at the article's end (編輯：梁偉澄). */
  editorLine: EditorLine
  /** A section label inside the heading group of a web page (港聞). */
  pageHeader: PageHeader
  /** A web page's publication stamp inside the heading group (發佈日期 : 2018-08-02). */
  stamp: Stamp
  /** Web page interface text inside the heading group (列印, 文字大小). */
  chrome: Chrome
  signature: Signature
  /** The sign closing the story: (完), (未完待续), ◇. */
  endMark: EndMark
  /** A tip line or helpline box printed with the story. */
  notice: Notice
}

/** Phrasing content: what headlines, paragraphs and captions are made of. */
export interface InlineContentMap {
  text: Text
  layoutBreak: LayoutBreak
  dateline: Dateline
  date: DateNode
  list: List
  bookTitle: BookTitle
  columnTag: ColumnTag
}

export type IssueContent = IssueContentMap[keyof IssueContentMap]
export type ArticleContent = ArticleContentMap[keyof ArticleContentMap]
export type Inline = InlineContentMap[keyof InlineContentMap]

// ---------------------------------------------------------------------------
// Abstract nodes

/** Data attached to any node; `issue.data` also carries diagnostics. */
export interface Data extends UnistData {}

/** Every baozhi node: a unist node whose position is always present. */
export interface Node extends UnistNode {
  position: Position
  data?: Data
}

/**
 * A node with children. Its own children always have positions; the type
 * asks only for unist nodes, so node types users register that are built
 * on unist's own `Literal` or `Parent` (whose position is optional) fit.
 */
export interface Parent extends UnistParent {
  position: Position
  children: UnistNode[]
}

/** A leaf whose `value` is the printed text it stands for. */
export interface Literal extends UnistLiteral {
  position: Position
  value: string
}

// ---------------------------------------------------------------------------
// Root

/** A page or a whole issue: the root. */
export interface Issue extends Parent {
  type: 'issue'
  children: IssueContent[]
  data: IssueData
}

export interface IssueData extends Data {
  /** What the parser could not place with confidence, with positions. */
  diagnostics: Diagnostic[]
  /** The script the input was read as (detected, or forced by the `script` option). */
  script: 'simplified' | 'traditional'
  /** The issue's date, from the `issueDate` option or a page header, when known. */
  issueDate?: DateValue
}

// ---------------------------------------------------------------------------
// Page furniture

/**
 * One page of a multi-page issue, present only when the text holds several
 * numbered page headers; its children are what stands on that page.
 */
export interface Page extends Parent {
  type: 'page'
  /** The page number its header or footer prints. */
  page?: number
  section?: string
  date?: DateValue
  children: IssueContent[]
}

/** The paper's nameplate line, e.g. 忻州日报. */
export interface Masthead extends Parent {
  type: 'masthead'
  /** The paper's name as printed, e.g. 忻州日报. */
  paper: string
  children: Inline[]
}

/** A running page header or footer, e.g. 01版:要闻. */
export interface PageHeader extends Parent {
  type: 'pageHeader'
  /** The paper named, as printed (光明日报 2012年10月27日; a clipping's 275 .澳門日報 | … | 2019-05-23). */
  paper?: string
  /** Page number, where printed. */
  page?: number
  /** Section name, e.g. 要闻, where printed. */
  section?: string
  /** The issue's date, where printed. */
  date?: DateValue
  children: Inline[]
}

/** A web page's publication stamp, e.g. 發佈日期 : 2018-08-02. */
export interface Stamp extends Parent {
  type: 'stamp'
  /** The publication date. */
  date: DateValue
  children: Inline[]
}

/** A line of a web page's interface copied with the text, e.g. 列印 or 文字大小. */
export interface Chrome extends Parent {
  type: 'chrome'
  children: Inline[]
}

/** A continuation line, e.g. (下转第2版), or a teaser's pointer to its story (●详见 3 版). */
export interface JumpLine extends Parent {
  type: 'jumpLine'
  /** `to`: continued on another page; `from`: continued from one. */
  direction: 'to' | 'from'
  /** The other page, as a number where it can be read as one. */
  page?: number
  children: Inline[]
}

/** A staff line such as 本版责编:鲁明强; never an article's author. */
export interface EditorLine extends Parent {
  type: 'editorLine'
  /** The date Taiwan's papers print after an editor's closing credit: （編輯：方沛清）1140710 → 2025-07-10. */
  date?: DateValue
  children: Array<Credit | Text>
}

// ---------------------------------------------------------------------------
// Articles

/** One story: its heading group, credits, body and closing signature. */
export interface Article extends Parent {
  type: 'article'
  /** The page this article continues on, from its jump line (下转第2版), or a teaser's pointer (详见3版). */
  continuedOn?: number
  /** The page this article continues from (上接第1版). */
  continuedFrom?: number
  children: ArticleContent[]
}

/** 引题: the line printed above the headline. */
export interface Kicker extends Parent {
  type: 'kicker'
  children: Inline[]
}

/** 主题: the headline. */
export interface Headline extends Parent {
  type: 'headline'
  children: Inline[]
}

/** 副题: a line below the headline, including "——记…" subtitles. */
export interface Subheadline extends Parent {
  type: 'subheadline'
  children: Inline[]
}

/** A standalone credit line, e.g. 本报记者 张建国. */
export interface Byline extends Parent {
  type: 'byline'
  children: Array<Credit | Text>
}

/** A body paragraph, re-joined where layout broke it across lines. */
export interface Paragraph extends Parent {
  type: 'paragraph'
  children: Inline[]
}

/** An editor's note: a paragraph opened by 编者按 or signed ——编者. */
export interface EditorsNote extends Parent {
  type: 'editorsNote'
  children: Inline[]
}

/** Where a table's or chart's figures come from: 数据来源：国家统计局. */
export interface SourceNote extends Parent {
  type: 'sourceNote'
  /** The source as printed, e.g. 国家统计局. */
  source: string
  children: Inline[]
}

/** A table copied one cell per line, rebuilt row by row; the first row is its header. */
export interface Table extends Parent {
  type: 'table'
  children: TableRow[]
}

/** One row of a table. */
export interface TableRow extends Parent {
  type: 'tableRow'
  children: TableCell[]
}

/** One cell of a table: one printed line. */
export interface TableCell extends Parent {
  type: 'tableCell'
  children: Inline[]
}

/** 小标题: a section heading inside an article's body. */
export interface Intertitle extends Parent {
  type: 'intertitle'
  children: Inline[]
}

/** A photo caption, e.g. 图为工人们正在拆除路灯, with its photographer's credit where printed. */
export interface Caption extends Parent {
  type: 'caption'
  children: Array<Inline | Credit>
}

/**
 * The credit that closes an article: (张晔), ■記者蔡少玲, （文/图 汪路勇）,
 * 作者：刘俊（来源：广州日报）, （編輯：方沛清）1140710.
 */
export interface Signature extends Literal {
  type: 'signature'
  /** The role, where printed (记者, 文/图, 作者…). */
  role?: string
  /** The names, without brackets or padding (none for a bare date code). */
  names: string[]
  /** Taiwan's closing date code (1140710 → 2025-07-10), where printed. */
  date?: DateValue
}

/**
 * The sign a paper or agency prints where a story ends, on its own line:
 * （完）, 【完】, ——完——, ◇; （未完待续） when it goes on in a later issue.
 * It closes the article.
 */
export interface EndMark extends Literal {
  type: 'endMark'
  /** Whether the mark says the story goes on (未完待续, 待续). */
  continued?: boolean
}

/**
 * What a paper prints with a story for its readers, not part of it: a tip
 * line (■明報報料熱線﹕inews@mingpao.com/ 9181 4676, 新闻热线：968111), or a
 * helpline box, its title and one line per service (防止自殺求助熱線： /
 * 生命熱線： 2382 0000 …, 《蘋果》關心你). It closes the article.
 */
export interface Notice extends Parent {
  type: 'notice'
  /** `tipLine`: where to send news; `helpline`: where to call for help. */
  kind: 'tipLine' | 'helpline'
  children: Inline[]
}

// ---------------------------------------------------------------------------
// Inline

/** Plain text, exactly as printed. */
export interface Text extends Literal {
  type: 'text'
}

/**
 * A line break that layout put inside a paragraph or word (…严禁一切野 / 外用火…).
 * Not part of the text: `toString` skips it.
 */
export interface LayoutBreak extends Literal {
  type: 'layoutBreak'
}

/** The opening formula of a story: 本报讯 (记者杨峰雷), 本报北京5月9日电, 新华社…. */
export interface Dateline extends Parent {
  type: 'dateline'
  /**
   * Who files the story, as printed: 本报讯, 本报, 新华社…; absent when the
   * dateline names no outlet (〔記者陳彥廷／屏東報導〕).
   */
  source?: string
  /** Where it was filed, e.g. 北京; absent when not printed. */
  place?: string
  /**
   * The story's date: from the dateline itself (…5月9日电) or, when the
   * dateline has none, the calendar date the lead opens with
   * (本报讯 (记者杨峰雷)5月9日,…). A relative date there (本报讯 昨日,…) is
   * not the dateline's: it is the lead's `date` node, resolved against the
   * issue's date.
   */
  date?: DateValue
  /** The source text, punctuation and the bracketed credits. */
  children: Array<Credit | Text | DateNode>
}

/** A credit: a role and the people who hold it, e.g. 记者杨峰雷. */
export interface Credit extends Literal {
  type: 'credit'
  /**
   * The role as printed, an outlet before it included: 记者, 通讯员, 本报记者,
   * 本版责编, 深圳商报记者; 摄 for a photographer. Absent for a bare name (■ 李 文).
   */
  role?: string
  /**
   * The outlet the credit names: printed before the role (本报, 本版, 深圳商报),
   * or the wire source of the dateline the credit stands in (中央社).
   */
  affiliation?: string
  /** The names, without separators or padding. */
  names: string[]
  /** Where the story was filed, when printed after the names: 本报记者 李静 青岛报道. */
  place?: string
  /** An address or number printed for the role instead of names: 本版邮箱：xzrb@163.com. */
  contact?: string
}

/**
 * A date in the text: 5月9日, 2019年5月9日, or relative to the issue
 * (昨日, 今天, 日前). Its numbers are the ones printed; where the text
 * leaves some out and the issue date is known, `resolved` gives the
 * calendar date they complete to.
 */
export interface DateNode extends Literal {
  type: 'date'
  year?: number
  month?: number
  day?: number
  /** For a relative date, the word as read (simplified): 昨日, 今天, 日前…. */
  relative?: string
  /** The calendar date, completed from the issue date (昨日 in an issue of 2020-05-01 → 2020-04-30). */
  resolved?: CalendarDate
}

/** An ordinal list run into the text: 一是…二是…, 一要…, 第一…, 首先…其次…. */
export interface List extends Parent {
  type: 'list'
  /** The marker family, named by its first marker: 一是, 一要, 第一, 首先…. */
  style: string
  children: ListItem[]
}

/** One item of a list: its marker and the text up to the next marker. */
export interface ListItem extends Parent {
  type: 'listItem'
  /** 1-based position in the list. */
  ordinal: number
  /** The marker as printed: 一是, 二是…. */
  marker: string
  children: Inline[]
}

/** A column or topic tag printed with a heading: （专题深思）, 【許金山案】. */
export interface ColumnTag extends Parent {
  type: 'columnTag'
  /** The tag without its brackets. */
  label: string
  children: Inline[]
}

/** A title in book-title marks: 《忻州市5G基建服务专班实施方案》. */
export interface BookTitle extends Parent {
  type: 'bookTitle'
  /** The title without its marks. */
  title: string
  children: Inline[]
}

// ---------------------------------------------------------------------------
// Values and diagnostics

/** A date as the numbers printed, with the printed form it was read from. */
export interface DateValue {
  year?: number
  month?: number
  day?: number
  /** The characters it was read from, e.g. 5月9日, 昨日. */
  raw: string
  /**
   * The calendar date, where the text leaves numbers out and the issue
   * date completes them (台北29日電 in an issue of 2013-10-30 → 2013-10-29).
   * The numbers above stay what was printed.
   */
  resolved?: CalendarDate
}

/** A whole calendar date. */
export interface CalendarDate {
  year: number
  month: number
  day: number
}

/** A message about something the parser could not place with confidence. */
export interface Diagnostic {
  /** A stable identifier, e.g. `orphan-text`. */
  code: string
  message: string
  position: Position
}

/** Any node in a baozhi tree. */
export type BaozhiNode =
  | Issue
  | IssueContent
  | ArticleContent
  | Inline
  | Credit
  | ListItem
  | TableRow
  | TableCell
