/**
 * A crawler's record: a story stored with its fields labelled on their
 * lines (part (aj), d561–d563, an event monitor's records of 成都商报,
 * 西部商报, 厦门晚报), and a box's label in its brackets (【相关链接】).
 * Each where it fires and where it must not.
 */
import { describe, expect, it } from 'vitest'
import { toString } from '../../src/index'
import { articles, find, findAll, readChecked, types } from '../helpers/tree'

const read = readChecked

const RECORD = [
  '标题:甘肃连环杀人嫌犯：曾向乡邻亲口讲述白银凶案',
  '发布时间:2016-08-29 07:55:35',
  '正文:他第一次在青城镇城河村里出名，是他的两个儿子先后考上了名牌大学。',
  '“想不到啊！曾经很乖很孝顺的孩子，怎么会是杀了那么多人。”80岁的老人高作仁说。',
].join('\n')

describe('a crawler’s record, its fields labelled', () => {
  it('标题: / 发布时间: / 正文:: the title the headline, the time a stamp, the text the story’s; the labels interface', () => {
    const issue = read(RECORD)
    expect(articles(issue)).toHaveLength(1)
    expect(toString(find(issue, 'headline'))).toBe('甘肃连环杀人嫌犯：曾向乡邻亲口讲述白银凶案')
    expect(types(articles(issue)[0])).toEqual(['headline', 'stamp', 'chrome', 'paragraph', 'paragraph'])
    expect(toString(findAll(issue, 'paragraph')[0]!)).toBe('他第一次在青城镇城河村里出名，是他的两个儿子先后考上了名牌大学。')
    expect(findAll(issue, 'chrome').map((c) => toString(c))).toEqual(['标题:', '正文:'])
  })

  it('the title after its label stays the title however long, and in traditional script (標題：)', () => {
    const long = '標題：罗一笑捐款事件引发网络热议 厦门媒体教您看懂网络募捐 专家提醒市民献爱心前先核实求助信息的真实性'
    const issue = read(`${long}\n正文:昨日，一篇题为《罗一笑，你给我站住》的文章在微信朋友圈热传。`)
    expect(toString(find(issue, 'headline'))).toBe(long.slice(3))
  })

  it('what follows the text’s label is read as the line it is: a photo’s caption printed first', () => {
    const issue = read('标题:罗一笑捐款事件引发网络热议\n发布时间:2016-12-02 06:57\n正文:事件仍在发酵，罗尔备受质疑。资料图\n昨日，一篇题为《罗一笑，你给我站住》的文章在微信朋友圈热传。')
    expect(findAll(issue, 'caption').map((c) => toString(c))).toEqual(['事件仍在发酵，罗尔备受质疑。资料图'])
  })

  it('must not fire: 内容： among a notice’s fields stays text (only 正文: labels a record’s text)', () => {
    const issue = read('停电通知\n时间：5月9日8时至18时\n内容：线路检修，届时相关区域将停电。')
    expect(findAll(issue, 'chrome')).toEqual([])
  })

  it('must not fire: 标题： and 正文： in a story’s text (how a document is set out, a notice’s attachment)', () => {
    const howTo = read(['公文写作有讲究', '本报讯 一份规范的公文通常包括以下部分：', '标题：一般由发文机关、事由和文种组成。', '正文：是公文的主体，用来表述公文的内容。'].join('\n'))
    expect(articles(howTo)).toHaveLength(1)
    expect(findAll(howTo, 'chrome')).toEqual([])
    const notice = read(['关于开展消防安全检查的通知', '为切实做好冬春火灾防控工作，现将有关事项通知如下：', '正文：详见附件'].join('\n'))
    expect(findAll(notice, 'chrome')).toEqual([])
  })

  it('must not fire: a label with nothing after it, or 标题 inside a sentence, is no record field', () => {
    expect(findAll(read('会议强调\n\n本次会议的标题:加强学习，是全体干部的共同任务。'), 'chrome')).toEqual([])
    expect(findAll(read('标题:\n\n全市召开会议，部署有关工作。'), 'headline')).toEqual([])
  })
})

