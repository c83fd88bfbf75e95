/**
 * What county media centres', county papers' and sector papers' pages print around a story, met in parts (bz)–(cc)
 * (d760 远安融媒, d761 枝江融媒, d762 韩城日报, d763 遂平新闻, d767 中方融媒, d768 衡山新闻网, d769 普定, d771 黔南日报,
 * d773 通道融媒, d775 阳光东坑网, d779 安徽工人日报, d781 新疆日报, d782 华声在线):
 *   一审:刘世卫 / ⏎ / 二审:周大威 · (一审 赵雪如 二审 袁定平 三审 龚春梅)   the reviews a story passed: staff lines
 *   编 辑:苏 伟 / 一 审:魏 倩 / … / 总监制:骆世明                    roles padded to a three's width; the producer under them
 *   中方融媒6月16日讯 · 通道融媒讯 …                                   a media centre's short name before 讯: the dateline
 *   …多赢局面。刘永欢、蒋鹏)                                            a closing credit whose opening bracket a repost lost
 *   成熟麦田 / … / 晾晒 / 机收服务站 / 记者:赵建明                        photos' lines over the story's credit: captions
 *   2024-9-27遂平新闻 · 阳光东坑 http://dk.sun0769.com/ 2008-12-03 17:12   a site's dates: stamps
 *   推动法治建设 守护群众美好生活 / ——访… / 记者 刘茹                      a title and its subtitle over a byline the copy cut
 *   标题导航 / • / title / 摘要:… / …                                  an e-paper's list of titles with their abstracts: interface
 *   本作品由…原创,如需转载… · 版权声明:凡注明来源为…等作品,版权均属… · 关注 · 内容详情 · 民生/社会/时讯/热点 ·
 *   期次:第8676期 · 联系电话(举报受理): 0909-2317062 · ……              interface, or no title
 *   [来源:华声在线]                                                    the source note in square brackets
 *   the page's list of other stories' titles under the story's closing lines: interface
 * Each where it fires and where it must not.
 */
import { describe, expect, it } from 'vitest'
import { articles, creditsOf, find, findAll, page, readChecked as read, chromeLines as chrome, headlinesOf as headlines, printed } from '../helpers/tree'

const TITLE = '宜昌市乡风文明建设座谈会举行'
const LEAD = '远安融媒讯(记者 方李玮 通讯员 王倩)近日,宜昌市乡风文明建设座谈会在嫘祖镇分水村举行。'
const MORE = '当天,与会人员还先后前往嫘祖文化博物馆,实地参观调研乡风文明教育基地。'

const staff = (input: string) => findAll(read(input), 'editorLine').flatMap((line) => creditsOf(line))

describe('the reviews a story passed', () => {
  it('one a line, a blank line between each as between the story’s paragraphs, are staff lines (d760)', () => {
    expect(staff(page(TITLE, LEAD, MORE, '一审:刘世卫', '二审:周大威', '三审:陈大春'))).toEqual([
      ['一审', ['刘世卫']],
      ['二审', ['周大威']],
      ['三审', ['陈大春']],
    ])
  })

  it('not a court’s instances set apart under a title, a story’s text under them', () => {
    expect(staff(page('案件回顾', '一审:张某', '二审:李某', MORE))).toEqual([])
  })

  it('their roles with no colon, in round brackets, are staff lines, not a menu of words (d761)', () => {
    expect(staff(page(TITLE, LEAD, MORE, '(一审 赵雪如 二审 袁定平 三审 龚春梅)'))).toEqual([
      ['一审', ['赵雪如']],
      ['二审', ['袁定平']],
      ['三审', ['龚春梅']],
    ])
  })

  it('not words that are no reviews’ roles, nor roles over no names (a story’s words)', () => {
    expect(staff(page(TITLE, LEAD, MORE, '(一审 判决 二审 维持 三审 终结)'))).toEqual([])
    expect(staff(page(TITLE, LEAD, MORE, '一审 二审 三审 都已结束'))).toEqual([])
  })

  it('their roles padded to a three’s width, the editor over them and the producer under them, are staff lines (d769)', () => {
    expect(staff(page(TITLE, LEAD, MORE + '\n编 辑:苏 伟\n一 审:魏 倩\n二 审:罗兴美\n三 审:罗 华\n总监制:骆世明'))).toEqual([
      ['编辑', ['苏伟']],
      ['一审', ['魏倩']],
      ['二审', ['罗兴美']],
      ['三审', ['罗华']],
      ['总监制', ['骆世明']],
    ])
  })

  it('not a padded field of a role no desk has (导 演:王 军 over the text)', () => {
    expect(staff(page(TITLE, LEAD, MORE + '\n导 演:王 军\n主 演:李 强'))).toEqual([])
  })
})

