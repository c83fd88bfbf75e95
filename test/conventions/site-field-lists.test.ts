/**
 * A site's fields listed one per line under each title, as a converter
 * prints the page's list of them (part (ah), d554, 新報人's tag page):
 *   小學生繁簡之爭 三分鐘的差距
 *   - 2025-12-27 / - 港聞 / - 新報人 / - 記者:鄭佩兒、劉穎翹、徐佩欣編輯:新報人 / - 2025-12-27
 *   沙田官立小學及李陞小學因允許學生…   (a teaser the site cut at its length)
 * Each where it fires and where it must not.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { toString } from '../../src/index'
import { articles, creditsOf, find, findAll, readChecked, types } from '../helpers/tree'

const read = readChecked
const credits = creditsOf

const TEASER_1 = '網購時代，快遞自提點如雨後春筍般湧現香港街頭，更進駐多個傳統街市。如今走進街市，不僅公共通道堆滿包裹，等候取件的人龍有時亦阻擋其他攤檔。有街市商戶滿腹苦水，直言向管理處投訴也無濟於事 …'
const TEASER_2 = '沙田官立小學及李陞小學因允許學生在考試中使用簡體字作答，引起爭議。《新報人》為了解兩者分別，邀請小學生做實測，發現抄寫250字的文章，用簡體字比繁體字快約三分鐘，有家長擔心造成不公平 …'
const item = (title: string, date: string, credit: string, teaser: string) => [title, `- ${date}`, '- 港聞', '- 新報人', `- ${credit}`, `- ${date}`, teaser].join('\n')

describe('a site’s fields listed under each title', () => {
  const input = `港聞\n${item('自提點進駐街市排長龍 商戶呻變倉庫阻做生意', '2025-12-30', '記者:劉可妍、李澤彤編輯:新報人', TEASER_1)}\n${item('小學生繁簡之爭 三分鐘的差距', '2025-12-27', '記者:鄭佩兒、劉穎翹、徐佩欣編輯:新報人', TEASER_2)}\n`

  it('each title its story’s headline; the first date the stamp, the rest of the list interface', () => {
    const issue = read(input)
    expect(articles(issue).map((a) => toString(find(a, 'headline')))).toEqual(['自提點進駐街市排長龍 商戶呻變倉庫阻做生意', '小學生繁簡之爭 三分鐘的差距'])
    expect(types(articles(issue)[1])).toEqual(['headline', 'stamp', 'chrome', 'chrome', 'byline', 'editorLine', 'chrome', 'paragraph'])
    expect(find(articles(issue)[1]!, 'stamp')!.date).toMatchObject({ year: 2025, month: 12, day: 27 })
  })

  it('the credit field: the reporters the byline, the editor a staff line', () => {
    const second = articles(read(input))[1]!
    expect(credits(find(second, 'byline'))).toEqual([['記者', ['鄭佩兒', '劉穎翹', '徐佩欣']]])
    expect(credits(find(second, 'editorLine'))).toEqual([['編輯', ['新報人']]])
  })

  it('d554: a teaser the site cut at its length does not run on into the next title under it', () => {
    const issue = read(readFileSync(new URL('../fixtures/corpus/d554.txt', import.meta.url), 'utf8'))
    expect(articles(issue).map((a) => toString(find(a, 'headline')))).toEqual(['自提點進駐街市排長龍 商戶呻變倉庫阻做生意', '小學生繁簡之爭 三分鐘的差距'])
    expect(articles(issue).map((a) => findAll(a, 'paragraph').length)).toEqual([1, 1])
  })

  it('must not fire: a list of the story’s own points under its title, no date first, stays text', () => {
    const issue = read('会议部署下一阶段工作\n- 加强理论学习\n- 狠抓工作落实\n\n会议要求，各部门抓好落实，确保各项工作取得实效。\n')
    expect(findAll(issue, 'chrome')).toEqual([])
    expect(findAll(issue, 'stamp')).toEqual([])
  })

  it('must not fire: dashed lines under body text are no site’s fields', () => {
    const issue = read('会议部署下一阶段工作\n\n会议要求，各部门抓好落实，确保各项工作取得实效。\n- 2025-12-27\n- 港聞\n')
    expect(findAll(issue, 'stamp')).toEqual([])
  })

  it('must not fire: a labelled field in the list is left to its own construct (- 消息来源:丹东日报社)', () => {
    const issue = read('辽宁丹东:寒风中的坚守\n- 发布日期:2021-12-28 10:22:57\n- 消息来源:丹东日报社\n12月25日，丹东市区最低气温零下20摄氏度，鸭绿江面雾气腾腾，市民全副武装出行。\n')
    expect(findAll(issue, 'chrome')).toEqual([])
  })
})

describe('reporters and staff on one line under the title', () => {
  it('記者:鄭佩兒、劉穎翹編輯:新報人 / 融媒体记者:段炜 编辑:郑旭: the byline, then the staff line', () => {
    for (const [line, reporters, staff] of [
      ['記者:鄭佩兒、劉穎翹編輯:新報人', [['記者', ['鄭佩兒', '劉穎翹']]], [['編輯', ['新報人']]]],
      ['新京报记者 苏季 校对 李铭', [['新京报记者', ['苏季']]], [['校对', ['李铭']]]],
    ] as const) {
      const issue = read(`小學生繁簡之爭 三分鐘的差距\n${line}\n\n沙田官立小學因允許學生在考試中使用簡體字作答，引起爭議。\n`)
      expect(credits(find(issue, 'byline')), line).toEqual(reporters)
      expect(credits(find(issue, 'editorLine')), line).toEqual(staff)
    }
  })

  it('must not fire: staff alone under the title stay a staff line, no byline', () => {
    const issue = read('小學生繁簡之爭 三分鐘的差距\n編輯:新報人 校對:李铭\n\n沙田官立小學因允許學生在考試中使用簡體字作答，引起爭議。\n')
    expect(findAll(issue, 'byline')).toEqual([])
    expect(findAll(issue, 'editorLine')).toHaveLength(1)
  })
})