describe('a box’s label in its brackets over its own headline', () => {
  const STORY = '罗尔的行为是诈骗吗？今后再遇到类似求助如何鉴别？昨日，记者就此采访了有关专家。'
  const BOX = '记者了解到，在我市，纳入大病医保范围的有23种疾病，包括尿毒症、儿童白血病等。'

  it('【相关链接】 / 我市23种疾病纳入大病医保 / text: a sidebar article, the label its kicker', () => {
    const issue = read(`罗一笑捐款事件引发网络热议\n${STORY}\n${STORY}\n【相关链接】\n我市23种疾病纳入大病医保\n${BOX}\n${BOX}\n`)
    expect(articles(issue)).toHaveLength(2)
    expect(toString(find(articles(issue)[1]!, 'kicker'))).toBe('【相关链接】')
    expect(toString(find(articles(issue)[1]!, 'headline'))).toBe('我市23种疾病纳入大病医保')
  })

  it('must not fire: a bracketed section head that is no box’s label stays in the story (【事件回顾】)', () => {
    const issue = read(`罗一笑捐款事件引发网络热议\n${STORY}\n${STORY}\n【事件回顾】\n作家卖文救女引发热议\n${BOX}\n${BOX}\n`)
    expect(articles(issue)).toHaveLength(1)
  })
})

describe('a library database’s record: its labels in lenticular brackets', () => {
  const record = ['在赣州感受浓浓的客家味', '【版次】第A06版:晚报之眸', '【入库时间】20130530', '【全文挂接】', '【全文】', '“在赣州，感受到了浓浓的客家味！”5月14日一大早，记者在赣州市采访。', '连日来，特别报道组沿着客家先民的迁徙足迹来到赣州。'].join('\n')

  it('the labels and the record’s own date are interface, 【版次】’s value the page line, the title over its story', () => {
    const issue = read(record)
    expect(toString(find(articles(issue)[0]!, 'headline')!)).toBe('在赣州感受浓浓的客家味')
    expect(find(issue, 'pageHeader')).toMatchObject({ page: 6, section: '晚报之眸' })
    expect(findAll(issue, 'paragraph')).toHaveLength(2)
    expect(findAll(issue, 'paragraph').map((node) => toString(node))).not.toContain('【入库时间】20130530')
  })

  it('【正文】 with the text on its line: the label interface, the text the story’s', () => {
    const issue = read(['在赣州感受浓浓的客家味', '【版次】第A06版:晚报之眸', '【正文】5月14日一大早，记者在赣州市采访，所到之处居民笑脸相迎。'].join('\n'))
    expect(toString(findAll(issue, 'paragraph')[0]!)).toBe('5月14日一大早，记者在赣州市采访，所到之处居民笑脸相迎。')
  })

  it('【日期】= 1991.02.23 / 【标题】= 图片 / 【正文】=, the record printed again under them: the fields and the record view’s links interface', () => {
    const issue = read(['返回概览 <<上一记录 下一记录>> 打印预览 下载记录', '', '【日期】= 1991.02.23', '【期号】= 311', '【标题】= 油田井场春节开钻', '【作者】= 画连生', '【正文】=', '', '油田井场春节开钻', '', '本报讯 东营区史口乡领导为保证油井正点开钻，春节不休息，积极协调解决征地和施工中的困难。'].join('\n'))
    expect(findAll(issue, 'chrome')).toHaveLength(6)
    expect(articles(issue).map((a) => toString(find(a, 'headline')!))).toEqual(['油田井场春节开钻'])
  })

  it('must not: a label in brackets with no equals sign and no record’s word (【标题】 alone, 【日期】 over a line) is no field', () => {
    const issue = read(['市民广场今起开放', '【日期】5月9日起，市民广场正式向市民开放，每日开放至晚十点。'].join('\n'))
    expect(findAll(issue, 'chrome')).toEqual([])
  })

  it('must not: 【全文】 is a label only opening its line (…详见【全文】。 is text)', () => {
    const issue = read(['市政府发布通知', '本报讯 5月9日，市政府发布通知，详见【全文】链接。'].join('\n'))
    expect(findAll(issue, 'chrome')).toEqual([])
  })
})
