/**
 * Datelines of county media centres, news apps and reporters' credits that open the lead with no
 * brackets, as local papers and their sites print them:
 *   远安融媒（记者 王芳）5月9日，…          a media centre's short name, its reporters' bracket straight after it
 *   宜昌三峡广电讯（记者 王芳）               a station's flash: 广电 is radio and television, 电 no wire's
 *   中新网讯, 潮新闻客户端讯                 a wire source's 讯 with no place nor date: its flash, printed as the source
 *   红网时刻5月15日讯                        红网's app, the app's name whole
 *   本报讯 记者 王芳 李强 近日，…             names set apart by spaces, closed by the lead's date
 *   恩施日报全媒体记者 王芳 通讯员 李强 5月9日，…   reporters' credits opening the line, the lead's date after them
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import type { Dateline } from '../../src/index'
import { expectSource, find, findAll, page } from '../helpers/tree'

const HEADLINE = '市教育局召开专题会议'

/** The page under HEADLINE whose lead is `lead`, its positions checked against the input. */
function read(lead: string) {
  const input = page(HEADLINE, `${lead}\n　　会议要求，各校要抓好落实。`)
  const issue = parseIssue(input)
  expectSource(input, issue)
  return issue
}

/** The dateline of the page whose lead is `lead`, if any. */
const datelineOf = (lead: string): Dateline | undefined => find(read(lead), 'dateline')

const credits = (node: Dateline) => findAll(node, 'credit').map(({ role, names }) => [role, names])

describe('media centres and apps: where they fire', () => {
  it('远安融媒（记者 王芳 通讯员 李强）5月9日，…: a media centre’s short name before its reporters’ bracket', () => {
    const dateline = datelineOf('远安融媒（记者 王芳 通讯员 李强）5月9日，市教育局召开会议。')!
    expect(dateline.source).toBe('远安融媒')
    expect(credits(dateline)).toEqual([['记者', ['王芳']], ['通讯员', ['李强']]])
    expect(dateline.date).toMatchObject({ month: 5, day: 9 })
  })

  it('远安县融媒体中心（记者 王芳）, 巴东广电（记者 王芳）: a centre’s whole name, a station’s', () => {
    expect(datelineOf('远安县融媒体中心（记者 王芳）5月9日，市教育局召开会议。')?.source).toBe('远安县融媒体中心')
    expect(datelineOf('巴东广电（记者 王芳）5月9日，市教育局召开会议。')?.source).toBe('巴东广电')
  })

  it('宜昌三峡广电讯（记者 王芳）: 广电 closes the station’s name, 讯 its flash', () => {
    const dateline = datelineOf('宜昌三峡广电讯（记者 王芳）近日，市教育局召开会议。')!
    expect(dateline.source).toBe('宜昌三峡广电讯')
    expect(credits(dateline)).toEqual([['记者', ['王芳']]])
  })

  it('中新网讯, 潮新闻客户端讯, 新华社客户端讯: a wire source’s flash is printed whole as the source', () => {
    expect(datelineOf('中新网讯（记者 王芳）近日，市教育局召开会议。')?.source).toBe('中新网讯')
    expect(datelineOf('潮新闻客户端讯（记者 王芳）近日，市教育局召开会议。')?.source).toBe('潮新闻客户端讯')
    const app = datelineOf('新华社客户端讯 近日，市教育局召开会议。')!
    expect(app.source).toBe('新华社客户端讯')
    expect(app.place).toBeUndefined()
  })

  it('潮新闻客户端5月9日讯: the app’s word goes on with the name, no place', () => {
    const dateline = datelineOf('潮新闻客户端5月9日讯（记者 王芳）近日，市教育局召开会议。')!
    expect(dateline.source).toBe('潮新闻客户端')
    expect(dateline.place).toBeUndefined()
    expect(dateline.date).toMatchObject({ month: 5, day: 9 })
  })

  it('红网时刻5月15日讯, 红网时刻新闻5月15日讯: the app’s name whole, no place', () => {
    for (const [lead, source] of [
      ['红网时刻5月15日讯（冷水滩分站记者 蒋静 通讯员 周顺庆 蒋海军）近日，市教育局召开会议。', '红网时刻'],
      ['红网时刻新闻5月15日讯（通讯员 李强）近日，市教育局召开会议。', '红网时刻新闻'],
    ] as const) {
      const dateline = datelineOf(lead)!
      expect(dateline.source).toBe(source)
      expect(dateline.place).toBeUndefined()
    }
  })

  it('本站讯 近日，…: a site’s own flash, as 本网讯', () => {
    expect(datelineOf('本站讯 近日，市教育局召开会议。')?.source).toBe('本站讯')
  })
})

