/**
 * Small tree helpers shared by the convention tests (test/conventions/).
 */
import { visit } from 'unist-util-visit'
import { expect } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import type { Article, BaozhiNode, Credit, Issue, Node, Parent } from '../../src/index'

type NodeType = BaozhiNode['type']
export type NodeOf<T extends NodeType> = Extract<BaozhiNode, { type: T }>

/** A page from blocks separated by one blank line, ending with a newline. */
export const page = (...blocks: string[]): string => `${blocks.join('\n\n')}\n`

/** The issue's top-level articles, in order. */
export function articles(issue: Issue): Article[] {
  return issue.children.filter((child): child is Article => child.type === 'article')
}

/** Every node of a type under (and including) `tree`, in document order. */
export function findAll<T extends NodeType>(tree: Node, type: T): Array<NodeOf<T>> {
  const found: Array<NodeOf<T>> = []
  visit(tree, type, (node) => {
    found.push(node as unknown as NodeOf<T>)
  })
  return found
}

/** The first node of a type under (and including) `tree`. */
export function find<T extends NodeType>(tree: Node, type: T): NodeOf<T> | undefined {
  return findAll(tree, type)[0]
}

/** The types of a parent's children, in order. */
export const types = (node: Node | undefined): string[] =>
  node && 'children' in node ? (node as Parent).children.map((child) => child.type) : []

/** The input characters a node's position covers. */
export const sliceOf = (input: string, node: Node): string =>
  input.slice(node.position.start.offset, node.position.end.offset)

/** Every character a node's leaves hold; layout breaks included unless `breaks` is false. */
export function printed(node: Node, breaks = true): string {
  if (!breaks && node.type === 'layoutBreak') return ''
  if ('children' in node && Array.isArray(node.children)) return (node.children as Node[]).map((c) => printed(c, breaks)).join('')
  return 'value' in node && typeof node.value === 'string' ? node.value : ''
}

/**
 * The node's position covers exactly what it prints: for a literal its
 * value, for a parent its leaves (layout breaks included), and `toString`
 * is that text without the layout breaks. Checked for every descendant;
 * the root, pages, articles and tables are only descended into (line
 * breaks and blank lines separate their children).
 */
const CONTAINERS = new Set(['issue', 'page', 'article', 'table', 'tableRow'])

export function expectSource(input: string, node: Node): void {
  const isContainer = CONTAINERS.has(node.type)
  if (!isContainer) {
    const slice = sliceOf(input, node)
    expect(slice, `${node.type} at ${node.position.start.offset}`).toBe(printed(node))
    expect(toString(node), `toString of ${node.type}`).toBe(printed(node, false))
  }
  if ('children' in node && Array.isArray(node.children)) for (const child of node.children as Node[]) expectSource(input, child)
}

/** The tree of a page, its every node checked against the input it points into (expectSource). */
export function readChecked(input: string): Issue {
  const issue = parseIssue(input)
  expectSource(input, issue)
  return issue
}

/** The credits a node holds, as [role, names] pairs (a byline's, an editor line's). */
export const creditsOf = (node: Node | undefined): Array<[string | undefined, string[]]> =>
  node && 'children' in node && Array.isArray(node.children)
    ? (node.children as Node[]).filter((child): child is Credit => child.type === 'credit').map((credit) => [credit.role, credit.names])
    : []

/** The lines a page's tree reads as interface (chrome), as printed on one line each; the tree checked (readChecked). */
export const chromeLines = (input: string): string[] => findAll(readChecked(input), 'chrome').map((node) => printed(node, false))

/** The captions a page's tree reads, as printed on one line each; the tree checked (readChecked). */
export const captionLines = (input: string): string[] => findAll(readChecked(input), 'caption').map((node) => printed(node, false))

/** Each article's headline as its text ('' where it has none), the tree checked (readChecked). */
export const headlinesOf = (input: string): string[] =>
  articles(readChecked(input)).map((article) => {
    const headline = find(article, 'headline')
    return headline ? toString(headline) : ''
  })