describe('a media centre’s short name before 讯', () => {
  const lead = (source: string) => find(read(page(TITLE, `${source} 近日,中方县人民医院成功完成一例高难度手术。`, MORE)), 'dateline')

  it('with no credits, dated or not, is the dateline (d767, d773)', () => {
    for (const source of ['中方融媒6月16日讯', '通道融媒讯', '巴东广电讯']) {
      expect(lead(source) && printed(lead(source)!, false), source).toBe(source)
    }
  })

  it('not a sentence about news (融媒讯息)', () => {
    expect(find(read(page(TITLE, '推动全县融媒讯息传播,近日中方县举办培训。', MORE)), 'dateline')).toBeUndefined()
  })
})

describe('a closing credit whose opening bracket a repost lost', () => {
  it('glued after the last sentence, the names sign the story (d768)', () => {
    const signature = find(read(page(TITLE, LEAD, '调研组给予了充分肯定,形成多赢局面。刘永欢、蒋鹏)')), 'signature')
    expect(signature?.names).toEqual(['刘永欢', '蒋鹏'])
  })

  it('not words after the sentence, nor a bracket the paragraph opened', () => {
    expect(find(read(page(TITLE, LEAD, '调研组给予了充分肯定,形成多赢局面。详见第三版)')), 'signature')).toBeUndefined()
    expect(find(read(page(TITLE, LEAD, '调研组(县人大)给予了充分肯定,形成多赢局面。刘永欢)')), 'signature')).toBeUndefined()
  })
})

describe('photos’ lines over the story’s closing credit', () => {
  const photos = '成熟麦田\n收获季节\n趁天抢收\n机收会战\n颗粒归仓\n晾晒\n机收服务站'
  const text = '5月31日,天气放晴,遂平县组织收割机进入麦田收割作业。\n截止目前,我县共组织3000多台大型联合收割机投入夏收。'

  it('many short lines under the text are captions, the credit its signature (d763)', () => {
    const tree = read(`${text}\n${photos}\n记者:赵建明\n`)
    expect(findAll(tree, 'caption').map((node) => printed(node, false))).toEqual(photos.split('\n'))
    expect(find(tree, 'signature')?.names).toEqual(['赵建明'])
    expect(articles(tree)).toHaveLength(1)
  })

  it('not a heading group’s lines over the next story’s byline', () => {
    const tree = read(`${text}\n关注民生\n菜价稳了\n市场保供有力\n记者:赵建明\n今年以来,我市菜价保持平稳。\n`)
    expect(findAll(tree, 'caption')).toEqual([])
    expect(headlines(`${text}\n关注民生\n菜价稳了\n市场保供有力\n记者:赵建明\n今年以来,我市菜价保持平稳。\n`)).toContain('菜价稳了')
  })
})

describe('a site’s dates', () => {
  it('a hyphened date glued to the site that dated it is a stamp (d763)', () => {
    const tree = read(page(TITLE, LEAD, MORE) + '2024-9-27遂平新闻\n2024-9-25遂平新闻\n')
    expect(findAll(tree, 'stamp').map((node) => printed(node, false))).toEqual(['2024-9-27遂平新闻', '2024-9-25遂平新闻'])
  })

  it('not a date in words opening a sentence, nor a date glued to a word that names no site', () => {
    const tree = read(page(TITLE, LEAD, '2024年9月27日遂平新闻中心召开会议。', '2024-9-27开工'))
    expect(findAll(tree, 'stamp')).toEqual([])
  })

  it('a site’s name and its address before the date and time is its stamp (d775)', () => {
    const tree = read(page(TITLE + '\n阳光东坑  http://dk.sun0769.com/   2008-12-03 17:12', LEAD, MORE))
    expect(findAll(tree, 'stamp').map((node) => printed(node, false))).toEqual(['阳光东坑  http://dk.sun0769.com/   2008-12-03 17:12'])
  })
})

