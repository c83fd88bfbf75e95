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

describe('a photo set’s captions, one short sentence each, printed one under another (caption.ts photoSentenceRuns)', () => {
  const TITLE = '万州抗旱送水保民生'
  const SET = ['有序等候,不急不躁。', '大桶小桶,左邻右舍互帮互助。', '村干部为行动不便的村民取水。', '为五保户送水。']
  const TEXT = '面对极端高温与旱情,万州区各级各部门上下联动,干部群众齐心协力抗旱送水保民生。'
  const read = (...lines: string[]) => parseIssue(lines.join('\n\n') + '\n')

  it('three lines or more in the story, its photos credited: the captions', () => {
    const issue = read(TITLE, ...SET, TEXT, '记者 冉孟军 侯本艳 摄')
    expect(findAll(issue, 'caption').map((c) => toString(c)).slice(0, SET.length)).toEqual(SET)
    expect(findAll(issue, 'paragraph').map((p) => toString(p))).toEqual([TEXT])
  })

  it('must not fire: with no credit for the photos, two lines only, a list’s items, or longer sentences', () => {
    const captioned = (issue: ReturnType<typeof read>, lines: string[]) => findAll(issue, 'caption').filter((c) => lines.includes(toString(c)))
    expect(captioned(read(TITLE, ...SET, TEXT), SET)).toEqual([])
    expect(captioned(read(TITLE, SET[0]!, SET[1]!, TEXT, '记者 冉孟军 摄'), SET)).toEqual([])
    const list = ['①年龄40岁以上。', '②胃癌高发地区人群。', '③幽门螺旋杆菌感染者。']
    expect(captioned(read(TITLE, TEXT, ...list, '记者 冉孟军 摄'), list)).toEqual([])
    const longer = ['12时许,前一天还热闹非凡的街头一片寂静。', '13时许,往日里人头攒动的步行街空无一人。', '14时许,北京路与正源街路口车辆稀少。']
    expect(captioned(read(TITLE, TEXT, ...longer, '记者 冉孟军 摄'), longer)).toEqual([])
  })
})
