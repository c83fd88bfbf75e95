/**
 * What county media centres', campus papers' and community papers' pages print around a story, met in parts (bm)–(bo)
 * (d707 南京大学报, d708 泸溪融媒, d711 还看今昭, d712 云上谷城, d713 繁昌新闻网, d714 七天, d715 大埔里報, d716 北欧绿色邮报网):
 *   一审:唐 军 / 二审:宋丽梅 / 三审:唐正海                the reviews a story passed, one a line: staff lines, names unpadded
 *   本站原创文章,转载请附上原文链接。 · 本文链接:https://…   the site's reprint terms and the page's own address: interface
 *   • 0839-6280182 · 您好!欢迎来到还看今昭,… · QQ咨询     a site's header over the story: interface
 *   【字号 】 【 关闭                                      controls whose brackets the copy set apart: interface
 *   国内统一刊号CN32-0801/(G) … · 2019年01月09日出版 总第 1276 · 1275 期 2019-12-30
 *                                                      a paper's imprint and issue lines: page headers
 *   …舒展。 通讯员:高清书 张鑫 编辑:邓植元|审核:余运超 琚晓青 |  the writers and the staff glued after the text
 *   作者:云上谷城                                         an author's field naming the outlet: where the story came from
 *   …等。 杨华沈芳群摄                                     two photographers' names glued together: the signature
 *   …提供 ... / Résultats de recherche d'images pour « … » / TITLE
 *                                                      a listing's excerpts and what a copy kept of their photos
 *   Category Archives: 專題報導 · 【柏原祥/埔里報導】         a blog's archive title; a reporter filing with no role
 *   北欧绿色邮报网报道(记者陈雪霏)– …                       an outlet's 报道 with its reporter's bracket: the dateline
 * Each where it fires and where it must not.
 */
import { describe, expect, it } from 'vitest'
import { toString } from '../../src/index'
import { articles, creditsOf, find, findAll, page, readChecked as read, chromeLines as chrome, headlinesOf as headlines } from '../helpers/tree'

const TITLE = '泸溪县重大项目集中开工'
const LEAD = '泸溪融媒3月29日讯(记者 麻向阳 武清远)3月29日上午,泸溪县2024年第一季度重大项目集中开工活动在泸溪高新区举行。'
const MORE = '据了解,本次集中开工的四个项目,总投资8.34亿元,主要聚焦工业发展、乡村振兴等领域。'

const staff = (input: string) => findAll(read(input), 'editorLine').flatMap((line) => creditsOf(line))

describe('the reviews a story passed, one a line', () => {
  it('are staff lines from the first, its name padded to three characters’ width read whole (d708)', () => {
    expect(staff(page(TITLE, LEAD, MORE + '\n一审:唐 军\n二审:宋丽梅\n三审:唐正海'))).toEqual([
      ['一审', ['唐军']],
      ['二审', ['宋丽梅']],
      ['三审', ['唐正海']],
    ])
  })

  it('not one review alone under the text, nor a court’s instance in a story (二审:维持原判)', () => {
    expect(staff(page(TITLE, LEAD, MORE + '\n一审:唐军'))).toEqual([])
    expect(staff(page('案件回顾', '一审:判处有期徒刑三年\n二审:维持原判', MORE))).toEqual([])
  })
})

describe('a site’s terms of reprint and the page’s own address', () => {
  it('the terms first, then the site’s claim, are interface too (review 31)', () => {
    expect(chrome(page(TITLE, LEAD, MORE, '转载请注明出处,本站原创内容受法律保护。'))).toEqual(['转载请注明出处,本站原创内容受法律保护。'])
  })

  it('under the story are interface (d708)', () => {
    const input = page(TITLE, LEAD, MORE, '本站原创文章,转载请附上原文链接。\n本文链接:https://wap.lxxnews.com/content/646847/63/13685032.html')
    expect(chrome(input)).toEqual(['本站原创文章,转载请附上原文链接。', '本文链接:https://wap.lxxnews.com/content/646847/63/13685032.html'])
  })

  it('not a story’s sentence about reprinting, nor the address a repost was taken from (a source note)', () => {
    const told = '该公众号称转载请注明出处,但多家网站仍未署名。'
    expect(chrome(page(TITLE, LEAD, told, MORE))).toEqual([])
    // (Quoted, or with more after it, the terms are the story's words: review 31.)
    for (const line of ['许多网站都注明“本站原创文章,转载请注明出处”,但执行得并不好。', '答:可以,但需转载请注明出处,本站原创内容受保护,否则将追究责任。']) {
      expect(chrome(page(TITLE, LEAD, line, MORE)), line).toEqual([])
    }
    const issue = read(page(TITLE, LEAD, MORE, '原文链接:https://www.example.com/a.html'))
    expect(findAll(issue, 'chrome')).toEqual([])
    expect(findAll(issue, 'sourceNote')).toHaveLength(1)
  })
})

