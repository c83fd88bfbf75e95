/**
 * Copies of stories as sites and converters left them, as the fifth
 * held-out set printed them: lines of a layout table with their empty
 * cells, breadcrumbs, ad slots and HTML remnants set into the text, date
 * lines in more forms, a byline naming what each name made with no slash,
 * columns of bulleted briefs each signed after a space, and a site's
 * editor named by an account.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { articles, expectSource, find, findAll, page, types } from '../helpers/tree'

const headlines = (input: string) => findAll(parseIssue(input), 'headline').map((node) => toString(node))
const LEAD = '本报讯(记者李枝宏)来自美联社的记者说,大连的城市风光很美丽。'

describe('a layout table copied as text', () => {
  it('a line’s trailing empty cells (| ||) and the table’s rule (---|---|---|) are interface; the line is read without them', () => {
    const input = ['中外记者昨日游大连 | ||', '---|---|---|', 'http://www.sina.com.cn 2003年07月24日08:00 大连日报 | ||', LEAD, ''].join('\n')
    const issue = parseIssue(input)
    expect(headlines(input)).toEqual(['中外记者昨日游大连'])
    expect(find(issue, 'stamp')).toBeDefined()
    expect(find(issue, 'dateline')).toBeDefined()
    expectSource(input, issue)
  })

  it('must not fire: one bar is text (收入 |), a table row keeps its cells', () => {
    const issue = parseIssue(page('标题一行', LEAD, '收入 | 支出 | 结余'))
    expect(findAll(issue, 'chrome')).toEqual([])
  })
})

describe('what a site sets around and into the text', () => {
  it('breadcrumbs ending with their arrow or naming the paper and page, 主页 with its section: interface', () => {
    for (const crumb of ['中国网络电视台 > 新闻台 > 新闻中心 >', '浙江法制报 > 第一版:精华新闻 改变文字大小: | 打印 | 关闭', '主页 北马新闻', '首页 > 资讯中心 天津']) {
      expect(types(parseIssue(page(crumb, '中外记者昨日游大连', LEAD)))[0]).toBe('chrome')
    }
  })

  it('an ad slot’s label, an HTML comment, a mangled byte-order mark between paragraphs: the story goes on under them', () => {
    const input = page('行动党槟州联委会访《光华》拜早年', LEAD, '- Advertisement -', '他也强调,在野党是利用行动党的角色。', '壟!-- /8962/web_cntv/dicengye_huazhonghua01 -->', '然而,他认为行动党现下在许多州执政。')
    const issue = parseIssue(input)
    expect(articles(issue)).toHaveLength(1)
    expect(findAll(articles(issue)[0]!, 'paragraph')).toHaveLength(3)
    expect(findAll(articles(issue)[0]!, 'chrome').map((node) => toString(node))).toEqual(['- Advertisement -', '壟!-- /8962/web_cntv/dicengye_huazhonghua01 -->'])
    expect(issue.data.diagnostics.filter((d) => d.code === 'orphan-text')).toEqual([])
  })

  it('a backslash or a semicolon alone on its line under the text: a stray mark, the story goes on under it', () => {
    const input = page('石化大道六村堡段污水淹没半边路', LEAD, '\\', '10月13日下午两点,记者来到现场。', ';', '李师傅家就住在路边。')
    const issue = parseIssue(input)
    expect(articles(issue)).toHaveLength(1)
    expect(findAll(articles(issue)[0]!, 'paragraph')).toHaveLength(3)
    expect(findAll(issue, 'chrome').map((node) => toString(node))).toEqual(['\\', ';'])
    expectSource(input, issue)
  })

  it('an HTML attribute and a page template’s fields a converter left: interface, never a title or a paragraph', () => {
    const input = page('派出所门口“吹来”一娃', LEAD, 'SourcePh" style="display:none">', '<span id="74psf"></span>', '{PAPERID=navigation_005001001, MONTH=12, PREBM=002, NUM=2}')
    const issue = parseIssue(input)
    expect(findAll(issue, 'headline').map((node) => toString(node))).toEqual(['派出所门口“吹来”一娃'])
    expect(findAll(issue, 'chrome').map((node) => toString(node))).toEqual(['SourcePh" style="display:none">', '<span id="74psf"></span>', '{PAPERID=navigation_005001001, MONTH=12, PREBM=002, NUM=2}'])
    expectSource(input, issue)
  })

  it('must not fire: a rule of dashes still ends the story, a bullet still heads its title, marks over the text are left as they read, a tag with no attribute or in a sentence is text', () => {
    const ruled = parseIssue(page('标题一行', LEAD, '--------------', '另一段没有标题的文字。'))
    expect(findAll(articles(ruled)[0]!, 'paragraph')).toHaveLength(1)
    expect(headlines(['• 赴一场约定', '', '□居著培', '', '小暑这天,我们从盐城各地汇聚到城北。', ''].join('\n'))).toEqual(['赴一场约定'])
    expect(findAll(parseIssue(page('椰视频', ';', LEAD)), 'chrome')).toEqual([])
    expect(findAll(parseIssue(page('标题一行', LEAD, '他在网页里写下<span>标签,页面就乱了。')), 'chrome')).toEqual([])
    expect(findAll(parseIssue(page('网页制作从零学起', LEAD, '<html>')), 'chrome')).toEqual([])
  })

  it('a site’s block labels and script variables, its rating control: interface', () => {
    const issue = parseIssue(page('醉汉拽着小树死活不走', '更多 今日话题', 'channelId 1 1 1', '评分', LEAD))
    expect(findAll(issue, 'chrome').map((node) => toString(node))).toEqual(['更多 今日话题', 'channelId 1 1 1', '评分'])
    expect(headlines(page('醉汉拽着小树死活不走', '更多 今日话题', 'channelId 1 1 1', '评分', LEAD))).toEqual(['醉汉拽着小树死活不走'])
  })

  it('must not fire: an ad in a sentence, 更多 opening a title, a story after a stray label stays closed', () => {
    expect(headlines(page('更多市民参与垃圾分类', LEAD))).toEqual(['更多市民参与垃圾分类'])
    expect(findAll(parseIssue(page('标题一行', '本报讯 这家公司的广告遍布全城。')), 'chrome')).toEqual([])
  })
})

describe('date lines in more forms', () => {
  it('with a comma and the zone (2005年7月18日,星期一(GSM+8 北京时间)), its day cut off (2013年2月22日 星期), the weekday first (星期四 2024年 4月 25日)', () => {
    for (const [line, month, day] of [
      ['2005年7月18日,星期一(GSM+8 北京时间)', 7, 18],
      ['2013年2月22日 星期', 2, 22],
      ['星期四 2024年 4月 25日', 4, 25],
    ] as const) {
      const header = find(parseIssue(page(line, '中外记者昨日游大连', LEAD)), 'pageHeader')!
      expect(header.date).toMatchObject({ month, day })
    }
  })

  it('must not fire: a sentence opening with a date and a weekday', () => {
    expect(find(parseIssue(page('标题一行', '2024年4月25日星期四,市民来到广场参加活动。')), 'pageHeader')).toBeUndefined()
  })
})

describe('credits and signatures in more forms', () => {
  it('a byline naming each name’s work with no slash: 本报首席记者 朱兰英 文 王志浩 摄', () => {
    const issue = parseIssue(page('踏遍湖山人未眠', '本报首席记者 朱兰英 文 王志浩 摄', '夏夜是否静悄悄?本周,本报记者分兵5路。'))
    expect(headlines(page('踏遍湖山人未眠', '本报首席记者 朱兰英 文 王志浩 摄', '夏夜是否静悄悄?'))).toEqual(['踏遍湖山人未眠'])
    expect(findAll(find(issue, 'byline')!, 'credit').flatMap((c) => c.names)).toEqual(['朱兰英', '王志浩'])
    expect(findAll(issue, 'caption')).toEqual([])
  })

  it('must not fire: a photographer’s credit line (本报记者 申宇 摄) stays the photo’s; a padded name (■ 李 文) stays one name', () => {
    const issue = parseIssue(page('我是老八路我也投一票', '图为89岁老八路同景飞在工作人员指导下进行网络投票。', '本报记者 申宇 摄'))
    expect(findAll(issue, 'byline')).toEqual([])
    expect(findAll(issue, 'credit').map((c) => c.role)).toEqual(['摄'])
    expect(find(parseIssue(page('■ 李 文', '本报讯 会议召开。')), 'credit')!.names).toEqual(['李文'])
  })

  it('a column of bulleted briefs, each signed after a space: one untitled story each', () => {
    const input = page('◆27日上午,市城建局领导察看工程进展。 夏慧', '◆27日下午,研究会在三垛镇召开。 王庆山 姜长荣', '◆近日传来捷报,我市小品荣获二等奖。 徐凤勇 夏慧')
    const issue = parseIssue(input)
    expect(findAll(issue, 'signature').map((s) => s.names)).toEqual([['夏慧'], ['王庆山', '姜长荣'], ['徐凤勇', '夏慧']])
    expect(articles(issue)).toHaveLength(3)
    expectSource(input, issue)
  })

  it('stories signed one after another, with no titles: each its own', () => {
    const issue = parseIssue(page('27日上午,市城建局领导察看工程进展。(夏慧)', '27日下午,研究会在三垛镇召开。(王庆山)'))
    expect(articles(issue)).toHaveLength(2)
  })

  it('a reporter’s credit glued after a quote that closes the last sentence: …我祝福重庆!”本报记者赵君辉', () => {
    expect(find(parseIssue(page('标题一行', '本报讯 朱清河说,“重庆直辖8年,变化叹为观止!我祝福重庆!”本报记者赵君辉')), 'signature')!.names).toEqual(['赵君辉'])
  })

  it('must not fire: after a quote, a role and words that read as no name (…”记者张三问他) stay text', () => {
    expect(findAll(parseIssue(page('标题一行', '本报讯 他说:“我说了一句话。”记者张三问他')), 'signature')).toEqual([])
  })

  it('must not fire: a single word after a sentence with no space stays text; one glued name signs nothing', () => {
    const issue = parseIssue(page('标题一行', '本报讯 会议要求抓好落实。以上'))
    expect(findAll(issue, 'signature')).toEqual([])
  })

  it('a site’s editor named by an account: 责任编辑:wb001, 编辑:黔江编辑1', () => {
    for (const line of ['责任编辑:wb001', '编辑:黔江编辑1']) {
      const issue = parseIssue(page('标题一行', LEAD, line))
      expect(findAll(issue, 'editorLine').flatMap((e) => findAll(e, 'credit').flatMap((c) => c.names))).toEqual([line.split(':')[1]])
    }
  })

  it('a desk or a pen name after a staff role: 责编：综合新闻编辑部, 网编：产经新闻中心, 录入校对：鱼珠前航道舵手', () => {
    for (const [line, role, name] of [
      ['责编：综合新闻编辑部', '责编', '综合新闻编辑部'],
      ['网编：产经新闻中心', '网编', '产经新闻中心'],
      ['审核：市委宣传部', '审核', '市委宣传部'],
      ['录入校对：鱼珠前航道舵手', '录入校对', '鱼珠前航道舵手'],
    ] as const) {
      const issue = parseIssue(page('标题一行', LEAD, line))
      expect(findAll(issue, 'editorLine').flatMap((e) => findAll(e, 'credit').map((c) => [c.role, c.names])), line).toEqual([[role, [name]]])
    }
  })

  it('an archive’s Markdown file: the proofreader’s pen name between a quote’s and an emphasis’s marks (> *录入校对：鱼珠前航道舵手*, d655)', () => {
    const input = ['---', 'title: "廖耀湘等由京返沈"', '---', '', '# 廖耀湘等由京返沈', '', `${LEAD}`, '', '> *录入校对：鱼珠前航道舵手*', ''].join('\n')
    const issue = parseIssue(input)
    expect(findAll(issue, 'editorLine').flatMap((e) => findAll(e, 'credit').map((c) => c.names))).toEqual([['鱼珠前航道舵手']])
    expectSource(input, issue)
  })

  it('must not fire: two names glued (编辑：张三丰李四), a clause after the role (编辑：本文图片来自网络), a reporter’s label (记者：市委宣传部门负责人) name no desk', () => {
    for (const line of ['编辑：张三丰李四', '编辑：本文图片来自网络。', '记者：市委宣传部门负责人']) {
      const names = findAll(parseIssue(page('标题一行', LEAD, line)), 'editorLine').flatMap((e) => findAll(e, 'credit').flatMap((c) => c.names))
      expect(names, line).not.toContain(line.split('：')[1])
    }
  })

  it('must not fire: an account-like word in a sentence after 编辑 is text', () => {
    expect(findAll(parseIssue(page('标题一行', LEAD, '编辑:本文图片来自网络。')), 'editorLine')).toEqual([])
  })
})

describe('a photographer’s credit set apart by a space', () => {
  it('after a caption with no full stop: 物品分发现场其乐融融 扬州日报 凌万兵 冒颖异 何丹丹 摄 (the paper’s name stays the caption’s)', () => {
    const input = page('物品分发现场其乐融融 扬州日报 凌万兵 冒颖异 何丹丹 摄', '志愿者为城市美容师点赞 扬州日报 凌万兵 冒颖异 何丹丹 摄', '连日来持续高温,广大“城市美容师”们依然坚守岗位。')
    const issue = parseIssue(input)
    expect(findAll(issue, 'caption')).toHaveLength(2)
    expect(find(find(issue, 'caption')!, 'credit')!.names).toEqual(['凌万兵', '冒颖异', '何丹丹'])
    expect(articles(issue)).toHaveLength(1)
    expectSource(input, issue)
  })

  it('must not fire: 摄 glued to the words before it (竞相拍摄) is a verb, not a credit', () => {
    const issue = parseIssue(page('标题一行', '本报讯 游客们在景区门口排队 竞相拍摄', '大家在湖边 排队 拍摄'))
    expect(findAll(issue, 'caption')).toEqual([])
  })
})

describe('photos on a page of photos', () => {
  it('captions in a run, each with its credit, are captions, the last no photo news of its own', () => {
    const input = page('晴好的天气让广场成为市民天然舞台。(记者 严龙 摄)', '夜游石浦渔港成为游客新选择。(施超 杨忠华 摄)', '昨天,施工人员正在高架段作业。(胡建华 祁宗珠 摄)')
    const issue = parseIssue(input)
    expect(findAll(issue, 'caption')).toHaveLength(3)
    expect(articles(issue)).toEqual([])
  })

  it('a photo story’s title over its caption, page furniture under them: the title heads the caption', () => {
    const input = page('广场垃圾很“刺眼”', '16日,景色宜人的市人民广场引来众多市民休闲。', '记者 陈红菊摄', '第06版:社会经纬')
    expect(headlines(input)).toEqual(['广场垃圾很“刺眼”'])
  })
})

describe('Malaysian and European sites', () => {
  it('報導:黃方濟 on its own line is the byline; a column tag opening the title under a category line makes it the headline', () => {
    const input = page('北马精选即时国内地方', '【檳火箭黨選】曹觀友不參與黨選 戰友錯愕但尊重', '報導:黃方濟', '(檳城4日訊)檳行動黨主席曹觀友今日宣布不接受提名。')
    const issue = parseIssue(input)
    expect(headlines(input)).toEqual(['【檳火箭黨選】曹觀友不參與黨選 戰友錯愕但尊重'])
    expect(toString(find(issue, 'kicker')!)).toBe('北马精选即时国内地方')
    expect(findAll(find(issue, 'byline')!, 'credit').map((c) => [c.role, c.names])).toEqual([['報導', ['黃方濟']]])
    expectSource(input, issue)
  })

  it('a stamp with the day first and the time (13.03.2015  12:30) under the title', () => {
    const stamp = find(parseIssue(page('王晓红:发展途中 勿忘初心', '13.03.2015  12:30', '“离开家乡很久了,没事都会和老乡们聊聊江西。”')), 'stamp')!
    expect(stamp.date).toMatchObject({ year: 2015, month: 3, day: 13 })
  })

  it('must not fire: 报道 opening a sentence, a bare day-first date with no time', () => {
    const issue = parseIssue(page('标题一行', '报道:据了解,本次活动吸引了众多市民参加。', '13.03.2015'))
    expect(findAll(issue, 'byline')).toEqual([])
    expect(findAll(issue, 'stamp')).toEqual([])
  })
})

describe('the site’s lines under a story', () => {
  it('reprint notices are interface, a staff line in brackets an editor line, a lone ? interface', () => {
    const input = page(
      '7月30日,记者从交警指挥中心了解到,景区周边道路将实行交通管制。',
      '城市信报记者 张林盛 通讯员 白亮',
      '[编辑: 刘晓明]',
      '版权稿件,任何媒体、网站或个人未经授权不得转载,违者将依法追究责任。',
      '?',
    )
    const issue = parseIssue(input)
    expect(findAll(issue, 'editorLine').flatMap((e) => findAll(e, 'credit').flatMap((c) => c.names))).toEqual(['刘晓明'])
    expect(findAll(issue, 'chrome').map((node) => toString(node))).toEqual(['版权稿件,任何媒体、网站或个人未经授权不得转载,违者将依法追究责任。', '?'])
    expect(findAll(articles(issue)[0]!, 'paragraph')).toHaveLength(1)
    expectSource(input, issue)
    for (const notice of ['本原创内容版权归掌中九江(www.jjcbw.com)所有,未经书面授权谢绝转载。', '—— 本文由大皖新闻原创 未经授权不得转载 ——', '海口日报版权所有 未经书面许可不得复制或转载']) {
      expect(types(parseIssue(page('标题一行', LEAD, notice))).at(-1)).toBe('chrome')
    }
  })

  it('a repost’s source and original title, the page’s links under the story: a source note and interface, not paragraphs', () => {
    const input = page(
      '时光长廊里 回顾成都日报历史',
      '本报讯 您即将走进的是一条特别的“时光长廊”。',
      '原标题:时光长廊里 回顾《成都日报》历史',
      '文章来源:http://news.72177.com/2017/0430/4310173.shtml',
      '>>我要举报',
      '你也可能感兴趣...',
      '标签',
      'Close',
    )
    const issue = parseIssue(input)
    expect(findAll(articles(issue)[0]!, 'paragraph')).toHaveLength(1)
    expect(find(issue, 'sourceNote')).toBeDefined()
    expect(findAll(issue, 'chrome').map((node) => toString(node))).toEqual(['原标题:时光长廊里 回顾《成都日报》历史', '>>我要举报', '你也可能感兴趣...', '标签', 'Close'])
    expectSource(input, issue)
  })

  it('a site’s notices and promos: the browser notice, a follow-us promo, an SMS subscription, a hot list’s link', () => {
    for (const line of [
      '您的IE浏览器版本太低,请升级至IE8及以上版本或安装webkit内核浏览器。',
      '要看最快最熱資訊,請來Follow我們 《東方日報》WhatsApp Channel',
      '移动用户编辑短信CD到106580009009,即可免费订阅',
      '- [热点] 《西游记》重播3000次',
    ]) {
      expect(types(parseIssue(page('标题一行', LEAD, line))).at(-1)).toBe('chrome')
    }
  })

  it('must not fire: a story’s sentences about browsers and following', () => {
    const issue = parseIssue(page('标题一行', '本报讯 专家提醒,浏览器版本太低会带来安全隐患。', '他说:“请大家关注我们的微信公众号,了解更多政策。”'))
    expect(findAll(issue, 'chrome')).toEqual([])
  })

  it('a cartoon’s credit with the writer’s: 漫画/周滔 文/孙远铭 under the text signs it', () => {
    expect(find(parseIssue(page('标题一行', LEAD, '漫画/周滔 文/孙远铭')), 'signature')!.names).toEqual(['周滔', '孙远铭'])
  })

  it('must not fire: a story’s sentence about reprinting, a bracketed word that names no staff', () => {
    const issue = parseIssue(page('标题一行', '本报讯 法院认定,该网站未经授权转载他人作品构成侵权,判决赔偿。', '[附件]', '原来这个标题是他起的。', '漫画是他的爱好。'))
    expect(findAll(issue, 'chrome')).toEqual([])
    expect(findAll(issue, 'editorLine')).toEqual([])
    expect(findAll(issue, 'signature')).toEqual([])
  })
})

describe('a page copied from a layout table, whole', () => {
  const SOHU = [
    '![](/nimages/c.gif) |',
    '依依滇沪情(图) |',
    '| NEWS.SOHU.COM 2004年10月23日16:32 来源:云南日报 |',
    '页面功能 【我来说两句】【我要“揪”错】【推荐】【字体:大 中 小】【打印】 【关闭】 |',
    '搜狐新闻,告诉你正在发生什么。 点击进入>>>',
    '大都市上海,以阳光般温暖的热情感动着来自西部的客人。',
    '',
  ].join('\n')

  it('on a page whose lines end in borders, one border and borders opening a line are parted too; images, page functions and promos are interface; a host name opens the stamp', () => {
    const issue = parseIssue(SOHU)
    const chrome = findAll(issue, 'chrome').map((node) => toString(node))
    expect(chrome).toEqual(expect.arrayContaining(['![](/nimages/c.gif)', '|', '页面功能 【我来说两句】【我要“揪”错】【推荐】【字体:大 中 小】【打印】 【关闭】', '搜狐新闻,告诉你正在发生什么。 点击进入>>>']))
    expect(find(issue, 'stamp')!.date).toMatchObject({ year: 2004, month: 10, day: 23 })
    expect(findAll(issue, 'paragraph').map((node) => toString(node))).not.toContain('依依滇沪情(图) |')
    expectSource(SOHU, issue)
  })

  it('must not fire: one line ending in a bar, on a page of text, keeps it', () => {
    const issue = parseIssue(page('标题一行', '本报讯 收支如下:收入 |'))
    expect(findAll(issue, 'chrome')).toEqual([])
  })
})

describe('a photo’s file name left where the photo stood (d526)', () => {
  it('微信图片_20210813140706, IMG_2034.JPG, 20170622101449mcgb32.jpg alone on their lines: interface', () => {
    const names = ['微信图片_20210813140706', 'IMG_2034.JPG', '20170622101449mcgb32.jpg']
    const input = page('华昌桥人行道两侧开裂脱落石板已修复', ...names, '本报讯 近日,有市民反映,开发区华昌桥人行道边的部分石板存在开裂脱落的情况。')
    const issue = parseIssue(input)
    expectSource(input, issue)
    expect(findAll(issue, 'chrome').map((node) => toString(node))).toEqual(names)
  })

  it('must not fire: a title naming a picture (图片里的2021) or a line of numbers and words', () => {
    const input = page('图片里的2021', '本报讯 近日,市图书馆举办摄影展。', '图片2021年度十佳', '图片2023')
    expect(findAll(parseIssue(input), 'chrome')).toEqual([])
  })
})

describe('outlets named 新闻 and 在线', () => {
  it('大皖新闻讯 opens a dateline; 大皖新闻记者 蒋六乔 glued to the last sentence signs it; 金黔在线记者 is an affiliation', () => {
    const issue = parseIssue(page('安庆市城市防洪景区封园', '大皖新闻讯 6月28日起,景区封园。大皖新闻记者 蒋六乔'))
    expect(find(issue, 'dateline')!.source).toBe('大皖新闻讯')
    expect(find(issue, 'signature')!.names).toEqual(['蒋六乔'])
    const credit = find(parseIssue(page('标题一行', '金黔在线记者 张斌', '本报讯 市民报料。')), 'credit')!
    expect(credit.affiliation).toBe('金黔在线')
  })

  it('must not fire: 新闻 alone before 讯, a source named otherwise before 讯 (a vocabulary teaches it: examples/vocabulary-extension.mjs)', () => {
    expect(findAll(parseIssue(page('标题一行', '新闻讯 这是一句话。')), 'dateline')).toEqual([])
    expect(findAll(parseIssue(page('县里召开会议', '忻州发布讯 记者 王强 5月9日,县里召开会议。')), 'dateline')).toEqual([])
  })

  it('a site named 在线 before its wire date and 讯 (浙江在线12月19日讯, 金黔在线讯) is the source, the dateline alone on its line too', () => {
    const [dateline] = findAll(parseIssue('浙江在线12月19日讯\n中山路世纪广场,曾是嘉兴城市西区的标志性建筑之一。\n'), 'dateline')
    expect(dateline).toMatchObject({ source: '浙江在线', date: { month: 12, day: 19 } })
    expect(findAll(parseIssue(page('县里召开会议', '金黔在线讯 近日,有市民反映卖煤摊黑尘飞扬。')), 'dateline')[0]?.source).toBe('金黔在线讯')
  })
})

describe('an image’s alt text: the title with the site’s suffix', () => {
  it('…看見家鄉風景_QRCODE碼 under its title: interface, no subheadline', () => {
    const title = '嘉義縣舉辦校園小記者比賽讓學生看見家鄉風景'
    const input = page(title, `${title}_QRCODE碼`, '【嘉義訊】嘉義縣政府教育處舉辦比賽，5日在鹿草國小舉辦頒獎典禮。')
    const issue = parseIssue(input)
    expect(headlines(input)).toEqual([title])
    expect(findAll(issue, 'subheadline')).toEqual([])
    expect(findAll(issue, 'chrome').map((node) => toString(node))).toEqual([`${title}_QRCODE碼`])
  })

  it('must not: a title with an underscore no title above it has (数据_2024年度报告) stays a title', () => {
    expect(headlines(page('全市经济运行数据_2024', '本报讯 5月9日，市统计局发布全市经济运行数据。'))).toEqual(['全市经济运行数据_2024'])
  })
})

describe('a browser’s notice, a disclaimer of where the story came from, dashed links to the stories around it', () => {
  const lastTypes = (line: string) => {
    const issue = parseIssue(page('开学啦!宁化3万余名中小学生走进校园', LEAD, line))
    return { chrome: findAll(issue, 'chrome').map((node) => toString(node)), paragraphs: findAll(articles(issue)[0]!, 'paragraph').length }
  }

  it('您当前使用的浏览器版本过低…, 建议使用 IE9及以上版本…浏览器。谢谢!, 免责声明:本文来自…, - 上一篇:…[ 02-18 ]: interface, not a paragraph', () => {
    for (const line of [
      '您当前使用的浏览器版本过低,可能导致部分功能不能正常使用。',
      '建议使用 IE9及以上版本,或 Firefox ChromeOpera等浏览器。谢谢!',
      '您的浏览器不支持video标签。',
      '免责声明:本文来自宁化在线新闻频道,不代表宁化在线的观点和立场。',
      '- 上一篇:宁化今年计划治理水土流失面积近十万亩[ 02-18 ]',
    ]) {
      expect(lastTypes(line)).toEqual({ chrome: [line], paragraphs: 1 })
    }
  })

  it('must not fire: news about browsers, advice in a story', () => {
    for (const line of ['谷歌浏览器宣布不再支持Windows 7系统，用户需升级。', '专家建议使用正规渠道下载浏览器，避免病毒。']) {
      expect(lastTypes(line)).toEqual({ chrome: [], paragraphs: 2 })
    }
  })
})
