/**
 * The position contract on every fixture: every node points at exactly the
 * characters it stands for in the ORIGINAL input, and every printed
 * character belongs to some leaf.
 */
import { describe, expect, it } from 'vitest'
import { fixturePages } from './helpers/fixture-pages.mjs'
import { parseIssue } from '../src/index'
import { checkInvariants } from './helpers/invariants.mjs'

describe('position contract', () => {
  for (const { name, text } of fixturePages()) {
    it(name, () => expect(checkInvariants(parseIssue(text), text)).toEqual([]))
  }

  it('is checked by a checker that does catch a broken tree', () => {
    const input = '标题\n\n本报讯 5月9日,开会。'
    const tree = parseIssue(input)
    expect(checkInvariants(tree, input)).toEqual([])
    const article = tree.children[0] as { children: Array<{ position: { start: { offset: number } } }> }
    article.children[0]!.position.start.offset += 1
    expect(checkInvariants(tree, input).length).toBeGreaterThan(0)
    const dropped = parseIssue(input)
    ;(dropped.children[0] as { children: unknown[] }).children.pop()
    expect(checkInvariants(dropped, input).some((p) => p.includes('in no leaf'))).toBe(true)
  })

  it('holds on mixed widths, CRLF, lone CR and indents', () => {
    const input = '\ufeff忻州日报\r\n\r\n小标题\r\n\r\n本报讯（记者杨峰雷）５月９日，会议召开。\r　　一是要抓好落实；二是要加强领导。（张晔）\r\n'
    expect(checkInvariants(parseIssue(input), input)).toEqual([])
  })
})