describe('a site’s header over the story', () => {
  const HEADER = ['• 0839-6280182', '  • 您好!欢迎来到还看今昭,昭化权威新闻门户网站', 'QQ咨询', '互联网违法举报', '0839-8722512 zhqwxzx@163.com']

  it('its phone numbers and e-mail, its greeting and its links are interface; the title under them heads the story (d711)', () => {
    const input = page(HEADER.join('\n'), '广元昭化:国庆氛围浓 “中国红”扮靓大街小巷', '国庆佳节将至,在广元市昭化区大街小巷,一面面鲜艳的五星红旗早早地张挂起来。', MORE)
    expect(chrome(input)).toEqual(HEADER.map((line) => line.trim()))
    expect(headlines(input)).toEqual(['广元昭化:国庆氛围浓 “中国红”扮靓大街小巷'])
  })

  it('not a hotline’s number in a story’s text, nor a title that welcomes (欢迎来到冰雪大世界)', () => {
    expect(chrome(page(TITLE, LEAD, '报名咨询电话如下：', '0743-4221234', MORE))).not.toContain('0743-4221234')
    // (Under the words the number belongs to, in a list of hotlines or a box of services at the page's top: review 31.)
    expect(chrome(page('市民热线电话一览', '燃气抢修', '0839-3262119', '自来水报修', '0839-3263110'))).toEqual([])
    expect(headlines(page('0839-6280182', '这个号码,昭化人都熟悉', '十年前,昭化区开通“民生热线”,至今已接听群众来电30余万个。'))).toContain('0839-6280182')
    expect(headlines(page('欢迎来到冰雪大世界', '本报讯 12月20日,哈尔滨冰雪大世界正式开园迎客。', MORE))).toEqual(['欢迎来到冰雪大世界'])
  })
})

describe('a site’s menus and licence in its header', () => {
  const MENUS = [
    '天气预报 总站·浙江在线 浙江新闻 图片 今日桐乡数字报 设为首页 收藏本站',
    '浙新办2006[33]号',
    ' 网站首页 | 桐乡新闻 | 国内国际 | 图片频道 | 视听频道 | 党务公开 | 人文桐乡 | 专题栏目 | 文明 | 彩票代购 ',
    '【镇街网闻联播】:梧桐 凤鸣 龙翔 濮院 乌镇 屠甸 崇福 高桥 大麻 洲泉 石门 河山 社区巡礼',
  ]

  it('are interface over the story: a menu with two controls, seven items or more parted by bars, a labelled menu, the licence (d696)', () => {
    expect(chrome(page(MENUS.join('\n'), TITLE, LEAD, MORE))).toEqual(MENUS.map((line) => line.trim()))
    expect(headlines(page(MENUS.join('\n'), TITLE, LEAD, MORE))).toEqual([TITLE])
  })

  it('not a programme under its title, nor a table’s header row over its rows (review 32)', () => {
    expect(chrome(page('社区文艺晚会节目单', '开场舞 | 合唱 | 独唱 | 相声 | 小品 | 舞蹈 | 魔术 | 大合唱', LEAD))).toEqual([])
    const table = '项目 | 第一名 | 第二名 | 第三名 | 第四名 | 第五名 | 第六名\n100米 | 张伟 | 李强 | 王磊 | 刘洋 | 陈杰 | 赵明'
    expect(chrome(page(table, TITLE, LEAD))).not.toContain('项目 | 第一名 | 第二名 | 第三名 | 第四名 | 第五名 | 第六名')
  })

  it('not a table’s row under a story’s text, nor a line of names, nor short items under a label in the text', () => {
    const table = '序号 | 姓名 | 性别 | 年龄 | 单位 | 职务 | 备注'
    expect(chrome(page(TITLE, LEAD, table, MORE))).toEqual([])
    expect(chrome(page('表彰名单', '王海 | 李强 | 张伟 | 刘洋 | 陈静 | 杨帆 | 赵敏', LEAD))).toEqual([])
    expect(chrome(page(TITLE, LEAD, '【参赛队伍】:一中 二中 三中 四中 五中 六中', MORE))).toEqual([])
  })
})