describe('a title and its dashed subtitle over a byline the copy cut', () => {
  const first = '以“贵州村马”为引擎 助推三都文旅产业新发展\n——访州人大代表、三都县文化和旅游局局长韦丽娜\n记者 刘茜 刘茹男'
  const text = '“向承强州长作的政府工作报告,让我深受鼓舞。”韦丽娜说。\n“2024年,三都举办了33场赛马活动。”'

  it('open a story of their own (d771)', () => {
    const input = `${first}\n${text}\n推动法治建设 守护群众美好生活\n——访州人大代表、瓮安县平定营镇党委书记黄平\n记者 刘茹\n`
    expect(headlines(input)).toEqual(['以“贵州村马”为引擎 助推三都文旅产业新发展', '推动法治建设 守护群众美好生活'])
    expect(findAll(read(input), 'signature')).toEqual([])
  })

  it('not the story’s last lines over its closing credit, with no subtitle', () => {
    const input = `${first}\n${text}\n推动法治建设 守护群众美好生活\n记者 刘茹\n`
    expect(headlines(input)).toEqual(['以“贵州村马”为引擎 助推三都文旅产业新发展'])
  })
})

describe('an e-paper’s list of titles with their abstracts', () => {
  const entry = (title: string, abstract: string) => `  • ${title}\n\n    摘要:${abstract}`
  const list = [
    '标题导航',
    entry('“徽州百工”赛剪纸', '9月26日,2025“徽州百工”黄山市剪纸制作技能大赛举行。'),
    entry('合肥市第七届职工文化艺术节圆满收官', '本报讯9月28日上午,职工文艺展演在合肥举行。'),
    entry('情暖金秋礼赞祖国', '秋高气爽,佳节双至。我省各级工会开展多彩活动。'),
  ].join('\n\n')

  it('is interface, the story the page gives under it its own (d779)', () => {
    const input = page(list, '放大 缩小 默认', '情暖金秋礼赞祖国', '——我省各级工会开展多彩活动迎国庆', '秋高气爽,佳节双至。在中华人民共和国76周年华诞之际,我省各级工会开展活动。')
    expect(headlines(input)).toEqual(['情暖金秋礼赞祖国'])
    expect(chrome(input)).toContain('摘要:本报讯9月28日上午,职工文艺展演在合肥举行。')
  })

  it('not stories under the label whose titles the page does not print again', () => {
    const input = page(list.replace('情暖金秋礼赞祖国', '金秋时节话丰收'), '情暖金秋礼赞祖国', '秋高气爽,佳节双至。我省各级工会开展活动。')
    expect(headlines(input)).toContain('“徽州百工”赛剪纸')
  })
})

describe('the page’s list of other stories’ titles under the story’s closing lines', () => {
  const links = '习近平总书记关切事|好家风薪火传\n习近平向2026年“中非人文交流年”开幕式致贺信\n为中国式现代化建设贡献更大力量——习近平总书记重要指示激励中央企业砥砺前行、奋发有为\n学习进行时|习近平总书记指引推动海南自贸港建设的故事'

  it('under its source note and the site’s terms, is interface (d767)', () => {
    const input = page(TITLE, LEAD, MORE + '\n责编:袁敏\n来源:中方县融媒体中心', '本作品由中方县融媒体中心原创,如需转载,请注明来源、原标题、著作者名,不得变更核心内容!\n' + links)
    expect(headlines(input)).toEqual([TITLE])
    expect(chrome(input)).toContain('学习进行时|习近平总书记指引推动海南自贸港建设的故事')
    expect(chrome(input)).toContain('本作品由中方县融媒体中心原创,如需转载,请注明来源、原标题、著作者名,不得变更核心内容!')
  })

  it('not a title with its text under the closing lines', () => {
    const input = page(TITLE, LEAD, MORE + '\n来源:中方县融媒体中心', '习近平总书记关切事|好家风薪火传\n近日,我县开展好家风宣讲活动,群众踊跃参加。')
    expect(chrome(input)).toEqual([])
  })
})

