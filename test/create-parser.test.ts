/** createParser: a vocabulary of one's own, built once and reused. */
import { describe, expect, it } from 'vitest'
import { createParser, defaultVocabulary, parseIssue, visit, type Dateline } from '../src/index'

const page = '县里召开会议\n\n忻州发布讯 记者 王强 5月9日,县里召开会议。\n'

function datelines(tree: ReturnType<typeof parseIssue>): Dateline[] {
  const found: Dateline[] = []
  visit(tree, 'dateline', (node) => {
    found.push(node as Dateline)
  })
  return found
}

describe('createParser', () => {
  it('does not know a county paper’s own source by default', () => {
    expect(datelines(parseIssue(page))).toEqual([])
  })

  it('learns a new dateline source from the vocabulary', () => {
    const { parseIssue: parse } = createParser({
      vocabulary: { ...defaultVocabulary, flashSources: [...defaultVocabulary.flashSources, '忻州发布讯'] },
    })
    const [dateline] = datelines(parse(page))
    expect(dateline?.source).toBe('忻州发布讯')
    expect(dateline?.date).toEqual({ month: 5, day: 9, raw: '5月9日' })
    expect(dateline?.children.filter((n) => n.type === 'credit').map((n) => 'names' in n && n.names)).toEqual([['王强']])
  })

  it('adds a unit of words through extensions', () => {
    const { parseIssue: parse } = createParser({
      extensions: [{ name: 'xinzhou-county', flashSources: ['忻州发布讯'], editorRoles: ['签发'] }],
    })
    const tree = parse(`${page}\n本版签发:王五\n`)
    expect(datelines(tree)[0]?.source).toBe('忻州发布讯')
    expect(tree.children.map((n) => n.type)).toEqual(['article', 'editorLine'])
    expect(parseIssue(`${page}\n本版签发:王五\n`).children.map((n) => n.type)).toEqual(['article'])
  })

  it('leaves the default parser untouched', () => {
    createParser({ vocabulary: { ...defaultVocabulary, flashSources: ['忻州发布讯'] } })
    expect(datelines(parseIssue('标题\n\n本报讯 5月9日,开会。'))[0]?.source).toBe('本报讯')
  })
})
