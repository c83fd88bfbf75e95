/**
 * What overseas community papers' and county sites' pages print around a story, met in part (bg)
 * (d674 欧华报, d675 西華報) and in the corpus before it (d493 安顺日报, d294):
 *   Skip to primary navigation                           a WordPress theme's skip link: interface
 *   February 17, 2022 by WA Chinese Post Leave a Comment   a post's meta in English: the stamp
 *   Filed Under: 新聞, 本地新聞 Tagged With: 哈雷爾          its categories and tags: interface set into the text
 *   • 本地新聞 (menu) … 本地新聞 / title / stamp           the channel the menu names, over the title: interface
 *   2020年02月13日 13:02 来源:欧华报 / / / 欧华报消息…        a slash alone under the title's stamp: interface
 * Each where it fires and where it must not.
 */
import { describe, expect, it } from 'vitest'
import { toString } from '../../src/index'
import { articles, find, findAll, page, printed, readChecked as read, chromeLines as chrome, captionLines, headlinesOf as headlines } from '../helpers/tree'

const TITLE = '西市暂停驱逐令 将于2月底正式到期'
const LEAD = '(本报讯)11日,西雅图市长哈雷尔宣布将发布行政命令,将本市暂停驱逐令的到期日期延长至2月28日。'
const MORE = '市长表示,随着新冠新增病例数量稳步下降,本市是时候放弃暂停驱逐令,转而采取更加集中的努力。'


describe("a WordPress theme's furniture around the post", () => {
  it.each(['February 17, 2022 by WA Chinese Post Leave a Comment', 'Posted on March 3, 2020 by admin — 2 Comments', 'Jan 5, 2021 by 编辑部 No Comments', 'June 9, 2019 Leave a Comment'])(
    'the meta under the title is its stamp, dated (%s)',
    (meta) => {
      const issue = read(page(TITLE, meta, LEAD, MORE))
      expect(articles(issue)).toHaveLength(1)
      expect(findAll(issue, 'subheadline')).toHaveLength(0)
      const stamp = find(issue, 'stamp')!
      expect(printed(stamp, false)).toBe(meta)
      expect(stamp.date).toBeDefined()
      expect(findAll(issue, 'paragraph')).toHaveLength(2)
    },
  )

  it('the date with its month in English, read as the stamp’s date', () => {
    const stamp = find(read(page(TITLE, 'February 17, 2022 by WA Chinese Post Leave a Comment', LEAD)), 'stamp')!
    expect(stamp.date).toMatchObject({ year: 2022, month: 2, day: 17 })
  })

  it.each(['Skip to primary navigation', 'Skip to main content', 'Skip to primary sidebar'])('%s is interface', (link) => {
    expect(chrome(page(link, TITLE, LEAD))).toContain(link)
  })

  it('the post’s categories and tags under it are interface, not a paragraph', () => {
    const line = 'Filed Under: 新闻, 本地新闻 Tagged With: 哈雷尔, 房东, 新冠'
    const issue = read(page(TITLE, LEAD, MORE, line))
    expect(findAll(issue, 'paragraph')).toHaveLength(2)
    expect(chrome(page(TITLE, LEAD, MORE, line))).toContain(line)
    expect(chrome(page(TITLE, LEAD, 'Tagged With: 哈雷尔, 房东'))).toContain('Tagged With: 哈雷尔, 房东')
  })

  it('the channel the site’s menu names, over the title and its stamp, is interface, not the kicker', () => {
    const input = page('• 新闻', '• 本地新闻', '• 美国新闻', '本地新闻', TITLE, 'February 17, 2022 by WA Chinese Post Leave a Comment', LEAD, MORE)
    const issue = read(input)
    expect(find(issue, 'kicker')).toBeUndefined()
    expect(headlines(input)).toEqual([TITLE])
  })
})

