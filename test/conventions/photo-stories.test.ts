/**
 * Photo news: a line of text closed by a photographer's credit is the
 * photo's caption, credit included (…生动实践。 林 燕 彭楠岚 摄, …（蘇智鑫攝）);
 * headlines over captions only are a photo story, an article without
 * paragraphs. Where the credit is not a credit, or text follows, the line
 * stays body text.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString, type Caption, type Credit } from '../../src/index'
import { articles, find, findAll, types } from '../helpers/tree'
import { checkInvariants } from '../helpers/invariants.mjs'

const credit = (caption: Caption | undefined) => {
  const node = caption?.children.find((c): c is Credit => c.type === 'credit')
  return node && { role: node.role, names: node.names }
}

describe('a photographer’s credit closing a line of text', () => {
  it.each([
    ['▶ 近日,龙山县第六小学开展消防应急疏散演练,全校师生用时不到3分钟即完成安全撤离。 林 燕 彭楠岚 摄', ['林燕', '彭楠岚']],
    ['市民在广场上参加健身活动。本报记者 张伟 摄', ['张伟']],
    ['警方在現場調查。（蘇智鑫攝）', ['蘇智鑫']],
  ])('%s is a caption with its credit', (line, names) => {
    // (A traditional line is read as traditional on a traditional page.)
    const top = /[現蘇攝]/.test(line) ? '全市開展消防演練\n\n本報訊 5月9日，全市開展消防演練。' : '全市开展消防演练\n\n本报讯 5月9日，全市开展消防演练。'
    const input = `${top}\n\n${line}`
    const issue = parseIssue(input)
    const caption = find(issue, 'caption') as Caption
    expect(toString(caption)).toBe(line.trim())
    expect(credit(caption)?.names).toEqual(names)
    expect(checkInvariants(issue, input)).toEqual([])
  })

  it('must not fire: 摄 inside the sentence, or a line that only mentions a photographer', () => {
    const input = `全市开展消防演练\n\n本报讯 5月9日，记者在现场拍摄了演练过程，并采访了参加演练的学生。\n\n摄影爱好者张伟说，这次活动很有意义。`
    expect(find(parseIssue(input), 'caption')).toBeUndefined()
  })
})

describe('photo stories', () => {
  it('a headline over captions only is an article without paragraphs', () => {
    const input = [
      '2025年09月30日',
      '',
      '消防应急演练 筑牢安全防线',
      '',
      '▶ 近日,龙山县第六小学开展消防应急疏散演练,全校师生用时不到3分钟即完成安全撤离。 林 燕 彭楠岚 摄',
      '',
      '◀ 9月26日,吉首市寨阳小学学生在模拟火灾现场进行应急疏散安全撤离演练。 石新贵 姚 方 摄',
    ].join('\n')
    const issue = parseIssue(input)
    const [article] = articles(issue)
    expect(types(article)).toEqual(['headline', 'caption', 'caption'])
    expect(toString(find(article!, 'headline')!)).toBe('消防应急演练 筑牢安全防线')
    expect(findAll(issue, 'paragraph')).toEqual([])
  })

  it('must not fire: captions under a headline with the story after them', () => {
    const issue = parseIssue('全市开展消防演练\n\n图为演练现场\n\n本报讯 5月9日，全市开展消防演练。')
    expect(types(articles(issue)[0])).toEqual(['headline', 'caption', 'paragraph'])
  })
})