describe('controls whose brackets the copy set apart', () => {
  it('are interface (【字号 】 【 关闭, d707; 【关闭本页】, d712)', () => {
    expect(chrome(page(TITLE, '【字号 】 【 关闭', LEAD, MORE, '【关闭本页】'))).toEqual(['【字号 】 【 关闭', '【关闭本页】'])
  })

  it('not a bracket set apart in a line of words', () => {
    expect(chrome(page(TITLE, LEAD, '【 关于开展 】 专项行动的通知', MORE))).toEqual([])
  })
})

describe('a paper’s imprint and issue lines', () => {
  it('are page headers, dated where they print the date (d707)', () => {
    const input = page('2019年01月09日出版  总第 1276', '国内统一刊号CN32-0801/(G)  中共南京大学委员会主办 编辑部地址:鼓楼校园小白楼二楼', '1275 期 2019-12-30', '2019 的回望——南大记忆', '12月30日,正值己亥年腊月初五。本报特辟两版刊登我校毕业生的一组文字。')
    const headers = findAll(read(input), 'pageHeader')
    expect(headers).toHaveLength(3)
    expect(headers[0]!.date).toMatchObject({ year: 2019, month: 1, day: 9 })
    expect(headers[2]!.date).toMatchObject({ year: 2019, month: 12, day: 30 })
    expect(headlines(input)).toEqual(['2019 的回望——南大记忆'])
  })

  it('not a title naming the imprint’s number, nor issues listed one a line (review 31)', () => {
    expect(headlines(page('国内统一刊号CN32-0801背后的故事', '记者 陈 静', '1985年,《南京大学报》获得国内统一刊号。'))).toEqual(['国内统一刊号CN32-0801背后的故事'])
    expect(findAll(read(page('馆藏校报合订本目录', '学校档案馆日前完成校报数字化工作,部分目录如下:', '1275 期 2019-12-30\n1276 期 2020-01-09', '读者可登录档案馆网站查阅全文。')), 'pageHeader')).toEqual([])
  })

  it('not a title naming a serial number or a count with a date in a sentence', () => {
    expect(findAll(read(page('举办总第100期道德讲堂', '本报讯 5月9日,我市举办道德讲堂。', MORE)), 'pageHeader')).toEqual([])
    expect(findAll(read(page(TITLE, LEAD, '第3期 2019-12-30起报名,名额有限。', MORE)), 'pageHeader')).toEqual([])
  })
})

describe('the writers and the staff glued after the text', () => {
  const BODY = '“盛装”迎国庆,最美“中国红”。连日来,谷城县紫金镇积极开展国旗悬挂工作。 据了解,紫金镇将认真做好悬挂国旗的日常维护管理工作,确保国旗整洁、舒展。'

  it('the writers’ field signs the story, the staff’s fields are its staff line (d712)', () => {
    const issue = read(page(TITLE, `${BODY} 通讯员:高清书 张鑫 编辑:邓植元|审核:余运超 琚晓青 |`))
    const [article] = articles(issue)
    expect(find(article!, 'signature')?.names).toEqual(['高清书', '张鑫'])
    expect(creditsOf(find(article!, 'editorLine'))).toEqual([
      ['编辑', ['邓植元']],
      ['审核', ['余运超', '琚晓青']],
    ])
  })

  it('not a writer’s field with no staff after it, nor one that goes on into a sentence', () => {
    const issue = read(page(TITLE, `${BODY} 通讯员:高清书 张鑫 编辑部地址在县委大院内。`))
    expect(findAll(issue, 'editorLine')).toEqual([])
  })
})

describe('an author’s field naming the outlet', () => {
  it('says where the story came from, no byline and no article of its own (作者:云上谷城, d712)', () => {
    const issue = read(page(TITLE, LEAD, MORE + '(高清书 张鑫)', '作者:云上谷城\n【关闭本页】\n【打印本页】'))
    expect(articles(issue)).toHaveLength(1)
    expect(findAll(issue, 'byline')).toEqual([])
    expect(findAll(issue, 'sourceNote').map((node) => node.source)).toEqual(['云上谷城'])
  })

  it('not an author’s field naming a person, even a name or pen name ending as a body’s does (王玉台, 望江台: review 31)', () => {
    for (const name of ['张云上', '王玉台', '望江台']) {
      expect(creditsOf(find(read(page(TITLE, `作者:${name}`, LEAD, MORE)), 'byline')), name).toEqual([['作者', [name]]])
    }
  })
})

