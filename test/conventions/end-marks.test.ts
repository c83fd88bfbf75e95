/**
 * End marks (grammar/constructs/end-mark.ts): the sign printed where a
 * story ends — （完）, 【完】, ——完——, ◇ — closes its article, on its own
 * line or glued after the last sentence; it is never the next story's
 * kicker, and never a signature.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { articles, expectSource, find, findAll, page, types } from '../helpers/tree'

const HEAD = '我国成功发射遥感卫星'
const LEAD = '新华社酒泉5月9日电（记者李国利）5月9日10时，我国在酒泉卫星发射中心成功发射遥感卫星。'
const NEXT_HEAD = '市区新增两条公交线路'
const NEXT_LEAD = '本报讯（记者 王明）昨日，市区新增两条公交线路。'

describe('end marks: where they fire', () => {
  for (const mark of ['（完）', '(完)', '【完】', '——完——', '-完-', '（全文完）', '◇', '◇◇◇', 'END', '- END -', '—END—', '(END)']) {
    it(`${mark} on its own line closes the story; the next title heads the next story`, () => {
      const input = page(HEAD, `${LEAD}\n这次任务是长征系列运载火箭的第500次飞行。\n${mark}`, NEXT_HEAD, NEXT_LEAD)
      const issue = parseIssue(input)
      expect(articles(issue)).toHaveLength(2)
      expect(types(articles(issue)[0])).toEqual(['headline', 'paragraph', 'paragraph', 'endMark'])
      expect(find(articles(issue)[0]!, 'endMark')!.value).toBe(mark)
      expect(findAll(issue, 'kicker')).toEqual([])
      expect(toString(find(articles(issue)[1]!, 'headline'))).toBe(NEXT_HEAD)
      expectSource(input, issue)
    })
  }

  it('（未完待续）: the story goes on in a later issue', () => {
    const input = page(HEAD, LEAD, '（未完待续）')
    const mark = find(parseIssue(input), 'endMark')!
    expect(mark).toMatchObject({ value: '（未完待续）', continued: true })
  })

  it('glued after the last sentence: split off the paragraph', () => {
    const input = page(HEAD, `${LEAD}（完）`)
    const issue = parseIssue(input)
    expect(types(articles(issue)[0])).toEqual(['headline', 'paragraph', 'endMark'])
    expect(toString(find(issue, 'paragraph'))).toBe(LEAD)
    expectSource(input, issue)
  })

  it('glued after a signature: the signature is still found, the mark follows it', () => {
    const input = page(HEAD, `${LEAD}（张晔）（完）`)
    const issue = parseIssue(input)
    expect(types(articles(issue)[0])).toEqual(['headline', 'paragraph', 'signature', 'endMark'])
    expect(find(issue, 'signature')!.names).toEqual(['张晔'])
  })

  it('after a signature on its own line, and with a staff line after it: all one article', () => {
    const input = page(HEAD, `${LEAD}（张晔）\n（完）\n责任编辑：王五`)
    const issue = parseIssue(input)
    expect(articles(issue)).toHaveLength(1)
    expect(types(articles(issue)[0])).toEqual(['headline', 'paragraph', 'signature', 'endMark', 'editorLine'])
  })

  it('the last paragraph of d110 (中新社 via a clipping export), …護士區域註冊。(完)', () => {
    const input = page('深圳男護士數量增加 總數超過1800人', '　　此外，深圳的護士們在臨床實踐中還發明瞭肢體助力阻力鍛煉儀、壓力梯度襪、醫用跟骨牽引患肢的保暖鞋等“神器”。下一步，深圳將進一步引入高素質護理人才，培養更多的專業護理人才，並積極推進護士區域註冊。(完)')
    const issue = parseIssue(input)
    expect(find(issue, 'endMark')!.value).toBe('(完)')
    expect(toString(find(issue, 'paragraph')).endsWith('註冊。')).toBe(true)
  })
})

describe('end marks: where they must not fire', () => {
  it('a bullet opening an item (◇市区新增…) is text', () => {
    const input = page('要闻简报', '◇市区新增两条公交线路，方便市民出行。', '◇全市开展安全生产大检查。')
    const issue = parseIssue(input)
    expect(findAll(issue, 'endMark')).toEqual([])
  })

  it('完 inside a sentence, or a bracket that is no end mark (（完整版）)', () => {
    for (const last of ['项目已经全部完工，运行良好。', '详见报告（完整版）。', '会议完成了各项议程（完成）']) {
      expect(findAll(parseIssue(page(HEAD, LEAD, last)), 'endMark')).toEqual([])
    }
  })

  it('END in a sentence, or with words after it, is text (END OF STORY, THE END)', () => {
    for (const last of ['活动以一首《The End》结束。', 'END OF STORY', 'THE END']) {
      expect(findAll(parseIssue(page(HEAD, LEAD, last)), 'endMark'), last).toEqual([])
    }
  })

  it('END, End, ——End—— under the story’s last sentence or its staff line close it; not END among the text (review 26)', () => {
    for (const mark of ['End', 'end', '——End——', '~END~']) {
      expect(findAll(parseIssue(page(HEAD, `${LEAD}\n这次任务是第500次飞行。\n${mark}`)), 'endMark'), mark).toHaveLength(1)
    }
    expect(findAll(parseIssue(page(HEAD, LEAD, '编辑：李四', '- END -')), 'endMark')).toHaveLength(1)
    const inText = [
      // (A word of the text: 三个单词： / START / END / FINISH; the screen's three letters; a key's name a column cut.)
      page('英语角开讲', '本报讯（记者 王明）5月9日，市图书馆英语角开讲。', '老师在黑板上写下三个单词：', 'START', 'END', 'FINISH', '同学们跟着老师一遍遍朗读。'),
      page('终点也是起点', '影片最后一个镜头，主人公独自走向海边。', '银幕上缓缓浮现三个字母：', 'END', '但观众们久久没有离场。'),
      page('海边看日出', '清晨四点半，海边已经聚集了不少游客。', 'END', '这是片尾打出的字样。纪录片将于下月播出。'),
      // (A poem's line, and a title.)
      page('诗｜终点', '我写下最后一行', 'END', '却又在下一页', '重新开始'),
      page('END', '——一位电影剪辑师的最后一部作品', '本报讯（记者 王明）5月9日，老剪辑师张三完成了他的最后一部作品。'),
    ]
    for (const input of inText) expect(findAll(parseIssue(input), 'endMark'), input).toEqual([])
  })

  it('(完) glued to a word, not after a sentence or a credit, stays text', () => {
    const input = page(HEAD, '本报讯 昨日，市里开会（完）')
    expect(findAll(parseIssue(input), 'endMark')).toEqual([])
  })

  it('outside any article: it stands at the top level, closing nothing', () => {
    const issue = parseIssue(page('（完）'))
    expect(types(issue)).toEqual(['endMark'])
  })
})

describe('end marks in traditional text', () => {
  it('（未完待續）, on its own line or glued: continued, and no crash falls back to plain paragraphs', () => {
    for (const last of ['（未完待續）', '會議要求各部門抓好落實。（未完待續）']) {
      const issue = parseIssue(page('國務院常務會議召開', '新華社北京5月9日電 國務院總理主持召開國務院常務會議。', last))
      expect(find(issue, 'endMark'), last).toMatchObject({ continued: true })
      expect(issue.data.diagnostics.map((d) => d.code), last).toEqual([])
    }
  })
})

describe('a closing credit under the end mark: the story’s signature, after the mark', () => {
  it.each([
    ['（赵敏）', ['赵敏']],
    ['（记者 王芳 通讯员 李强）', ['王芳', '李强']],
    ['本报记者 王芳', ['王芳']],
  ])('…。（完） / %s: the signature of the story the mark closed (a paragraph, or a story of its own, before)', (credit, names) => {
    const input = page(HEAD, `${LEAD}（完）`, credit)
    const issue = parseIssue(input)
    expect(articles(issue)).toHaveLength(1)
    expect(findAll(issue, 'signature').map((s) => s.names)).toEqual([names])
    expect(types(articles(issue)[0]!).slice(-2)).toEqual(['endMark', 'signature'])
    expectSource(input, issue)
  })

  it('must not fire: a credit under the mark over the next story’s text is that story’s byline', () => {
    const issue = parseIssue(page(HEAD, `${LEAD}（完）`, '本报记者 王芳', NEXT_LEAD))
    expect(findAll(issue, 'signature')).toEqual([])
    expect(articles(issue)).toHaveLength(2)
    expect(findAll(articles(issue)[1]!, 'byline')).toHaveLength(1)
  })

  it('must not fire: a name with no brackets under the mark stays text', () => {
    expect(findAll(parseIssue(page(HEAD, `${LEAD}（完）`, '赵敏')), 'signature')).toEqual([])
  })
})