describe('interface around a county site’s story', () => {
  it('its follow button, its page label, its channels, its issue field, its business lines, its rights claim', () => {
    const input = page(
      '内容详情\n' + TITLE,
      '韩城传媒网\n民生/社会/时讯/热点\n关注\n期次:第8676期',
      LEAD,
      MORE,
      '联系电话(举报受理): 0909-2317062',
      '版权声明:凡注明来源为“东坑融媒体中心”、“阳光东坑网”的所有文字、图片、音视频等作品,版权均属阳光东坑网所有。',
    )
    expect(chrome(input)).toEqual(expect.arrayContaining(['内容详情', '民生/社会/时讯/热点', '关注', '期次:第8676期', '联系电话(举报受理): 0909-2317062']))
    expect(chrome(input).some((line) => line.startsWith('版权声明:凡注明来源为'))).toBe(true)
    expect(headlines(input)).toEqual([TITLE])
  })

  it('not names set apart by slashes, nor a story’s sentence about following a case', () => {
    const input = page(TITLE, '王芳/李强/张伟', LEAD, '关注此事的市民纷纷点赞。')
    expect(chrome(input)).toEqual([])
  })

  it('an ellipsis alone, text left out of the story, is no title (d762)', () => {
    const input = page('开栏语:', '黄河咆哮,风潮云涌。从1949年到2019年,历史车轮滚滚向前。', '……', '矫健的步伐、铿锵的足音,让城市越发美丽。')
    expect(headlines(input)).toEqual([''])
  })

  it('the source note in square brackets under the title; the photo news under it keeps its text and signature (d782)', () => {
    const tree = read(page('春日采收忙', '[来源:华声在线]', '2月16日,新田县中山街道双溪岭村,村民在采收木耳。近年,该县大力发展木耳产业,带动村民增收。', '刘贵雄 陈祉凝 摄影报道(湖南图片库)'))
    expect(find(tree, 'sourceNote')?.source).toBe('华声在线')
    expect(find(tree, 'signature')?.names).toEqual(['刘贵雄', '陈祉凝'])
  })
})