describe("a WordPress theme's furniture: where it must not fire", () => {
  it('a bare date in English is no post meta (a table’s cell, a line of the text)', () => {
    expect(findAll(read(page(TITLE, LEAD, 'February 17, 2022', MORE)), 'stamp')).toHaveLength(0)
  })

  it('a sentence with by and a date in it is the text’s', () => {
    const line = 'February 17, 2022 by the time the council met, most tenants had paid.'
    expect(findAll(read(page(TITLE, LEAD, line)), 'stamp')).toHaveLength(0)
  })

  it('a date with who or where after it, no comments, is what a story quotes (a poster, an inscription): no stamp (review 30)', () => {
    for (const line of ['March 3, 1952 by the harbour', 'September 5, 2023 by Melbourne Chinese Arts Council']) {
      expect(findAll(read(page('艺术节海报上写着：', line, LEAD)), 'stamp'), line).toHaveLength(0)
    }
  })

  it('a story quoting the categories line keeps its text whole; Posted in…, Categories: … are a story’s (review 30)', () => {
    const quoted = read(page(TITLE, LEAD, '默认主题在每篇文章下面会显示这样一行：', 'Filed Under: 新聞, 本地新聞 Tagged With: 元宵節', MORE))
    expect(articles(quoted)).toHaveLength(1)
    expect(findAll(quoted, 'paragraph')).toHaveLength(3)
    for (const line of ['Posted in Hong Kong, March 3, 1962', 'Categories: 190签证、491签证']) {
      expect(chrome(page(TITLE, LEAD, line, MORE)), line).not.toContain(line)
    }
  })

  it('a sentence about filing is the text’s', () => {
    for (const line of ['文件已归档(Filed under case 2021-17),法院将于下月审理。', 'Filed under the old law, the case was closed in 2019.']) {
      expect(chrome(page(TITLE, LEAD, line)), line).not.toContain(line)
    }
  })

  it('a channel’s name over its title with no menu or fields by it stays the kicker, as before', () => {
    const input = page('本地新闻', TITLE, LEAD)
    expect(find(read(input), 'kicker')).toBeDefined()
  })

  it('a kicker the menu does not name stays the kicker (备受关注 under • 新闻 / • 本地新闻, review 30)', () => {
    const input = page('• 新闻', '• 本地新闻', '备受关注', TITLE, 'February 17, 2022 by WA Chinese Post Leave a Comment', LEAD)
    expect(find(read(input), 'kicker')).toBeDefined()
  })
})

describe('a slash alone on its line', () => {
  it('under the title’s stamp, it is interface and the lead under it opens the same story (d674)', () => {
    const input = page('华人侨界代表 祝贺马德里PP党主席获Usera人民奖', '2020年02月13日 13:02 来源:欧华报', '/', '欧华报消息(记者 易安) 2月12日下午,西班牙参议员荣获Usera人民奖,旅西侨界代表前往现场祝贺。', MORE)
    const issue = read(input)
    expect(articles(issue)).toHaveLength(1)
    expect(chrome(input)).toContain('/')
    expect(find(issue, 'dateline')).toBeDefined()
    expect(findAll(issue, 'paragraph')).toHaveLength(2)
  })

  it('under a story’s text it is the text’s: it parts a poem’s lines, or stands for none in a list (review 30)', () => {
    expect(chrome(page(TITLE, LEAD, '/', MORE))).not.toContain('/')
  })

  it('a slash in a line of text, or between two words, is the text’s', () => {
    for (const line of ['3/4', '文/图 张三', '上海/北京']) expect(chrome(page(TITLE, LEAD, line)), line).not.toContain(line)
  })
})

