/**
 * Block assembly: classified lines (classify.ts) → mastheads, page headers,
 * articles, editor lines, captions, jump lines and stray paragraphs, in one
 * sweep:
 *
 *   article := headingGroup byline* (paragraph | intertitle | caption)* signature? editorLine*
 *
 * Paragraph pieces that layout broke across lines are re-joined: a piece
 * that does not close a sentence continues into the next (grammar/layout.ts).
 */
import { tokenMatcher, type IToken } from 'chevrotain'
import type { NodeFactory } from '../../grammar/factory'
import { WIDE_GAP, closesParagraph, headingRoles, isEditorsNote, isIntertitleLike, isLabel, printedLength, trimmed, type Line } from '../../grammar/layout'
import { PhotoBy } from '../../grammar/tokens'
import type { Article, ArticleContent, Diagnostic, IssueContent, Paragraph } from '../types'
import { classify, lineText, type FurnitureWords, type Row } from './classify'
import type { ConfiguredConstruct } from '../configure'
import { splitLines } from './lines'
import { HAN_CLASS } from '../../grammar/han'
import { closingCredit, splitSignature } from '../../grammar/constructs/signature'
import { captionNode, sharesSubject } from '../../grammar/constructs/caption'
import { buildSafely } from './safety-net'
import { findHeadingGroups, freshGroup, type Group } from './groups'
import {
  gluedLead,
  creditLine,
  end,
  furnitureNode,
  headingInlines,
  jumpLineNode,
  rowPhrase,
  sourceNoteNode,
  tableNode,
  start,
} from './nodes'
import type { RuleRunner } from './rule-runner'

interface BuildInput {
  /** The normalized text the tokens were read from. */
  text: string
  tokens: IToken[]
  runner: RuleRunner
  factory: NodeFactory
  diagnostics: Diagnostic[]
  furnitureWords: FurnitureWords
  /** Extensions' line constructs. */
  constructs?: ConfiguredConstruct[]
  /** Development checks: an extension's invalid node throws instead of being reported. */
  strict?: boolean
}

export function buildBlocks(input: BuildInput): IssueContent[] {
  // Lines are split here and let go after classification: rows keep what they need.
  const build = (lines: Line[]) => {
    const rows = classify(lines, input.text, input.runner, input.factory, input.furnitureWords, input.constructs, input)
    return sweep(rows, findHeadingGroups(rows), input)
  }
  return buildSafely(splitLines(input.tokens), build, input.diagnostics, input.factory)
}

const TEXT_ROWS = new Set(['body', 'dateline', 'heading'])

/**
 * The usual number of blank lines between two lines of text on the page;
 * 1 when the page has too few to tell (then broken pieces are re-joined).
 */
function usualGap(rows: Row[]): number {
  const gaps = rows
    .filter((row, k) => k > 0 && TEXT_ROWS.has(row.kind) && TEXT_ROWS.has(rows[k - 1]!.kind))
    .map((row) => row.gap)
  if (gaps.length === 0) return 1
  return gaps.sort((a, b) => a - b)[gaps.length >> 1]!
}

/** How wide the page's text column is: the 75th percentile of body line lengths. */
function columnWidth(rows: Row[]): number {
  const lengths = rows.filter((row) => row.kind === 'body').map((row) => printedLength(row.tokens))
  if (lengths.length === 0) return 0
  return lengths.sort((a, b) => a - b)[Math.floor(lengths.length * 0.75)]!
}

/** A number opening a heading, straight before its Han text (１设置一批…). */
const NUMBERED_HEAD = new RegExp(`^([1-9][0-9]?)(?=[${HAN_CLASS}])`)

/**
 * Heading lines that number a story's sections (１设置一批… ２施工伤树…):
 * each opens with a number, and the number before or after it opens another.
 */
function numberedHeads(rows: Row[]): Set<number> {
  const numbers = new Map<number, number>()
  rows.forEach((row, k) => {
    if (row.kind !== 'heading') return
    const m = NUMBERED_HEAD.exec(lineText(row.tokens))
    if (m) numbers.set(k, Number(m[1]))
  })
  const present = new Set(numbers.values())
  const heads = new Set<number>()
  for (const [k, n] of numbers) if (present.has(n + 1) || present.has(n - 1)) heads.add(k)
  return heads
}