describe('more of what the folded parts (cd)–(ch) print', () => {
  it('a converged newsroom’s reporter with a rank, in either order, is a credit (d801)', () => {
    for (const role of ['全媒体首席记者', '首席全媒体记者', '融媒体实习记者']) {
      const tree = read(page('鞍山市召开全市领导干部大会', `本报讯(${role} 费文鹏)8日,鞍山市召开全市领导干部大会。`, MORE))
      expect(creditsOf(find(tree, 'dateline')), role).toEqual([[role, ['费文鹏']]])
    }
  })

  it('a news agency’s name before 讯 is the dateline (d784)', () => {
    const tree = read(page('泰华进出口商会举行150周年庆典', '泰国头条新闻社讯 3月24日,泰华进出口商会在曼谷隆重举行150周年庆典。', MORE))
    expect(printed(find(tree, 'dateline')!, false)).toBe('泰国头条新闻社讯')
  })

  it('a site’s back button, its sign-in box, its switch of languages, a WeChat account’s call to follow: interface (d802, d792, d791)', () => {
    const input = page('登录注册\n短信验证登录\n60s后重发\n返回', 'English日本語简体繁体\n点击上方蓝色文字\n进行关注', TITLE, LEAD, MORE)
    expect(chrome(input)).toEqual(['登录注册', '短信验证登录', '60s后重发', '返回', 'English日本語简体繁体', '点击上方蓝色文字', '进行关注'])
    expect(headlines(input)).toEqual([TITLE])
  })

  it('not a story’s sentences about going back, following or a language', () => {
    const input = page(TITLE, LEAD, '返回家乡创业的青年越来越多。', '点击上方蓝色文字可以查看更多精彩内容,欢迎大家踊跃参与活动。', 'English和中文双语标识已全部更换。')
    expect(chrome(input)).toEqual([])
  })

  it('a closing bracket naming the story’s source before its credits signs with the credits’ names (d793)', () => {
    const tree = read(page(TITLE, '1月20日,迎春展示活动在京开幕。 图为传承人杨福喜正在展示技艺。 (出处:中国社会科学报 本报记者 王宙/摄 张微/文)'))
    expect(find(tree, 'signature')?.names).toEqual(['王宙', '张微'])
  })

  it('not a source alone in the bracket: where the story came from, no one’s signature', () => {
    expect(find(read(page(TITLE, '1月20日,迎春展示活动在京开幕。(来源:湖北日报)')), 'signature')).toBeUndefined()
  })

  it('a reporter’s credit in brackets naming no one is the signature, with no names (d805)', () => {
    const tree = read(page(TITLE, '本报讯 2020年,是不平凡的一年。本报启动年度新闻人物评选工作。', '(本报记者)'))
    const signature = find(tree, 'signature')
    expect(signature?.names).toEqual([])
    expect(findAll(tree, 'paragraph')).toHaveLength(1)
  })

  it('not a bracket naming a place of work or an office (记者站)', () => {
    expect(find(read(page(TITLE, '本报讯 活动在京开幕。(记者站)')), 'signature')).toBeUndefined()
  })

  it('a paper’s rights and its terms of reprint on one line: interface (d793)', () => {
    expect(chrome(page(TITLE, LEAD, MORE, '《中国社会科学报》版权所有,转载请注明出处及本网站名。'))).toEqual(['《中国社会科学报》版权所有,转载请注明出处及本网站名。'])
  })

  it('a line closed by the reporters’ credit after its last sentence runs into no title under it, however wide (d804)', () => {
    const first = '由闵行区民政局主办的“给爱你的人一个拥抱——恒爱行动感恩节关怀老人特别活动”近日在福利院举行,向老人捐赠了600条羊毛裤,使近600名老人穿上暖身的羊毛裤。 通讯员 孙佳妮'
    const input = `关怀闵行社会福利院老人\n${first}\n南汇新城镇举行\n纪念“汇角之战”座谈会\n12月12日,纪念浦东抗日“汇角之战”75年周年座谈会在南汇新城镇举行。\n`
    expect(headlines(input)).toEqual(['关怀闵行社会福利院老人', '南汇新城镇举行'])
    expect(find(read(input), 'signature')?.names).toEqual(['孙佳妮'])
  })
})

describe('what the folded parts (ci)–(cm) print', () => {
  it('a record’s title field with the site’s name after a bar: the title, then the site’s name as interface (d812)', () => {
    const input = page('标题:寻找章莹颖在美交流生失踪超66小时-中青在线\n发布时间:2017-06-13', '本报北京6月12日电 寻找章莹颖的消息持续在国内外社交媒体上发酵。')
    expect(headlines(input)).toEqual(['寻找章莹颖在美交流生失踪超66小时'])
    expect(chrome(input)).toContain('-中青在线')
  })

  it('not a title field whose own words a bar parts (a column’s label before it)', () => {
    expect(headlines(page('标题:两会青声-代表委员谈发展\n发布时间:2017-06-13', '本报北京6月12日电 两会期间,代表委员畅谈发展。'))).toEqual(['两会青声-代表委员谈发展'])
  })

  it('第一是, 第二是…: a list of its own family (d809)', () => {
    const tree = read(page(TITLE, '王良文认为,华为成绩主要来自于三个坚持:第一是坚持围绕客户需求进行创新;第二是坚持管理改进和全球化研发;第三是坚持与运营商进行战略合作。'))
    const list = find(tree, 'list')
    expect(list?.style).toBe('第一是')
    expect(findAll(tree, 'listItem')).toHaveLength(3)
  })

  it('not 第一是 in a sentence, with no second', () => {
    expect(find(read(page(TITLE, '他说,第一是最重要的,大家都想争第一。')), 'list')).toBeUndefined()
  })

  it('a column’s brand that reads as a name before 记者, the name set apart and what they made after it, signs the story (d823)', () => {
    const tree = read('两只窨井之间的填充物缺失\n\n网友反映吉安路窨井填充物缺失。\n记者将问题反映给建设部门,对方表示将尽快维修。\n马上办记者 姜传刚 文/图\n')
    expect(find(tree, 'signature')?.names).toEqual(['姜传刚'])
  })

  it('not such a brand with no work after the names, nor a name glued to the role and a name (a title’s phrase)', () => {
    for (const line of ['马上办记者 姜传刚', '张伟记者李明']) {
      expect(find(read(`两只窨井之间的填充物缺失\n\n网友反映吉安路窨井填充物缺失。\n${line}\n`), 'signature'), line).toBeUndefined()
    }
  })

  it('a paper’s office and its app before the date and 讯 open the lead; the works with a video sign (d824)', () => {
    const tree = read(page(TITLE, '青岛日报社/观海新闻4月4日讯 近日,观海网友通过观海新闻客户端反映问题。', '有关部门表示将尽快处理。(青岛日报/观海新闻记者 邱正 文/图/视频)'))
    expect(printed(find(tree, 'dateline')!, false)).toBe('青岛日报社/观海新闻4月4日讯')
    expect(find(tree, 'signature')?.names).toEqual(['邱正'])
  })

  it('an outlet’s reporter the vocabulary does not list, in brackets opening the lead, is the dateline (d814)', () => {
    const tree = read(page('魏则西事件后的免疫治疗', '(健康时报记者尹薇)魏则西事件把免疫治疗以负面方式推向人们视野。', MORE))
    expect(creditsOf(find(tree, 'dateline'))).toEqual([['健康时报记者', ['尹薇']]])
  })

  it('not an outlet alone in the brackets, with no reporter', () => {
    expect(find(read(page('魏则西事件后的免疫治疗', '(健康时报)魏则西事件把免疫治疗以负面方式推向人们视野。', MORE)), 'dateline')).toBeUndefined()
  })
})