describe("a site's watermark and a photo's file name among the paragraphs (part (bh), d682 保山日报网)", () => {
  const HEAD = '总书记回信中提到的沧源县,是怎样一个神奇美丽的地方?'
  const P1 = '一纸书信,承载万千情怀。总书记的殷殷嘱托、美好祝福让阿佤山的干部群众备受鼓舞。'
  const P2 = '纸短情长,总书记回信中提到的沧源佤族自治县,是怎样一个神奇美丽的地方?今天,让我们一起走近秘境沧源。'
  const P3 = '祖国西南边陲,云南沧源,在2446.43平方公里的土地上,20多个民族共生共荣。'

  it('the site’s name printed three times or more between the paragraphs is interface, the story goes on under it', () => {
    const input = page(HEAD, '发布时间: 2021-08-21 13:16:25', 'bbb保山日报网', P1, 'bbb保山日报网', '微信图片_20210820124444.jpg', 'bbb保山日报网', P2, 'bbb保山日报网', P3)
    const issue = read(input)
    expect(headlines(input)).toEqual([HEAD])
    expect(findAll(issue, 'paragraph')).toHaveLength(3)
    expect(chrome(input).filter((line) => line === 'bbb保山日报网')).toHaveLength(4)
  })

  it('a photo’s file name between two paragraphs is interface, the story goes on under it', () => {
    const input = page(HEAD, P1, '微信图片_20210820124444.jpg', P2)
    expect(headlines(input)).toEqual([HEAD])
    expect(findAll(read(input), 'paragraph')).toHaveLength(2)
  })

  it('the caption under a photo’s file name is still its caption', () => {
    const input = page(HEAD, P1, '微信图片_20210820124444.jpg', '沧源佤族自治县城一角。', P2)
    expect(captionLines(input)).toEqual(['沧源佤族自治县城一角。'])
  })

  it('not a site’s address signing each brief of a column (www.bsnews.cn, review 30): the briefs stay apart', () => {
    const brief = (title: string, text: string) => [title, text, 'www.bsnews.cn']
    const input = page(
      ...brief('城区新增停车位300个', '本报讯 近日,城区新增公共停车位300个,缓解了市民停车难。'),
      ...brief('社区开展义诊活动', '本报讯 昨日,城东社区开展义诊活动,为居民免费测量血压。'),
      ...brief('图书馆延长开放时间', '本报讯 即日起,市图书馆每天延长开放时间两小时。'),
    )
    expect(headlines(input)).toEqual(['城区新增停车位300个', '社区开展义诊活动', '图书馆延长开放时间'])
  })

  it('not a line that names no site (a poem’s refrain, a speaker), nor a site named twice', () => {
    const refrain = read(page('故乡的歌', '啊 故乡', '山那边是我长大的地方,', '啊 故乡', '河那边是我读书的学堂,', '啊 故乡', '梦里总是回到你身旁。'))
    expect(findAll(refrain, 'chrome')).toHaveLength(0)
    const twice = read(page(HEAD, P1, '宁乡新闻网', P2, '宁乡新闻网'))
    expect(findAll(twice, 'chrome')).toHaveLength(0)
  })

  it('not a notice’s genre word over each of three notices (喜报, 捷报): each still titles its notice, none is interface', () => {
    const notice = (school: string) => `热烈祝贺${school}学生在全市中学生运动会上荣获团体一等奖。`
    const issue = read(page('喜报', notice('第一中学'), '喜报', notice('第二中学'), '喜报', notice('实验中学')))
    expect(findAll(issue, 'chrome')).toHaveLength(0)
    expect([...findAll(issue, 'headline'), ...findAll(issue, 'intertitle')].map((node) => toString(node))).toEqual(['喜报', '喜报', '喜报'])
  })
})

describe('a listing’s teasers, each cut with the link to its story (part (bh), d687 台灣導報)', () => {
  // (Each teaser as the archive prints it: the title, its photo's one-line caption, the lead cut with the link.)
  const teaser = (title: string, photo: string, lead: string) => [title, photo, lead]
  const ITEMS = [
    ...teaser('台灣燈會嘉義縣接棒 點亮嘉義', '嘉義縣副縣長劉培東率領縣府一級主管前往桃園市,參加接燈儀式。', '【記者謝敏政嘉義報導】台灣燈會於23日圓滿落幕,嘉義縣副縣長率領縣府一級主管前往桃園市,參加接燈儀式,與世界各地的 繼續閱讀'),
    ...teaser('盧秀燕赴日展開城市外交 期盼深化與日本交流', '市長盧秀燕登機前在桃園機場舉行訪日行前記者會。', '【記者彭勝郎台中報導】台中市長盧秀燕24晨率團前往日本,展開為期6天的參訪之旅,她 繼續閱讀'),
    ...teaser('嘉市老屋健檢 喚醒老屋新生', '嘉義市政府文化局今年度再次啟動老屋健檢活動。', '【記者張朝福嘉義報導】為延續嘉義市「木都」的歷史美名,推動在地老屋保存與再利用 Continue reading →'),
  ]

  it('each teaser ends at its link: the title under it opens the next item, not a section of the one above', () => {
    const input = page(...ITEMS)
    expect(headlines(input)).toEqual(['台灣燈會嘉義縣接棒 點亮嘉義', '盧秀燕赴日展開城市外交 期盼深化與日本交流', '嘉市老屋健檢 喚醒老屋新生'])
    expect(findAll(read(input), 'intertitle')).toHaveLength(0)
  })

  it('one teaser alone is no listing: a story’s words or its expand button, the story goes on (review 30)', () => {
    for (const line of ['新政策主要涉及以下几个方面,具体的变化如下 继续阅读', '继续阅读']) {
      const input = page(TITLE, LEAD, line, '房东将恢复驱逐权利', MORE)
      expect(headlines(input), line).toEqual([TITLE])
    }
  })

  it('not a sentence that ends with the words, glued to the text: the title under it stays a section’s', () => {
    const input = page(TITLE, LEAD, '她合上手机,拿起报纸继续阅读', '房东将恢复驱逐权利', MORE)
    expect(headlines(input)).toEqual([TITLE])
  })
})
