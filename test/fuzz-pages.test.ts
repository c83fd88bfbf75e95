/**
 * Pages as fuzz input: the builder chooses its paths by whole lines, so
 * pages made of whole newspaper lines (test/helpers/page-lines.mjs) reach
 * paths that random characters do not. A fixed-seed sample runs here;
 * `npm run fuzz` runs 100 000 from a random seed.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, type Article, type Issue } from '../src/index'
import { checkInvariants } from './helpers/invariants.mjs'
import { generatePage, random } from './helpers/page-lines.mjs'

const PAGES = 3000
const SEED = 20261203

function sound(page: string): Issue {
  let tree: Issue
  try {
    tree = parseIssue(page)
  } catch (error) {
    throw new Error(`parseIssue threw on ${JSON.stringify(page)}: ${(error as Error).stack}`)
  }
  expect(checkInvariants(tree, page, { lineColumn: page.length < 2000 }), JSON.stringify(page)).toEqual([])
  expect(JSON.parse(JSON.stringify(tree))).toEqual(tree)
  return tree
}

const articles = (tree: Issue) => tree.children.filter((n): n is Article => n.type === 'article')
const types = (article: Article) => article.children.map((n) => n.type)

describe('an article closed by a signature, then a staff line', () => {
  // It threw "Cannot read properties of undefined (reading 'children')": the
  // signature closed the article while the staff line was being added to it.
  it.each([
    ['标题\n正文。\n（赵敏）\n责任编辑：孙丽', '赵敏', '责任编辑'],
    ['标题\n正文。\n（赵敏）\n校对：吴昊', '赵敏', '校对'],
    ['标题\n正文。\n（赵敏）\n责编：孙丽', '赵敏', '责编'],
    ['标题\n正文。（赵敏）\n责任编辑：孙丽', '赵敏', '责任编辑'],
    ['标题\n正文。\n（记者 赵敏）\n责任编辑：孙丽', '赵敏', '责任编辑'],
  ])('%j', (page, name, role) => {
    const tree = sound(page)
    const [article] = articles(tree)
    expect(article).toBeDefined()
    const signature = article!.children.find((n) => n.type === 'signature')
    expect(signature && 'names' in signature ? signature.names : undefined).toEqual([name])
    // The staff line stays in the tree, after the signature, as an editor line.
    const editor = [...tree.children, ...article!.children].find((n) => n.type === 'editorLine')
    expect(editor).toBeDefined()
    expect(JSON.stringify(editor)).toContain(role)
  })

  it('the sample page with 责编 in place of 本版责编', async () => {
    const { readFileSync } = await import('node:fs')
    const page = readFileSync(new URL('./fixtures/pages/xinzhou-daily-page.txt', import.meta.url), 'utf8')
    expect(page).toContain('本版责编')
    const tree = sound(page.replace('本版责编', '责编'))
    expect(JSON.stringify(tree)).toContain('"editorLine"')
  })
})

describe('a paragraph that is only a signature, at an article without body', () => {
  // It threw "Cannot read properties of undefined (reading 'startOffset')":
  // the glued-lead check ran on the empty text left before the signature.
  it('the reported page', () => {
    const page =
      '一是建立健全机制。\n\n编者按：这是一段编者按。\n\n编者按：这是一段编者按。\n\n本报记者  张  晔  苏  滨\n\n编辑：刘燕    审核：马儒文\n\n本报记者  张  晔  苏  滨\n\n（张晔）\n'
    const tree = sound(page)
    expect(JSON.stringify(tree)).toContain('张晔')
  })

  it('a byline, then a signature alone', () => {
    const tree = sound('本报记者 张建国\n\n（张晔）')
    const [article] = articles(tree)
    expect(types(article!)).toContain('byline')
  })
})

describe('a paragraph its signature closed, then a credit line over more text', () => {
  // It threw "Cannot read properties of undefined (reading 'children')" where the lines were built together (the
  // safety net built them in halves and, until it reported such failures, said nothing): the paragraph's signature
  // closed the article while the credit was being added to it as its byline. Ten of the 3000 generated pages below.
  it.each([
    '正文最后一句话。（张  晔）\n\n本报记者  张晔  苏  滨\n\n三是加强队伍建设。',
    '正文最后一句话。（王志強）\n\n见习記者 張  晔 郜阳\r\n會議要求，要深入贯彻落實《忻州市5G基建服务专班實施方案》。',
    '正文最后一句话。（记者 窦阳）\r\n■ 窦阳\n\n据了解，今年以来我市共完成投资12亿元，同比增长8.5%。',
  ])('%j: the credit opens the next story', (page) => {
    const tree = sound(page)
    expect(tree.data.diagnostics.filter((d) => d.code === 'internal-error')).toEqual([])
    const [signed, next] = articles(tree)
    expect(types(signed!)).toEqual(['paragraph', 'signature'])
    expect(types(next!)).toEqual(['byline', 'paragraph'])
  })
})

describe(`${PAGES} generated pages (seed ${SEED})`, () => {
  it('none throws, and every tree is sound', () => {
    const r = random(SEED)
    for (let i = 0; i < PAGES; i++) {
      const tree = sound(generatePage(r))
      const internal = tree.data.diagnostics.filter((d) => d.code === 'internal-error')
      expect(internal, `page ${i}`).toEqual([])
    }
  })
})