describe('a university’s reporters (part (cn))', () => {
  it('its paper’s, its news centre’s and its students’ are reporters’ credits (d829, d830)', () => {
    const tree = read(page('我校隆重举行2006级新生开学典礼', '(校报记者 房国辉 陈亚伟)9月10日晚上七点半,我校2006级新生开学典礼在多功能体育馆隆重举行。'))
    expect(creditsOf(find(tree, 'dateline'))).toEqual([['校报记者', ['房国辉', '陈亚伟']]])
    const byline = find(read(page('校庆日喜读《新清华》', '●新闻中心记者 柳夏 学生记者 杜冰 綦戎辉', '4月24日,校庆日当天,师生校友争相阅读《新清华》校庆特刊。')), 'byline')
    expect(creditsOf(byline)).toEqual([
      ['新闻中心记者', ['柳夏']],
      ['学生记者', ['杜冰', '綦戎辉']],
    ])
  })

  it('not the words in a sentence (他是一名学生记者)', () => {
    expect(findAll(read(page('标题', '他是一名学生记者,热爱写作,常为校报供稿。')), 'credit')).toEqual([])
  })
})

describe('an e-paper’s top over a story the store gave no title (d818)', () => {
  const input = '主办单位:中国贸易报社\n2021年3月2日 星期二 返回版面目录\n来源:中国贸易报\n海关数据显示,截至2月25日,全国口岸环节已对1898万件进口冷链食品外包装实施预防性消毒。 本报记者 刘禹松 摄影报道\n'

  it('the publisher’s line is interface; the date line with the reader’s control after it, the page header and the control', () => {
    const tree = read(input)
    expect(chrome(input)).toEqual(['主办单位:中国贸易报社', '返回版面目录'])
    expect(findAll(tree, 'pageHeader').map((node) => printed(node, false))).toEqual(['2021年3月2日 星期二'])
    expect(headlines(input)).toEqual([''])
  })

  it('not an event’s organiser in a notice, nor a date line with words that are no controls after it', () => {
    expect(chrome(page(TITLE, '主办单位:市文联', '承办单位:市图书馆', MORE))).toEqual([])
    expect(findAll(read(page('2021年3月2日 星期二 雨夹雪', MORE)), 'pageHeader').map((node) => printed(node, false))).not.toContain('2021年3月2日 星期二')
  })
})