describe('two photographers’ names glued before 摄', () => {
  const TEXT = '1月7日,由繁昌县教育局牵头,多部门组成的安全生产督察小组来到辖区内学校、医院,现场督察安全生产工作。'

  it('sign the photo news, split where the second surname opens (d713)', () => {
    expect(find(read(page('开展安全生产督查', `${TEXT} 杨华沈芳群摄`)), 'signature')?.names).toEqual(['杨华', '沈芳群'])
  })

  it('not a run that splits into no two names (the text’s verb 拍摄 after words)', () => {
    expect(findAll(read(page('开展安全生产督查', `${TEXT} 游客纷纷举起手机摄`)), 'signature')).toEqual([])
  })
})

describe('a listing’s excerpts', () => {
  const FIRST = '【七天讯】(记者颜宏)12月8日,华裔护士George He的葬礼在蒙特利尔皇家山殡仪馆举行,大约有200多人从各处赶来 ...'
  const SECOND = '七天记者 梓丰 自2017年11月5日当选,蒙特利尔第一位女市长普朗特的任期已经过半,她给自己的中期治理打了7分 ...'

  it('each cut with its ellipsis set apart: the title under one opens the next item, past what a copy kept of a photo (d714)', () => {
    const input = page('蒙特利尔大学设立George He奖学金', FIRST, 'Résultats de recherche d\'images pour « valeri plante mi-mandat »', '学会妥协 女市长给自己打七分', SECOND, '蒙特利尔中华医院慈善晚宴隆重举行', '【七天讯】(记者 独玉)11月2日,满地可中华医院基金会举办第29届慈善筹款晚宴。')
    expect(headlines(input)).toEqual(['蒙特利尔大学设立George He奖学金', '学会妥协 女市长给自己打七分', '蒙特利尔中华医院慈善晚宴隆重举行'])
    expect(chrome(input)).toEqual(['Résultats de recherche d\'images pour « valeri plante mi-mandat »'])
  })

  it('WordPress’s bracketed mark alone ends its teaser (d715)', () => {
    const input = page('埔里公所鋪路標案爆量', '【柏原祥/埔里報導】許多埔里鎮民都有同樣感受,鎮上6月至9月鋪路工程相當頻繁。 […]', '周義雄掏空埔里鎮公所? 鎮代批黑箱墊付', '【柏原祥/埔里報導】埔里鎮民代表何惠娟1日召開記者會,指當新聞焦點圍繞在選舉的時候')
    expect(headlines(input)).toEqual(['埔里公所鋪路標案爆量', '周義雄掏空埔里鎮公所? 鎮代批黑箱墊付'])
  })

  it('not one ellipsis alone, a story’s words trailing off: the section’s head under it stays the story’s', () => {
    const input = page(TITLE, LEAD, '他停了一下,说:“我们再等等看 ...”', '项目进展', MORE)
    expect(headlines(input)).toEqual([TITLE])
  })

  it('not a quotation cut with […] in a story’s lead: its section heads stay the story’s (review 31)', () => {
    const input = page('读《汉水人家》', '刘大明', '《汉水人家》是一部散文集。书中有这样一段描写:“清晨的汉江笼着一层薄雾,渔船一只只划出港湾 […]', '诗意的笔触', '作者用诗一般的语言,描绘了汉江的四季变化。')
    expect(headlines(input)).toEqual(['读《汉水人家》'])
  })

  it('a local path where a photo was pasted from a word processor is interface, and the text goes on under it', () => {
    const path = '/var/folders/36/j0v__13j5bb3f5thssjr8m5c0000gq/T/com.microsoft.Word/WebArchiveCopyPasteTempFiles/640?wx_fmt=jpeg'
    const issue = read(page(TITLE, LEAD, path, MORE))
    expect(findAll(issue, 'chrome').map((node) => toString(node))).toEqual([path])
    expect(findAll(issue, 'paragraph')).toHaveLength(2)
  })
})

describe('a blog’s archive title', () => {
  it('is interface, not the first story’s heading (Category Archives: 專題報導, d715; Tag Archives: 社区)', () => {
    for (const label of ['Category Archives: 專題報導', 'Tag Archives: 社区']) {
      expect(chrome(page(label, TITLE, LEAD, MORE)), label).toEqual([label])
    }
  })

  it('in its theme’s Chinese too, a category’s short name over the page’s text (分类目录归档：本地新闻)', () => {
    expect(chrome(page('分类目录归档：本地新闻', TITLE, LEAD, MORE))).toEqual(['分类目录归档：本地新闻'])
  })

  it('not a title about filing in Chinese, as the themes’ Chinese forms read (分类目录归档:让档案管理更规范, review 31)', () => {
    for (const title of ['档案归档：一项细致的工作', '分类目录归档:让档案管理更规范', '标签归档:小小标签解决大问题']) {
      expect(headlines(page(title, LEAD, MORE)), title).toEqual([title])
    }
  })
})

