/**
 * The assembler's state as it walks a page's rows (src/assemble/assembler.ts),
 * and the few things constructs do to it. It is a state machine:
 *
 *   top      no article is open: a line stands at the page's top level
 *   heading  an article is open and holds only its heading group so far
 *   body     the article has body text (paragraphs, or pieces being gathered)
 *   closing  no article is open, and the last one was just closed by its
 *            signature or a staff line: staff lines may still join it
 *
 * following the document grammar
 *
 *   article := headingGroup byline* (paragraph | intertitle | caption | table | section signature | …)* signature? (endMark | notice)? editorLine*
 *
 * Constructs (grammar/constructs/) decide where their rows stand; a
 * construct that may stand in several states says which (`stand`), and the
 * `ADMITS` table turns that into a place.
 */
import type { IToken } from 'chevrotain'
import type { CopyColumn } from '../../grammar/page-shape'
import type { NodeFactory } from '../../grammar/factory'
import type { Placement } from '../configure'
import type { Article, ArticleContent, Diagnostic, IssueContent } from '../types'
import type { Row, FurnitureWords } from './row'
import type { RowStream } from './row-stream'
import type { RuleRunner } from './rule-runner'
import type { PageShape } from '../../grammar/page-shape'
import { articleOpening, type Group } from '../../grammar/constructs/heading-group'
import { endParagraph } from '../../grammar/constructs/paragraph'
import { runAfter, type ListRun } from '../../grammar/constructs/list'
import { ROW_NODES } from '../../grammar/constructs'
import { creditOverTitle, mayTakeCredit, takesCreditOver } from '../../grammar/constructs/byline'
import { end, start } from './row'

/** What constructs build with. */
export interface BuildContext {
  /** The normalized text the tokens were read from. */
  text: string
  tokens: IToken[]
  runner: RuleRunner
  factory: NodeFactory
  diagnostics: Diagnostic[]
  furnitureWords: FurnitureWords
  /** A hard-wrapped copy's column, where normalization took its line breaks out (src/normalize/unwrap.ts). */
  column?: CopyColumn
}

/** What closes an article: after one of these, only staff lines and closing parts still join it. */
const CLOSING_PARTS: ReadonlySet<string> = new Set(['signature', 'editorLine', 'endMark', 'notice'])

export type State = 'top' | 'heading' | 'body' | 'closing'

/** The states in which a line that may stand somewhere joins the open article. */
const ADMITS: Record<Placement, ReadonlySet<State>> = {
  heading: new Set(['heading']),
  body: new Set(['heading', 'body']),
  closing: new Set(['heading', 'body']),
  top: new Set(),
}

export class Assembly {
  /** The page's top level. */
  readonly root: IssueContent[] = []
  /** The open article. */
  article: Article | undefined
  /** The page the last jump line pointed from, for the next article. */
  continuedFrom: number | undefined
  /** Rows of the paragraph being gathered (layout broke it into pieces). */
  private pieces: Row[] = []
  /** The list the paragraph being gathered holds so far (grammar/constructs/list.ts). */
  listRun: ListRun
  /**
   * Whether the open article has a paragraph yet, read incrementally
   * (children are only ever appended): a run of credit lines asks at each.
   */
  private bodyScan: { article: Article; read: number; found: boolean } | undefined

  constructor(
    readonly rows: RowStream,
    readonly context: BuildContext,
    readonly page: PageShape,
    /** Heading groups found before their openers, by their first row. */
    readonly groups: ReadonlyMap<Row, Group>,
  ) {}

  state(): State {
    if (this.article) return this.pieces.length > 0 || this.hasBody() ? 'body' : 'heading'
    return this.signedArticle() ? 'closing' : 'top'
  }

  /** How far the page's nodes have been read for an article (they only grow), and the first found. */
  private articleScan: { read: number; first?: Article } = { read: 0 }

  /** The page's first article, once it has one (read incrementally: asked for line after line). */
  private firstArticle(): Article | undefined {
    const scan = this.articleScan
    for (; !scan.first && scan.read < this.root.length; scan.read++) {
      const node = this.root[scan.read]!
      if (node.type === 'article') scan.first = node
    }
    return scan.first
  }

  /** Whether the page holds an article yet. */
  hasArticle(): boolean {
    return this.firstArticle() !== undefined
  }

  /** Whether the open article is the page's first. */
  openedFirst(): boolean {
    return this.article !== undefined && this.firstArticle() === this.article
  }

  /** Whether the open article has a paragraph. */
  hasBody(): boolean {
    const { article } = this
    if (!article) return false
    if (this.bodyScan?.article !== article) this.bodyScan = { article, read: 0, found: false }
    const scan = this.bodyScan
    const { children } = article
    for (; !scan.found && scan.read < children.length; scan.read++) {
      if (children[scan.read]!.type === 'paragraph') scan.found = true
    }
    return scan.found
  }

  /** Whether the open article has body text, written or being gathered. */
  hasText(): boolean {
    return this.hasBody() || this.pieces.length > 0
  }

  /**
   * The article its closing lines just ended (a signature, an end mark or
   * a notice, then staff lines): the last thing on the page, with nothing
   * after it yet.
   */
  signedArticle(): Article | undefined {
    const last = this.root.at(-1)
    const closing = last?.type === 'article' ? last.children.at(-1)?.type : undefined
    return closing !== undefined && CLOSING_PARTS.has(closing) ? (last as Article) : undefined
  }