describe('what the folded parts (co)–(cr) print', () => {
  it('a column of briefs titled by its label, its date after it: the title and the stamp (d838)', () => {
    const input = page('简讯 2020年04月23日', '●鸬鹚乡被命名为省级文化强镇。日前,浙江省文化和旅游厅公布名单,鸬鹚乡榜上有名。')
    expect(headlines(input)).toEqual(['简讯'])
    expect(findAll(read(input), 'stamp').map((node) => printed(node, false))).toEqual(['2020年04月23日'])
  })

  it('not a short word that is no column’s label before a date', () => {
    expect(headlines(page('发布 2020年04月23日', '●鸬鹚乡被命名为省级文化强镇。日前,浙江省公布名单。'))).toEqual(['发布 2020年04月23日'])
  })

  it('a clipping’s page line with its page coded P08, no 版: the page header (d849)', () => {
    const tree = read(page('澳門南海同鄉會新閣就職', '大眾報 P08 | 澳門新聞 2011-09-02', '【特訊】澳門南海同鄉會昨晚假萬豪軒酒樓舉辦會慶。'))
    const header = find(tree, 'pageHeader')
    expect(header && printed(header, false)).toBe('大眾報 P08 | 澳門新聞 2011-09-02')
    expect(header?.page).toBe(8)
    expect(headlines(page('澳門南海同鄉會新閣就職', '大眾報 P08 | 澳門新聞 2011-09-02', '【特訊】澳門南海同鄉會昨晚假萬豪軒酒樓舉辦會慶。'))).toEqual(['澳門南海同鄉會新閣就職'])
  })

  it('not a title with a code and a date in it (G20峰会 2016年9月4日)', () => {
    expect(find(read(page('G20峰会 2016年9月4日', '本报讯 峰会在杭州开幕。')), 'pageHeader')).toBeUndefined()
  })
})

describe('what part (cs) prints', () => {
  it('a site’s stamp labelled with no colon, its label set apart by a space (发稿时间 2020-10-27 17:52): the stamp (d854)', () => {
    const input = page('不忘初心作韩中友好信使 各界祝贺本报创刊13周年\n\n发稿时间 2020-10-27 17:52', '2000年初期,韩国的外文报刊市场由英文报纸一统天下。')
    expect(findAll(read(input), 'stamp').map((node) => printed(node, false))).toEqual(['发稿时间 2020-10-27 17:52'])
    expect(findAll(read(input), 'subheadline')).toEqual([])
  })

  it('not a sentence naming the time a story was filed', () => {
    expect(findAll(read(page(TITLE, '发稿时间 2020-10-27 17:52前,记者再次联系对方,未获回复。')), 'stamp')).toEqual([])
  })

  it('a photo’s label closed by where the picture came from, no sentence in it: the caption (d853)', () => {
    const line = '韩国统一部部长赵明均举行紧急记者会(图片来源:美联社)'
    const tree = read(page(TITLE, LEAD, line, MORE))
    expect(findAll(tree, 'caption').map((node) => printed(node, false))).toEqual([line])
  })

  it('not a story’s sentence closed by the note: its text', () => {
    const line = '该路段今日上午正式通车,市民出行更加便捷。(图片来源:市住建局)'
    expect(findAll(read(page(TITLE, LEAD, line, MORE)), 'caption')).toEqual([])
  })
})

describe('a transliterated name, its parts joined by a middle dot, after a role (d842)', () => {
  it('is one name in the lead’s bracket, a closing bracket and a photographer’s credit', () => {
    expect(creditsOf(find(read(page(TITLE, '本报讯(记者 阿不都热依木·买买提)活动在塔城举行。')), 'dateline'))).toEqual([['记者', ['阿不都热依木·买买提']]])
    expect(find(read(page(TITLE, '活动在塔城举行。(记者 马合巴勒·木尔扎汗)')), 'signature')?.names).toEqual(['马合巴勒·木尔扎汗'])
    const caption = find(read(page(TITLE, '活动现场。记者 马合巴勒·木尔扎汗 摄', '本报讯 活动在塔城举行。')), 'caption')
    expect(caption && creditsOf(caption)).toEqual([['摄', ['马合巴勒·木尔扎汗']]])
  })

  it('not places joined by the dot in brackets, with no role (中国·北京)', () => {
    expect(find(read(page(TITLE, '活动在北京举行。(中国·北京)')), 'signature')).toBeUndefined()
  })
})