describe('a reporter filing with no role, in lenticular brackets', () => {
  it('is the dateline: the name, the place (【柏原祥/埔里報導】, d715)', () => {
    const dateline = find(read(page('埔里公所鋪路標案爆量', '【柏原祥/埔里報導】許多埔里鎮民都有同樣感受。')), 'dateline')
    expect(dateline?.place).toBe('埔里')
    expect(dateline?.source).toBeUndefined()
    expect(creditsOf(dateline)).toEqual([[undefined, ['柏原祥']]])
  })

  it('not a ministry, a city government or a station where the name would stand (【華視台北報導】, review 32)', () => {
    for (const lead of ['【華視台北報導】行政院今日宣布新的防疫措施。', '【文化部/台北報導】文化部今日公布補助名單。']) {
      expect(creditsOf(find(read(page(TITLE, lead)), 'dateline')), lead).toEqual([])
    }
  })

  it('not an office filing, nor the brackets cited in a sentence (review 31)', () => {
    expect(creditsOf(find(read(page(TITLE, '【林業署/南投報導】南投林區管理處今日宣布新的保育措施。')), 'dateline'))).toEqual([])
    expect(findAll(read(page('埔里報導文學獎揭曉', '第五屆「埔里報導文學獎」日前揭曉,首獎作品為【柏原祥/埔里報導】系列中的〈紙教堂的二十年〉。')), 'dateline')).toEqual([])
  })

  it('not a desk’s compiled report, nor a place where the name would stand', () => {
    expect(creditsOf(find(read(page(TITLE, '【國際中心/綜合報導】美國總統今日宣布新政策。')), 'dateline'))).toEqual([])
    expect(find(read(page(TITLE, '【台北/埔里報導】許多埔里鎮民都有同樣感受。')), 'dateline')?.children.some((child) => child.type === 'credit')).not.toBe(true)
  })
})

describe('an outlet’s 报道 with its reporter’s bracket after it', () => {
  it('opens the lead as its dateline (北欧绿色邮报网报道(记者陈雪霏), d716)', () => {
    const dateline = find(read(page('瑞典首相勒文被投不信任票', '北欧绿色邮报网报道(记者陈雪霏)– 上周由于瑞典极右翼民主党的提议,瑞典议会对现任首相勒文提出不信任动议。')), 'dateline')
    expect(dateline?.source).toBe('北欧绿色邮报网报道')
    expect(creditsOf(dateline)).toEqual([['记者', ['陈雪霏']]])
  })

  it('not 报道 going on into the sentence (新华网报道称…), nor a paper the story named before (该报报道(记者李娜)–, review 31)', () => {
    expect(find(read(page(TITLE, '新华网报道称,瑞典议会对现任首相勒文提出不信任动议。')), 'dateline')).toBeUndefined()
    const issue = read(page(TITLE, '本报讯 上月,《汉江晚报》刊发《县城老街改造“慢半拍”》一文,引起县委重视。', '该报报道(记者李娜)– 刊发后第二天,县住建局就召开了专题会议。'))
    expect(findAll(issue, 'dateline')).toHaveLength(1)
  })
})

describe('a paper’s flash in round brackets, its name and the report’s kind parted by a slash', () => {
  it('opens the lead as its dateline, spaced or not (( 芝加哥時報 / 快訊 ), d676)', () => {
    for (const lead of ['( 芝加哥時報 / 快訊 ) 古巴電力公司今天宣布,全國電網已陷入總體性崩潰。', '(芝加哥时报/快讯)古巴电力公司今天宣布,全国电网已陷入总体性崩溃。']) {
      const dateline = find(read(page('美國封鎖古巴導致全國大停電', lead)), 'dateline')
      expect(dateline?.source?.replace(/ /g, ''), lead).toMatch(/^芝加哥[時时]報?报?\/快[訊讯]$/)
    }
  })

  it('not brackets in a sentence, nor a role or a word where the paper’s name stands', () => {
    expect(findAll(read(page(TITLE, '据报道(芝加哥时报/快讯),古巴电力公司今天宣布全国电网崩溃。')), 'dateline')).toEqual([])
    expect(findAll(read(page(TITLE, '(记者/快讯)古巴电力公司今天宣布全国电网崩溃。')), 'dateline').filter((node) => node.source !== undefined)).toEqual([])
  })
})