  /** The last piece of the paragraph being gathered. */
  lastPiece(): Row | undefined {
    return this.pieces.at(-1)
  }

  /** Adds a line to the paragraph being gathered. */
  gather(row: Row): void {
    this.pieces.push(row)
    this.listRun = runAfter(this.listRun, row)
  }

  /** Ends the paragraph being gathered (grammar/constructs/paragraph.ts). */
  flush(): void {
    if (this.pieces.length === 0) return
    const range = this.context.tokens.slice(this.pieces[0]!.from, this.pieces.at(-1)!.to + 1)
    this.pieces = []
    this.listRun = undefined
    endParagraph(range, this)
  }

  /** Closes the open article, its paragraph first. */
  close(): void {
    this.flush()
    const { article } = this
    if (!article) return
    if (!this.hasBody()) {
      this.context.diagnostics.push({ code: 'no-body', message: 'article has a heading but no paragraphs', position: article.position })
    }
    article.position = { start: article.position.start, end: article.children.at(-1)!.position.end }
    this.article = undefined
  }

  /** Whether the open article holds only the credit printed over its title, and `row` may be that title (byline.ts creditOverTitle). */
  awaitsTitle(row: Row): boolean {
    return mayTakeCredit(row) && this.creditHeld() !== undefined
  }

  /** What the open article holds, if only the credit printed over its title (byline.ts creditOverTitle). */
  private creditHeld(): Article['children'] | undefined {
    return creditOverTitle(this.article, this.pieces.length > 0)
  }

  /** Opens an article with a heading group (empty for a dateline or byline that opens one alone). */
  open(group: Group, at: Row): void {
    // (A title under a story its credit opened heads that story: the credit was printed over it.)
    const held = this.root.at(-1) === this.article ? this.creditHeld() : undefined
    const over = held && takesCreditOver(group, held) ? held : undefined
    if (over) {
      this.root.pop()
      this.article = undefined
    } else this.close()
    const children = [...(over ?? []), ...articleOpening(group, this)]
    const { factory } = this.context
    const position = children[0]?.position ?? factory.position(start(at.tokens), end(at.tokens))
    const article: Article = { type: 'article', children, position }
    if (this.continuedFrom !== undefined) article.continuedFrom = this.continuedFrom
    this.continuedFrom = undefined
    this.article = article
    this.root.push(article)
    // An opening that ends with its signature is a whole story (photo news under its title: caption.ts).
    if (children.at(-1)?.type === 'signature') this.close()
  }

  /** Adds a node where the assembler stands: to the open article, or the page. */
  add(node: IssueContent | ArticleContent): void {
    ;(this.article ? (this.article.children as unknown[]) : (this.root as unknown[])).push(node)
  }

  /** Closes the open article and adds a node to the page's top level. */
  addToPage(make: () => IssueContent): void {
    this.close()
    this.root.push(make())
  }

  /**
   * The page's last article with text, the site's interface printed after it (its footer's notice: 免责声明:…)
   * taken back into it, for a credit under that interface that signs the story (免责声明:… / 【作者:赖全平】);
   * undefined, and the page unchanged, where anything but interface follows the article.
   */
  articleOverInterface(): Article | undefined {
    let k = this.root.length - 1
    while (k >= 0 && this.root[k]!.type === 'chrome') k--
    const article = this.root[k]
    if (article?.type !== 'article' || k === this.root.length - 1 || !article.children.some((child) => child.type === 'paragraph')) return undefined
    for (const node of this.root.splice(k + 1)) article.children.push(node as ArticleContent)
    article.position = { start: article.position.start, end: article.children.at(-1)!.position.end }
    return article
  }

  /** Adds a node to an article already closed (its staff line, its photo set apart after it). */
  addAfter(article: Article, node: ArticleContent): void {
    article.children.push(node)
    article.position = { start: article.position.start, end: node.position.end }
  }

  /**
   * Ends the open article with a part that closes it (an end mark, a
   * notice), or adds the part after the closing credit that just closed it
   * ((张晔) / (完)); with no article, the part stands at the top level.
   */
  closeWith(node: ArticleContent & IssueContent): void {
    this.flush()
    const article = this.article ?? this.signedArticle()
    if (!article) {
      this.root.push(node)
      return
    }
    this.addAfter(article, node)
    this.close()
  }

  /**
   * Places a node of a construct that may stand where `standsIn` says:
   * in the open article when the state admits it, else at the top level.
   * Returns whether it joined the article.
   */
  stand(make: () => IssueContent | ArticleContent, standsIn: ReadonlySet<Placement>): boolean {
    const state = this.state()
    let joins = false
    if (this.article) for (const placement of standsIn) joins ||= ADMITS[placement].has(state)
    if (!joins) {
      this.close()
      this.root.push(make() as IssueContent)
      return false
    }
    // (The paragraph's signature may close the article: then the node stands on the page.)
    this.flush()
    this.add(make())
    return true
  }

  /** The node a row becomes among a heading group's lines (byline, caption, furniture, source note, extension). */
  node(row: Row): ArticleContent {
    const make = ROW_NODES[row.kind]
    if (!make) throw new Error(`no node for a ${row.kind} row among a heading group's lines`)
    return make(row, this)
  }
}