describe('credits without brackets closed by the lead’s date: where they fire', () => {
  it('本报讯 记者 王芳 李强 近日，…: every name set apart by spaces is the reporter’s', () => {
    const dateline = datelineOf('本报讯 记者 王芳 李强 近日，市教育局召开会议。')!
    expect(credits(dateline)).toEqual([['记者', ['王芳', '李强']]])
    expect(toString(find(read('本报讯 记者 王芳 李强 近日，市教育局召开会议。'), 'paragraph')!.children.slice(1)).trimStart()).toBe('近日，市教育局召开会议。')
  })

  it('南都讯 记者 王芳 通讯员 李强 张伟 近日，…: the last role’s names too', () => {
    expect(credits(datelineOf('南都讯 记者 王芳 通讯员 李强 张伟 近日，市教育局召开会议。')!)).toEqual([
      ['记者', ['王芳']],
      ['通讯员', ['李强', '张伟']],
    ])
  })

  it('记者 王芳 通讯员 李强 近日，…: credits opening the line, no outlet named', () => {
    const dateline = datelineOf('记者 王芳 通讯员 李强 近日，市教育局召开会议。')!
    expect(dateline.source).toBeUndefined()
    expect(credits(dateline)).toEqual([['记者', ['王芳']], ['通讯员', ['李强']]])
  })

  it('恩施日报全媒体记者 王芳 通讯员 李强 5月9日，…: the outlet before the first role is the source, named once', () => {
    const dateline = datelineOf('恩施日报全媒体记者 王芳 通讯员 李强 5月9日，市教育局召开会议。')!
    expect(dateline.source).toBe('恩施日报')
    expect(credits(dateline)).toEqual([['全媒体记者', ['王芳']], ['通讯员', ['李强']]])
    expect(dateline.date).toMatchObject({ month: 5, day: 9 })
  })

  it('利川市融媒体中心记者 王芳 5月9日，…: a centre’s place is no outlet of its own, the role printed whole', () => {
    const dateline = datelineOf('利川市融媒体中心记者 王芳 5月9日，市教育局召开会议。')!
    expect(dateline.source).toBeUndefined()
    expect(credits(dateline)).toEqual([['利川市融媒体中心记者', ['王芳']]])
  })

  it('本报记者 王芳 近日，…: the paper’s own word stays in the role', () => {
    const dateline = datelineOf('本报记者 王芳 近日，市教育局召开会议。')!
    expect(dateline.source).toBe('本报')
    expect(credits(dateline)).toEqual([['本报记者', ['王芳']]])
  })
})

describe('media centres and loose credits: where they must not fire', () => {
  it('据远安融媒消息，…: a report the lead cites is no dateline', () => {
    expect(datelineOf('据远安融媒消息，5月9日，市教育局召开会议。')).toBeUndefined()
  })

  it('…传来电讯（记者…）: 电讯 is news, not a station', () => {
    expect(datelineOf('前线传来电讯（记者 王芳）近日，市教育局召开会议。')).toBeUndefined()
  })

  it('记者王芳5月9日从市教育局获悉，…: no space sets the credits apart, the reporter is the lead’s subject', () => {
    expect(datelineOf('记者王芳5月9日从市教育局获悉，全市新建学校30所。')).toBeUndefined()
  })

  it('本报讯 记者 王芳 市民李先生近日…: only names a person’s join the credits', () => {
    const dateline = datelineOf('本报讯 记者 王芳 市民李先生近日反映，小区门口积水。')!
    expect(credits(dateline)).toEqual([['记者', ['王芳']]])
  })

  it('作者 王芳 2024年5月9日来源：…: a site’s fields, not a lead', () => {
    expect(datelineOf('作者 王芳 2024年5月9日来源：市教育局')).toBeUndefined()
  })

  it('本报记者 王芳 2024年5月9日: credits and a date alone on their line open no lead', () => {
    const input = page(HEADLINE, '本报记者 王芳 2024年5月9日', '　　近日，市教育局召开会议。')
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(find(issue, 'dateline')).toBeUndefined()
  })

  it('记者 金华 5月9日，…: a city’s name after the role is no reporter', () => {
    expect(datelineOf('记者 金华 5月9日，市教育局召开会议。')).toBeUndefined()
  })
})
