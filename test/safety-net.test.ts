/**
 * The safety net: when building a part of the tree fails anyway (a bug not
 * yet found, an extension that throws), that part's text is kept as
 * paragraphs with an `internal-error` diagnostic, and the rest of the page
 * keeps its structure. Failures are injected through extensions' line
 * conventions.
 */
import { describe, expect, it } from 'vitest'
import { createParser, type BaozhiParser, type Issue, type Node } from '../src/index'
import { checkInvariants } from './helpers/invariants.mjs'
import { buildSafely } from '../src/assemble/safety-net'
import type { Line } from '../grammar/layout'
import type { NodeFactory } from '../grammar/factory'
import type { Diagnostic, IssueContent } from '../src/types'

const PAGE = ['全市春耕生产全面展开', '本报讯（记者 杨峰雷）5月9日，全市春耕生产全面展开。', '故障行', '各地抓住有利时机。', '（张晔）'].join('\n')

/** The text of the line the parser was given. */
const lineOf = (parser: BaozhiParser) => (parser as unknown as { input: Array<{ image: string }> }).input.map((t) => t.image).join('')

function parseWith(convention: (parser: BaozhiParser) => Node | undefined, page = PAGE): Issue {
  const { parseIssue } = createParser({ extensions: [{ name: 'faulty', lines: [convention] }] })
  const tree = parseIssue(page)
  expect(checkInvariants(tree, page)).toEqual([])
  expect(JSON.parse(JSON.stringify(tree))).toEqual(tree)
  return tree
}

const internalErrors = (tree: Issue) => tree.data.diagnostics.filter((d) => d.code === 'internal-error')
const slice = (page: string, node: { position: Node['position'] }) => page.slice(node.position.start.offset, node.position.end.offset)

describe('safety net', () => {
  it('a line whose convention throws is kept as a paragraph, with the message and its position', () => {
    const tree = parseWith((parser) => {
      if (lineOf(parser) === '故障行') throw new Error('weather box broke')
      return undefined
    })
    const [error, ...more] = internalErrors(tree)
    expect(more).toEqual([])
    expect(error!.message).toMatch(/weather box broke/)
    expect(slice(PAGE, error!)).toBe('故障行')
    const kept = tree.children.find((n) => n.type === 'paragraph' && slice(PAGE, n) === '故障行')
    expect(kept).toBeDefined()
    // The rest of the page keeps its structure: the headline and its dateline are an article.
    const article = tree.children.find((n) => n.type === 'article')
    expect(article && 'children' in article ? article.children.map((n) => n.type) : []).toEqual(['headline', 'paragraph'])
  })

  it('a line convention that throws on every line loses no text', () => {
    const tree = parseWith(() => {
      throw new TypeError('always')
    })
    expect(internalErrors(tree)).toHaveLength(PAGE.split('\n').length)
    expect(tree.children.every((n) => n.type === 'paragraph')).toBe(true)
  })

  it('a failure after building (a node whose children throw when walked) gives the whole text as paragraphs', () => {
    const page = '标题\n\n本报讯 5月9日，全市开会。\r\n\r\n故障行\n'
    const broken = (parser: BaozhiParser): Node => {
      const tokens = (parser as unknown as { input: Array<{ startOffset: number; image: string }> }).input
      const end = tokens.at(-1)!.startOffset + tokens.at(-1)!.image.length
      const node = { type: 'weather', position: { start: { line: 0, column: 0, offset: tokens[0]!.startOffset }, end: { line: 0, column: 0, offset: end } } }
      Object.defineProperty(node, 'children', {
        enumerable: true,
        get() {
          throw new Error('children unreadable')
        },
      })
      return node as unknown as Node
    }
    const tree = parseWith((parser) => (lineOf(parser) === '故障行' ? broken(parser) : undefined), page)
    const [error] = internalErrors(tree)
    expect(error!.message).toMatch(/could not be built/)
    expect(error!.position.start.offset).toBe(0)
    expect(error!.position.end.offset).toBe(page.length)
    expect(tree.children.map((n) => slice(page, n))).toEqual(['标题', '本报讯 5月9日，全市开会。', '故障行'])
  })
})

describe('safety net, a failure only the lines together cause', () => {
  // The builder of the page's lines, handed lines the test makes: one token per line.
  const TEXT = '甲行\n乙行\n丙行\n丁行'
  const lines = TEXT.split('\n').map((image, k) => ({ tokens: [{ image, startOffset: k * 3 }], gap: 0 }) as unknown as Line)
  const factory: NodeFactory = {
    position: (start, end) => ({ start: { line: 1, column: start + 1, offset: start }, end: { line: 1, column: end + 1, offset: end } }),
    source: (start, end) => TEXT.slice(start, end),
  }
  const paragraphOf = (line: Line): IssueContent => ({ type: 'paragraph', children: [], position: factory.position(line.tokens[0]!.startOffset, line.tokens[0]!.startOffset + 2) })

  it('is reported, covering the lines, though each half builds', () => {
    // (It throws where 乙行 and 丙行 are built together, as a rule reading one line with the next might.)
    const build = (part: Line[]): IssueContent[] => {
      const images = part.map((line) => line.tokens[0]!.image)
      if (images.includes('乙行') && images.includes('丙行')) throw new TypeError('the next line was not there')
      return part.map(paragraphOf)
    }
    const diagnostics: Diagnostic[] = []
    expect(buildSafely(lines, build, diagnostics, factory)).toHaveLength(4)
    expect(diagnostics).toHaveLength(1)
    expect(diagnostics[0]!.code).toBe('internal-error')
    expect(diagnostics[0]!.message).toMatch(/the next line was not there/)
    expect([diagnostics[0]!.position.start.offset, diagnostics[0]!.position.end.offset]).toEqual([0, TEXT.length])
  })

  it('not again where a half reports its own: one line that fails alone is reported once, for that line', () => {
    const build = (part: Line[]): IssueContent[] => {
      if (part.some((line) => line.tokens[0]!.image === '丙行')) throw new TypeError('this line fails')
      return part.map(paragraphOf)
    }
    const diagnostics: Diagnostic[] = []
    buildSafely(lines, build, diagnostics, factory)
    expect(diagnostics.map((d) => TEXT.slice(d.position.start.offset!, d.position.end.offset!))).toEqual(['丙行'])
  })
})