/** A column narrower than this is no column a heading could be wrapped by. */
const MIN_WRAP_COLUMN = 12
/** The share of body lines that must have one length for a page to be hard-wrapped. */
const WRAPPED_SHARE = 0.3
const MIN_WRAPPED_LINES = 3

/**
 * The width a page was hard-wrapped at (OCR of a column, text cut at a
 * fixed width): the one length most body lines share exactly. Undefined for
 * pages whose lines are paragraphs or pieces of varying length.
 */
function wrapWidth(rows: Row[]): number | undefined {
  const counts = new Map<number, number>()
  let body = 0
  for (const row of rows) {
    if (row.kind !== 'body' && row.kind !== 'heading') continue
    body++
    const length = printedLength(row.tokens)
    counts.set(length, (counts.get(length) ?? 0) + 1)
  }
  let best: number | undefined
  let most = 0
  for (const [length, count] of counts) if (count > most || (count === most && length > best!)) [best, most] = [length, count]
  if (best === undefined || best < MIN_WRAP_COLUMN || most < MIN_WRAPPED_LINES || most < WRAPPED_SHARE * body) return undefined
  return best
}

/** A line of intertitle at most. */
const MAX_INTERTITLE_LINES = 4
/** A line this share of the column wide or more was broken by the column's edge. */
const FULL_LINE = 0.8

