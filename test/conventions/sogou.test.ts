/**
 * The Sogou news corpora (SogouCS/CA) mark paragraphs with U+E40C instead of
 * a line break. It is read as a line break: between paragraphs it falls
 * between nodes, inside a broken sentence it is the layoutBreak's value, and
 * positions still point into the original string.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { articles, expectSource, find, findAll, printed, types } from '../helpers/tree'

const MARK = '\ue40c'

describe('U+E40C: where it breaks paragraphs', () => {
  it('between sentences: one paragraph per mark, the mark outside every node', () => {
    const input = `爸爸见义勇为遭冷遇\n本报讯（记者刘俊）昨日，会议召开。${MARK}会议要求，抓好落实。${MARK}会议强调，要做好有关工作。\n`
    const issue = parseIssue(input)
    const [article] = articles(issue)
    expect(types(article)).toEqual(['headline', 'paragraph', 'paragraph', 'paragraph'])
    const paragraphs = findAll(article!, 'paragraph')
    expect(paragraphs.map((p) => toString(p))).toEqual([
      '本报讯（记者刘俊）昨日，会议召开。',
      '会议要求，抓好落实。',
      '会议强调，要做好有关工作。',
    ])
    expect(find(issue, 'dateline')!.source).toBe('本报讯')
    // The mark stays in the input, right between the paragraphs' positions.
    for (const [a, b] of [[paragraphs[0]!, paragraphs[1]!], [paragraphs[1]!, paragraphs[2]!]] as const) {
      expect(input.slice(a.position.end.offset, b.position.start.offset)).toBe(MARK)
    }
    expect(paragraphs.some((p) => printed(p).includes(MARK))).toBe(false)
    expect(issue.data.diagnostics).toEqual([])
    expectSource(input, issue)
  })

  it('line and column stay those of the original string, where the mark is no line ending', () => {
    const input = `标题\n本报讯（记者刘俊）会议召开。${MARK}会议要求，抓好落实。\n`
    const issue = parseIssue(input)
    const second = findAll(issue, 'paragraph')[1]!
    const offset = input.indexOf('会议要求')
    expect(second.position.start).toEqual({ line: 2, column: offset - input.indexOf('\n'), offset })
    expectSource(input, issue)
  })

  it('between the headline and the dateline', () => {
    const input = `爸爸见义勇为遭冷遇${MARK}本报讯（记者刘俊）昨日，会议召开。${MARK}会议要求：1.提高认识，统一思想；2.压实责任，狠抓落实。\n`
    const issue = parseIssue(input)
    const [article] = articles(issue)
    expect(types(article)).toEqual(['headline', 'paragraph', 'paragraph'])
    expect(toString(find(article!, 'headline'))).toBe('爸爸见义勇为遭冷遇')
    expect(find(findAll(article!, 'paragraph')[1]!, 'list')!.children).toHaveLength(2)
    expectSource(input, issue)
  })

  it('two marks in a row: still one break between two paragraphs', () => {
    const input = `标题\n本报讯（记者刘俊）会议召开。${MARK}${MARK}会议要求，抓好落实。\n`
    const issue = parseIssue(input)
    expect(types(articles(issue)[0])).toEqual(['headline', 'paragraph', 'paragraph'])
    expectSource(input, issue)
  })
})

describe('U+E40C: where it does not end a paragraph', () => {
  it('inside an unfinished sentence: a layoutBreak holding the mark, skipped by toString', () => {
    const input = `标题\n本报讯（记者刘俊）昨日，会议召开，会议要求${MARK}抓好落实。\n`
    const issue = parseIssue(input)
    const [article] = articles(issue)
    expect(types(article)).toEqual(['headline', 'paragraph'])
    const paragraph = find(article!, 'paragraph')!
    const breaks = findAll(paragraph, 'layoutBreak')
    expect(breaks.map((b) => b.value)).toEqual([MARK])
    expect(toString(paragraph)).toBe('本报讯（记者刘俊）昨日，会议召开，会议要求抓好落实。')
    expectSource(input, issue)
  })
})