function sweep(rows: Row[], groups: Map<number, Group>, input: BuildInput): IssueContent[] {
  const { runner, factory, diagnostics, tokens } = input
  const paragraphGap = usualGap(rows)
  const numbered = numberedHeads(rows)
  const column = columnWidth(rows)
  /**
   * Whether a piece that does not close its sentence runs on into the next
   * line. On pages that set paragraphs apart with blank lines, always; on
   * pages of one line per paragraph, only when the line reaches the column's
   * edge (hard-wrapped text) and does not end a clause with ；(…到前方站待命；
   * closes one of a run of enumerating paragraphs), so short lines such as
   * table cells stand alone.
   */
  const continuesOnNextLine = (piece: Row) =>
    paragraphGap > 0 || (printedLength(piece.tokens) >= FULL_LINE * column && piece.tokens.at(-1)!.image !== ';')
  const root: IssueContent[] = []
  let article: Article | undefined
  let pieces: Row[] = []
  /** The page the last jump line pointed from, for the next article. */
  let continuedFrom: number | undefined

  // Whether the open article has a paragraph yet. Read incrementally
  // (children are only ever appended): a run of credit lines asks at each.
  let bodyScan: { article: Article; read: number; found: boolean } | undefined
  const hasBody = () => {
    if (!article) return false
    if (bodyScan?.article !== article) bodyScan = { article, read: 0, found: false }
    const { children } = article
    for (; !bodyScan.found && bodyScan.read < children.length; bodyScan.read++) {
      if (children[bodyScan.read]!.type === 'paragraph') bodyScan.found = true
    }
    return bodyScan.found
  }
  const container = (): Array<IssueContent | ArticleContent> => (article ? article.children : root)
  /**
   * The article its closing lines just ended (a signature, then staff
   * lines): the last thing on the page, with nothing after it yet.
   */
  const signedArticle = (): Article | undefined => {
    const last = root.at(-1)
    const closing = last?.type === 'article' ? last.children.at(-1)?.type : undefined
    return closing === 'signature' || closing === 'editorLine' ? (last as Article) : undefined
  }

  const flushParagraph = () => {
    if (pieces.length === 0) return
    const range = tokens.slice(pieces[0]!.from, pieces.at(-1)!.to + 1)
    pieces = []
    // Only an article has a signature; elsewhere the bracket stays text.
    const split = article ? splitSignature(range, runner, factory) : { body: range, closing: undefined, stamp: undefined }
    const { closing, stamp } = split
    let { body } = split
    const glued = article && !hasBody() ? gluedLead(body, runner) : 0
    if (glued > 0) {
      // 就废弃茶叶被转手事件发声明本报讯（记者刘俊）…: a subheadline glued to
      // the lead; …新华社记者 谢环驰 摄新华社北京12月5日电…: a photo caption.
      const lead = trimmed(body.slice(0, glued))
      const photo = tokenMatcher(lead.at(-1)!, PhotoBy)
      article!.children.push({
        type: photo ? 'caption' : 'subheadline',
        children: runner.inline(lead, 'phrase'),
        position: factory.position(start(lead), end(lead)),
      })
      body = body.slice(glued)
    }
    if (body.length > 0 && isEditorsNote(body)) {
      // 编者按：… / …——编  者: the editor's word, not the story's.
      container().push({ type: 'editorsNote', children: runner.inline(body, 'paragraph'), position: factory.position(start(body), end(body)) })
    } else if (body.length > 0) {
      const paragraph: Paragraph = {
        type: 'paragraph',
        children: runner.inline(body, 'paragraph'),
        position: factory.position(start(body), end(body)),
      }
      if (!article) {
        diagnostics.push({
          code: 'orphan-text',
          message: 'text outside any article (no headline or dateline before it)',
          position: paragraph.position,
        })
      }
      container().push(paragraph)
    }
    if (closing && article) {
      article.children.push(closing)
      closeArticle()
    }
    // A bare date code (…潛力獎。1021029) is the page's stamp, after the article.
    if (stamp) {
      closeArticle()
      root.push(stamp)
    }
  }

  const closeArticle = () => {
    flushParagraph()
    if (!article) return
    if (!hasBody()) {
      diagnostics.push({ code: 'no-body', message: 'article has a heading but no paragraphs', position: article.position })
    }
    article.position = { start: article.position.start, end: article.children.at(-1)!.position.end }
    article = undefined
  }

  const wrap = wrapWidth(rows)
  /** A line as wide as the column of a hard-wrapped page. */
  const fullWidth = (row: Row) => wrap !== undefined && printedLength(row.tokens) >= wrap

  /**
   * A heading line as wide as the column, with the next heading line
   * straight under it, was wrapped by the column's edge (OCR of a narrow
   * column: 市委专题会议暨市疫情防控工作领导小组第四 / 十二次会议召开): one heading.
   */
  const unwrapHeadings = (heads: Row[]): Row[] => {
    const out: Row[] = []
    for (const row of heads) {
      const previous = out.at(-1)
      const wrapped =
        previous?.kind === 'heading' &&
        row.kind === 'heading' &&
        row.gap === 0 &&
        fullWidth(previous) &&
        !closesParagraph(previous.tokens)
      if (wrapped) out[out.length - 1] = { ...previous, tokens: tokens.slice(previous.from, row.to + 1), to: row.to }
      else out.push(row)
    }
    return out
  }

  /**
   * The node of a heading group's row that is not a heading line: a byline,
   * a caption, a source note, page furniture, an extension's construct.
   */
  const groupRowNode = (row: Row): ArticleContent => {
    switch (row.kind) {
      case 'byline':
        return creditLine('byline', row, factory)
      case 'caption':
        return captionNode(row, tokens, runner, factory)
      case 'sourceNote':
        return sourceNoteNode(row, runner, factory)
      case 'extension':
        return row.node as ArticleContent
      default:
        return furnitureNode(row, runner, factory)
    }
  }

  const openArticle = (group: Group, at: Row) => {
    closeArticle()
    const heads = unwrapHeadings(group.heads)
    const headings = heads.filter((row) => row.kind === 'heading')
    const roles = headingRoles(headings.map((row) => row.tokens))
    const children: ArticleContent[] = heads.map((row) => {
      if (row.kind !== 'heading') return groupRowNode(row)
      const position = factory.position(start(row.tokens), end(row.tokens))
      return { type: roles[headings.indexOf(row)]!, children: headingInlines(row.tokens, runner, factory), position }
    })
    for (const row of group.bylines) children.push(groupRowNode(row))
    const position = children[0]?.position ?? factory.position(start(at.tokens), end(at.tokens))
    article = { type: 'article', children, position }
    if (continuedFrom !== undefined) article.continuedFrom = continuedFrom
    continuedFrom = undefined
    root.push(article)
  }

  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!
    if (row.gap >= WIDE_GAP) closeArticle()
    const group = groups.get(k) ?? (!article && row.kind === 'heading' ? freshGroup(rows, k) : undefined)
    if (group) {
      openArticle(group, row)
      k = group.next - 1
      continue
    }
    switch (row.kind) {
      case 'masthead':
        closeArticle()
        root.push({
          type: 'masthead',
          paper: factory.source(row.paper!.startOffset, row.paper!.startOffset + row.paper!.image.length),
          ...rowPhrase(row, runner, factory),
        })
        break
      case 'pageHeader':
      case 'stamp':
      case 'chrome':
        // Inside a heading group (a web page's section, stamp and
        // controls under its title) it is the article's; elsewhere the page's.
        if (article && !hasBody() && pieces.length === 0) {
          article.children.push(furnitureNode(row, runner, factory))
        } else {
          closeArticle()
          root.push(furnitureNode(row, runner, factory))
        }
        break
      case 'jumpLine': {
        const jump = jumpLineNode(row, runner, factory)
        if (article && jump.direction === 'to' && jump.page !== undefined) article.continuedOn = jump.page
        closeArticle()
        root.push(jump)
        if (jump.direction === 'from') continuedFrom = jump.page
        break
      }
      case 'editorLine': {
        // Staff lines right after an article (編輯：梁偉澄), also after the
        // signature that closed it (（赵敏） / 责任编辑：孙丽), belong to it; a
        // page's own (本版责编) and stray ones stand at the top level.
        flushParagraph()
        const pageStaff = row.credits!.some((c) => c.affiliation === '本版')
        const owner = pageStaff ? undefined : article ?? (row.gap < WIDE_GAP ? signedArticle() : undefined)
        const line = creditLine('editorLine', row, factory)
        if (owner) {
          owner.children.push(line)
          if (owner !== article) owner.position = { start: owner.position.start, end: line.position.end }
        } else {
          closeArticle()
          root.push(line)
        }
        break
      }
      case 'byline':
        if (article && (hasBody() || pieces.length > 0) && rows[k + 1]?.kind === 'body' && !groups.has(k + 1)) {
          // Body text follows, so this is no closing credit: 记者手记 is an intertitle.
          row.kind = 'heading'
          k--
          break
        }
        flushParagraph()
        if (article && (hasBody() || pieces.length > 0)) {
          // After the body, a credit line closes the article: ■記者蔡少玲.
          article.children.push(closingCredit(row, factory))
        } else if (article) {
          article.children.push(creditLine('byline', row, factory))
        } else {
          openArticle({ heads: [], bylines: [row], next: k + 1 }, row)
        }
        break
      case 'caption': {
        flushParagraph()
        const caption = captionNode(row, tokens, runner, factory)
        // A caption set apart after a story (图为工人们正在拆除路灯 under the
        // street-light story) is that story's photo when it names its subject.
        const last = root.at(-1)
        if (!article && last?.type === 'article' && sharesSubject(row, last, input.text)) {
          last.children.push(caption)
          last.position = { start: last.position.start, end: caption.position.end }
        } else {
          container().push(caption)
        }
        break
      }
      case 'sourceNote':
        flushParagraph()
        container().push(sourceNoteNode(row, runner, factory))
        break
      case 'tableCell': {
        // Cells are marked table by table; the first one holds the table.
        const table = row.table!
        flushParagraph()
        container().push(tableNode(rows.slice(table.from, table.to), table.columns, runner, factory))
        k = table.to - 1
        break
      }
      case 'extension': {
        // Where an extension's construct stands: in the article (going on,
        // or closing it), else at the top level.
        flushParagraph()
        const standsIn = row.construct!.standsIn
        const joins = article && (standsIn.has('body') || standsIn.has('closing') || (standsIn.has('heading') && !hasBody()))
        if (!joins) closeArticle()
        ;(container() as unknown[]).push(row.node)
        if (joins && standsIn.has('closing') && !standsIn.has('body')) closeArticle()
        break
      }
      case 'dateline':
        flushParagraph()
        if (!article) openArticle({ heads: [], bylines: [], next: k }, row)
        pieces.push(row)
        break
      default: {
        // After (上接第1版), text with no heading of its own is the continuation.
        if (!article && continuedFrom !== undefined) openArticle({ heads: [], bylines: [], next: k }, row)
        const previous = pieces.at(-1)
        const closed = !previous || closesParagraph(previous.tokens) || !continuesOnNextLine(previous)
        // 小标题: heading lines between finished paragraphs of an article.
        if (article && closed && (hasBody() || previous) && row.kind === 'heading' && isIntertitleLike(row.tokens)) {
          // One to four lines straight under each other (以精细化运营 / 激活增量与存量市场);
          // a longer run of short lines is a table, not a title.
          // A numbered head (１设置一批…, ２施工伤树…) stands alone.
          let last = k
          // A line with a clause in it (先来看看，…职责是什么) is body, not title.
          const titleLine = (j: number) => rows[j]!.kind === 'heading' && rows[j]!.gap === 0 && !numbered.has(j) && isIntertitleLike(rows[j]!.tokens)
          while (last + 1 < rows.length && titleLine(last + 1)) last++
          const run = rows.slice(k, last + 1)
          const above = rows[k - 1]
          const runStarts = row.gap > 0 || above?.kind !== 'heading' || !isIntertitleLike(above.tokens) || numbered.has(k)
          // A line as wide as the column is wrapped text, not a title (OCR of a narrow column).
          const titled =
            runStarts && run.length <= MAX_INTERTITLE_LINES && run.every((r) => isIntertitleLike(r.tokens) && !fullWidth(r))
          // …followed by body text, set apart as the page sets paragraphs apart
          // (a short line with text straight under it on a page of blank-line
          // paragraphs is a broken piece); table cells are not followed by body.
          // A box head may stand over the first numbered head (条例亮点 / １设置…),
          // a table's title over its table.
          const after = rows[last + 1]
          const bodyLike = after?.kind === 'body' || (after?.kind === 'heading' && !isIntertitleLike(after.tokens))
          const bodyFollows =
            (after !== undefined && bodyLike && after.gap < WIDE_GAP && (after.gap > 0 || paragraphGap === 0)) ||
            (after !== undefined && (numbered.has(last + 1) || after.kind === 'tableCell') && after.gap < WIDE_GAP)
          // A box's label over its headline, then body (编辑点评 / 家长的安全监管没有假期):
          // a sidebar article of its own, kicker and headline.
          // (A label alone over body text, 背景 / …, may as well be a section head: it stays one.)
          const sidebar = runStarts && run.length >= 2 && input.furnitureWords.sidebarLabels.includes(lineText(row.tokens).trim())
          if (sidebar && bodyFollows) {
            flushParagraph()
            openArticle({ heads: run, bylines: [], next: last + 1 }, row)
            k = last
            break
          }
          // A signature on the paragraph before closes the article (the
          // flush must come first): then the line heads the next article.
          if (titled && bodyFollows) flushParagraph()
          const fresh = titled && bodyFollows && !article ? freshGroup(rows, k) : undefined
          if (fresh) {
            openArticle(fresh, row)
            k = fresh.next - 1
            break
          }
          if (titled && bodyFollows && article) {
            // A short section head over its sub-head (审议意见 / 审议会议提出问询的主要问题):
            // two levels, two intertitles.
            const split = run.length >= 2 && isLabel(row.tokens, run[1]!.tokens) ? [[row], run.slice(1)] : [run]
            for (const part of split) {
              const range = tokens.slice(part[0]!.from, part.at(-1)!.to + 1)
              article.children.push({
                type: 'intertitle',
                children: runner.inline(range, 'phrase'),
                position: factory.position(start(range), end(range)),
              })
            }
            k = last
            break
          }
        }
        if (previous && closed) flushParagraph()
        pieces.push(row)
      }
    }
  }
  closeArticle()
  return root
}
