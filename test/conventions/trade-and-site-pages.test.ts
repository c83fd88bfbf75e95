/**
 * What county media, a youth paper's page, sites' records and sector papers print around their stories, met in
 * parts (ct)–(cx) (d858 武平, d859 嘉禾, d860 安徽青年报, d861 南方网, d863 华龙网, d866 上海金融报, d867 东方网, d870 内蒙古法制报, d873 法治日报,
 * d877 中国市场监管报, (cy)–(db): d882 劳动报, d886 浏阳日报, d893 甘南日报, d895 四川工人日报, d897 今日竹山, d898 阿勒泰, d906 凯风网; (dc)–(dd): d908 德州日报, d910 大众网, d911 更生日報, d912 内蒙古新闻网; (de)–(df): d919 云上大冶, d920 蕲春, d925 晚霞报):
 *   武平县融媒体中心记者 李 玲                                 a media centre's reporter, the name padded: a credit
 *   …了解项目进展情况…… / 武平县融媒体中心记者 李 玲 / “在…”     a credit over a quotation, deep in the text: the speaker's label
 *   □本报记者                                                  the paper's reporter after the credit's bullet, the name left blank: a byline
 *   本报讯 为纪念… / … / 水木年华为… / □本报记者 / 6月2日晚,…   a title and byline under a report its dateline opened: the next story
 *   【记者】柳时强 / 【通讯员】罗瑞娴 / 【校对】梁飞飞             roles in lenticular brackets: credits and staff lines
 *   字号减小 字号增大 · 语音朗读:语音播报                         a page's reading controls: interface
 *   …了“最后一公里”。 (周姗姗李丹)                              two names glued in the closing bracket: the signature
 *   …副局长俞婷婷致辞。受访者供图 华龙网发                       who supplied the photo after its one sentence: a caption
 *   《中国市场监管报》(2023年08月24日 A1 版)                        a citation of a lettered page: the page header
 *   □随着…质量情况。□韩吴琦/摄                                    photo news, the text and its credit after one bullet: text and signature
 *   本版面文章 / · title / … / title again / subtitle                  the page's list of its stories under its label: interface
 *   近日，…。医生告诉其家属，…。… / 　　8万元离…                       a lead of several sentences left flush over indented text: the lead
 *   新华社冯磊一行在神农广场实地视察,… / … (nine) / 嘉禾网讯(记者 曹晶)…   a gallery's captions over an untitled story: captions
 *   …记者又来到…。 / 编辑:戴鹏 / 微浏阳                               under the closing staff line, the site's app: interface
 *   来源:劳动观察 作者:… 发布时间:… / 摘要: …                           a summary field under the source field: interface
 *   新华网甘肃 > 正文 · 凯风网首页                                       a crumb down to the story, the home page's link: interface
 *   …冒雪出行。 阿尔达克·拜斯汗 摄                                        a transliterated photographer with no role: the caption's credit
 *   本报讯(李洁张其富)2月27日                                           two names glued in the dateline's bracket of names alone
 *   今日竹山-多媒体数字报                                               an e-paper's nameplate, any name before the dash: the masthead
 *   用户名: 密码: [注册][找回密码] · Image · 网友QQ群:40376627 · 大众网版权与免责声明   interface
 *   (内蒙古日报社融媒体记者巴依斯古楞摄)                                 a minority's name longer than a name before 摄: the credit's one name
 *   记者︱林彬 宋显金                                                   the bar ︱ between the role and the names
 *   总编丨程霞 · 编 审:童志勇 程小年                                      the chief editor's short role, the senior editor's padded: staff lines
 *   □ 晚霞报记者 黄美玲 文/图 / ⏎ / 袁成春老人在阅读《晚霞报》 / ⏎ / text   a photo's phrase under the byline that credits the photos: a caption
 *   东方网记者刘轶琳5月10日报道：…                                       the date glued to the reporter's name before 报道: the dateline's date
 * Each where it fires and where it must not.
 */
import { describe, expect, it } from 'vitest'
import { articles, creditsOf, find, findAll, headlinesOf as headlines, page, printed, readChecked as read, chromeLines as chrome, captionLines as captions } from '../helpers/tree'

const TITLE = '巡回便民提质效 法庭“走”进蒙古包'
const LEAD = '近日,通辽市科左中旗人民法院舍伯吐法庭的法官和书记员带着国徽、法庭标识驱车前往珠日河牧场。'
const MORE = '近年来,科左中旗法院依托全旗巡回办案点和法官联系点,积极发挥巡回立案、巡回审判、巡回执行“三点合一”巡回便民作用。'

const bylines = (input: string) => findAll(read(input), 'byline').flatMap((line) => creditsOf(line))
const staff = (input: string) => findAll(read(input), 'editorLine').flatMap((line) => creditsOf(line))
const signatures = (input: string) => findAll(read(input), 'signature').map((node) => node.names)

describe('a media centre’s reporter with the name padded', () => {
  it('under the title is the byline (d858)', () => {
    expect(bylines(page(TITLE, '武平县融媒体中心记者 李 玲', LEAD))).toEqual([['武平县融媒体中心记者', ['李玲']]])
  })

  it('not a title naming the centre’s reporters’ work', () => {
    expect(bylines(page(TITLE, '县融媒体中心记者 走 基层', LEAD))).toEqual([])
  })
})

describe('a reporter’s credit over a quotation, deep in the story’s text', () => {
  const QUOTE = '“在这次‘百日攻坚’报道工作当中,我们经常深入一线,扛着机子去工地。”'
  it('labels the speaker: an intertitle, no byline, no new story (d858)', () => {
    const tree = read(`${TITLE}\n${LEAD}\n${MORE}\n武平县融媒体中心记者 李玲\n${QUOTE}\n`)
    expect(articles(tree)).toHaveLength(1)
    expect(findAll(tree, 'byline')).toEqual([])
    expect(findAll(tree, 'intertitle').map((node) => printed(node))).toEqual(['武平县融媒体中心记者 李玲'])
  })

  it('not after the lead alone, where papers print the byline', () => {
    const tree = read(`${TITLE}\n${LEAD}\n武平县融媒体中心记者 李玲\n${QUOTE}\n`)
    expect(creditsOf(find(tree, 'byline'))).toEqual([['武平县融媒体中心记者', ['李玲']]])
  })

  it('not over the story’s text going on with no quotation', () => {
    const tree = read(`${TITLE}\n${LEAD}\n${MORE}\n武平县融媒体中心记者 李玲\n${MORE}\n`)
    expect(findAll(tree, 'intertitle')).toEqual([])
  })
})

describe('the paper’s reporter after the credit’s bullet, the name left blank', () => {
  it('is a byline naming no one (d860)', () => {
    const tree = read(`水木年华为合肥市贫困儿童送温暖\n□本报记者\n${LEAD}\n`)
    expect(creditsOf(find(tree, 'byline'))).toEqual([])
    expect(find(tree, 'byline') && printed(find(tree, 'byline')!)).toBe('□本报记者')
    expect(findAll(tree, 'subheadline')).toEqual([])
  })

  it('not the role alone with no bullet, a word', () => {
    const tree = read(`水木年华为合肥市贫困儿童送温暖\n记者\n${LEAD}\n`)
    expect(findAll(tree, 'byline')).toEqual([])
  })
})

describe('a title and its byline under a report its dateline opened', () => {
  const REPORT = '本报讯 为纪念建党90周年,6月7日上午,由省委宣传部举办的“党旗飘扬映江淮”系列新闻发布会在六安市启动。'
  const NEXT = '6月2日晚,“心灵渴望”大型文艺晚会在安徽国际商务职业学院举行,合肥市的渴望小明星们参加了演出。'
  it('open the page’s next story, not a section of a package (d860)', () => {
    const input = `“党旗飘扬映江淮”在六安市启动\n□本报记者 包 诚\n${REPORT}\n${MORE}\n水木年华为合肥市贫困儿童送温暖\n□本报记者 王 芳\n${NEXT}\n`
    expect(headlines(input)).toEqual(['“党旗飘扬映江淮”在六安市启动', '水木年华为合肥市贫困儿童送温暖'])
  })

  it('not under a story with no dateline, whose titled and credited sections make a package', () => {
    const input = `科技高峰和产业高峰都要靠我们自己去攀登\n${LEAD}\n${MORE}\n抓科技创新，要着眼建设现代化产业体系\n本报记者 王永战 韩俊杰\n${NEXT}\n`
    expect(headlines(input)).toEqual(['科技高峰和产业高峰都要靠我们自己去攀登'])
  })

  it('not under a report its title labels a package', () => {
    const input = `暑期生活面面观·组合报道\n□本报记者 包 诚\n${REPORT}\n${MORE}\n水木年华为合肥市贫困儿童送温暖\n□本报记者 王 芳\n${NEXT}\n`
    expect(headlines(input)).toEqual(['暑期生活面面观·组合报道'])
  })
})

describe('roles in lenticular brackets before their names', () => {
  it('under the text are the signature and the staff lines (d861)', () => {
    const input = `${TITLE}\n${LEAD}\n${MORE}\n　　【记者】柳时强\n　　【通讯员】罗瑞娴\n　　【校对】梁飞飞\n编辑： 林双英\n`
    expect(signatures(input)).toEqual([['柳时强'], ['罗瑞娴']])
    expect(staff(input)).toEqual([
      ['校对', ['梁飞飞']],
      ['编辑', ['林双英']],
    ])
  })

  it('on one line under the title are the byline', () => {
    expect(bylines(page(TITLE, '【记者】柳时强 【通讯员】罗瑞娴', LEAD))).toEqual([
      ['记者', ['柳时强']],
      ['通讯员', ['罗瑞娴']],
    ])
  })

  it('not a column’s tag over a title’s words, nor a role over no one’s name', () => {
    expect(headlines(page('【视频】一场大雨过后', LEAD))).toEqual(['【视频】一场大雨过后'])
    expect(bylines(page(TITLE, '【记者】走进乡村', LEAD))).toEqual([])
  })
})

describe('a page’s reading controls', () => {
  it('the type size buttons worded size first, two on the row, are interface (d861)', () => {
    expect(chrome(page(TITLE, '字号减小 字号增大', LEAD))).toEqual(['字号减小 字号增大'])
  })

  it('not one alone, a how-to’s section head', () => {
    expect(chrome(page(TITLE, '字号减小', LEAD))).toEqual([])
  })

  it('the text-to-speech control, its label and its button, is interface (d870)', () => {
    expect(chrome(page(TITLE, '语音朗读:语音播报', LEAD))).toEqual(['语音朗读:语音播报'])
    expect(find(read(page(TITLE, '语音朗读:语音播报', LEAD)), 'subheadline')).toBeUndefined()
  })

  it('not a title about reading aloud', () => {
    expect(chrome(page('语音朗读:让老人听见新闻', LEAD))).toEqual([])
  })
})

describe('two names glued together in the closing bracket', () => {
  it('are the signature’s two names (d870)', () => {
    expect(signatures(page(TITLE, `${LEAD} (周姗姗李丹)`))).toEqual([['周姗姗', '李丹']])
    expect(signatures(page(TITLE, `${LEAD}(王小明张大山)`))).toEqual([['王小明', '张大山']])
  })

  it('not a run that splits into no two names (an office, a place)', () => {
    expect(signatures(page(TITLE, `${LEAD}(科左中旗法院)`))).toEqual([])
  })
})

describe('who supplied the photo after its caption’s one sentence', () => {
  it('makes the line the photo’s caption, the site that published it after (d863)', () => {
    expect(captions(page(TITLE, LEAD, '三亚市旅游推广局副局长俞婷婷致辞。受访者供图 华龙网发', MORE))).toEqual(['三亚市旅游推广局副局长俞婷婷致辞。受访者供图 华龙网发'])
    expect(captions(page(TITLE, LEAD, '民警为群众讲解防诈知识。(市公安局供图)', MORE))).toEqual(['民警为群众讲解防诈知识。(市公安局供图)'])
  })

  it('not a paragraph of several sentences that names who supplied its photos', () => {
    expect(captions(page(TITLE, LEAD, '活动吸引了众多市民参与。现场气氛热烈。受访者供图', MORE))).toEqual([])
  })
})

describe('a paper’s citation of the page, the page lettered', () => {
  it('is the page header, no title (d877)', () => {
    const tree = read(page('图片新闻\n《中国市场监管报》(2023年08月24日 A1 版)', LEAD))
    expect(find(tree, 'pageHeader')?.page).toBe(1)
    expect(headlines(page('图片新闻\n《中国市场监管报》(2023年08月24日 A1 版)', LEAD))).toEqual(['图片新闻'])
  })

  it('not a book’s title with a date in a sentence', () => {
    expect(find(read(page(TITLE, '《中国市场监管报》(2023年08月24日 A1 版)报道了这件事。')), 'pageHeader')).toBeUndefined()
  })
})

describe('photo news, its photographer’s credit after the credit’s bullet', () => {
  const NEWS = '□随着秋季开学季到来,文具产品进入销售旺季。图为八月二十二日,执法人员在一家商场检查书包、文具等产品质量情况。'
  it('is the story’s text and signature under its title (d877)', () => {
    const tree = read(page('图片新闻', `${NEWS}□韩吴琦/摄`))
    expect(signatures(page('图片新闻', `${NEWS}□韩吴琦/摄`))).toEqual([['韩吴琦']])
    expect(findAll(tree, 'caption')).toEqual([])
  })

  it('not a bullet before the credit alone, the text opening with none: the photo’s caption', () => {
    expect(captions(page('图片新闻', `${NEWS.slice(1)}□韩吴琦/摄`))).toHaveLength(1)
  })

  it('not a caption’s cue opening it: the photo’s caption', () => {
    expect(captions(page('图片新闻', '图为执法人员在一家商场检查书包、文具等产品质量情况。□韩吴琦/摄'))).toHaveLength(1)
  })
})

describe('the page’s list of its stories under its label', () => {
  const LIST = ['· 即时就地为人民群众纾困解难', '· 深耕社区警务共建平安家园', '· 行政复议为民营企业排忧解难', '· 图片新闻']
  it('its entries bulleted with a middle dot, over the story its list names, is interface (d873)', () => {
    const input = `本版面文章\n${LIST.join('\n')}\n\n深耕社区警务共建平安家园\n山东胶州警方让群众感受到实实在在的安全感\n\n${LEAD}\n`
    expect(headlines(input)).toEqual(['深耕社区警务共建平安家园'])
    expect(find(read(input), 'kicker')).toBeUndefined()
  })

  it('not a story’s title and subtitles under a label that names no list', () => {
    const input = `本版要闻\n深耕社区警务共建平安家园\n山东胶州警方让群众感受到实实在在的安全感\n\n${LEAD}\n`
    expect(headlines(input)).toEqual(['深耕社区警务共建平安家园'])
  })
})

describe('on a page whose paragraphs are indented, a flush line under the title', () => {
  const INDENTED = ['　　8万元离130多万元还有很大的差距，郝需婷家人筹款的艰难可想而知。', '　　但现实是，大病患者能够有幸被关注到的比例甚微。', '　　如何才能让百姓摆脱看不起大病的困扰？', '　　其实，医疗卫生都是国家财政支出的重要科目。', '　　从各国经验来看，医保制度设计应与国家的财力水平相匹配。']
  it('of several sentences is the story’s lead, not a caption (d866)', () => {
    const lead = '近日，内蒙古巴彦淖尔市21岁身患白血病的大学生郝需婷正在医院接受化疗。医生告诉其家属，白血病可以治愈。郝需婷家人千方百计筹钱。截至目前，已经筹得善款近8万元。'
    expect(captions(page('有必要建立大病免费医疗制度\n' + lead, ...INDENTED))).toEqual([])
  })

  it('of one sentence over the indented lead is still the photo’s caption (d02, captions.test.ts)', () => {
    const body = ['　　(星島日報報道)中美貿易戰不斷升級，彭博社引述消息人士指，關稅或加碼。', '　　七月六日，美國向中國貨品加徵關稅。', '　　特朗普曾威脅加徵一成關稅。']
    expect(captions(page('美擬加碼徵25%關稅 中方：必然反制', '中國外交部發言人耿爽警告，若美再加徵關稅，中方必然反制。', ...body))).toHaveLength(1)
  })
})

describe('a gallery’s captions over an untitled story’s dateline', () => {
  const SCENES = [
    '新华社冯磊一行在神农广场实地视察,市委宣传部副部长谭家胜,县领导孙佑民陪同调研',
    '新华社冯磊一行在行廊镇实地视察,市委宣传部副部长谭家胜,县领导孙佑民陪同调研',
    '新华社冯磊一行在嘉禾广场实地视察,市委宣传部副部长谭家胜,县领导孙佑民陪同调研',
    '新华社记者孟华采访工厂工人王敏',
    '县委二楼会议室召开座谈会,市委宣传部副部长谭家胜,县领导何翔凤出席参加会议',
  ]
  const STORY = '嘉禾网讯(记者 曹晶)日前,新华社天津分社副总编冯磊、主任记者孟华一行二人来嘉采访报道嘉禾县城乡一体化建设情况。'
  it('five lines or more at the page’s top, describing the scenes in clauses, are captions; the story has no title (d859)', () => {
    const tree = read(`${SCENES.join('\n')}\n${STORY}\n${MORE}\n`)
    expect(findAll(tree, 'caption')).toHaveLength(5)
    expect(headlines(`${SCENES.join('\n')}\n${STORY}\n${MORE}\n`)).toEqual([''])
  })

  it('not a title and its subtitles over the lead, four lines at most', () => {
    const input = `${SCENES.slice(0, 4).join('\n')}\n${STORY}\n`
    expect(findAll(read(input), 'caption')).toEqual([])
  })

  it('not lines with no clause, a list of titles', () => {
    const titles = ['嘉禾县召开城乡一体化建设推进会', '县领导调研重点项目', '我县举办消夏音乐节', '春耕备耕正当时', '嘉禾广场改造完工']
    expect(findAll(read(`${titles.join('\n')}\n${STORY}\n`), 'caption')).toEqual([])
  })
})

describe('a short line under the staff line that closed the story, to the page’s end', () => {
  it('is the site’s (its app’s name), not the story’s text, on any copy (d886)', () => {
    const input = `${TITLE}\n${LEAD}\n${MORE}\n编辑:戴鹏\n微浏阳\n`
    expect(chrome(input)).toEqual(['微浏阳'])
    expect(findAll(read(input), 'paragraph')).toHaveLength(2)
  })

  it('not the story’s own short last line with no closing line over it', () => {
    expect(chrome(`${TITLE}\n${LEAD}\n${MORE}\n欢迎广大市民踊跃参加\n`)).toEqual([])
  })
})

describe('a site’s summary field under its source, credit and date fields', () => {
  const FIELDS = '来源:劳动观察 作者:罗菁,张锐杰 发布时间:2026-01-30 15:58'
  it('is interface, not the story’s first paragraph (d882)', () => {
    const input = page('聚焦民生头等大事,贡献工会智慧力量', FIELDS, '摘要: 总工会界别委员们将会纳众智、聚共识,把申城广大职工的期望带进会场。', LEAD, MORE)
    expect(chrome(input)).toEqual(['摘要: 总工会界别委员们将会纳众智、聚共识,把申城广大职工的期望带进会场。'])
  })

  it('not an abstract the story quotes in its text', () => {
    const input = page(TITLE, LEAD, '判决书摘要如下:', '摘要:被告人王某犯盗窃罪,判处有期徒刑一年。', MORE)
    expect(chrome(input)).toEqual([])
  })
})

describe('a breadcrumb down to the story, and the site’s home page alone', () => {
  it('are interface over the title (d893, d906)', () => {
    expect(chrome(page('新华网甘肃 > 正文', TITLE, LEAD))).toEqual(['新华网甘肃 > 正文'])
    expect(chrome(page('凯风网首页', TITLE, LEAD))).toEqual(['凯风网首页'])
  })

  it('not a title with a step in it, nor a title about a home', () => {
    expect(chrome(page('国家电网>>“电”亮乡村振兴路', LEAD))).toEqual([])
    expect(chrome(page('温暖的首页故事', LEAD))).toEqual([])
  })
})

describe('a transliterated photographer’s name before 摄, no role before it', () => {
  it('credits the photo: the line is a caption (d898)', () => {
    expect(captions(page(TITLE, LEAD, '4月12日,阿勒泰市民冒雪出行。 阿尔达克·拜斯汗 摄', MORE))).toEqual(['4月12日,阿勒泰市民冒雪出行。 阿尔达克·拜斯汗 摄'])
  })

  it('not a place and its country joined by a dot', () => {
    expect(captions(page(TITLE, LEAD, '会议在北京召开。中国·北京 摄', MORE))).toEqual([])
  })
})

describe('two names glued together in a dateline’s bracket of names alone', () => {
  it('are its two credits’ names, the date after the bracket the dateline’s (d895)', () => {
    const dateline = find(read(page('泸州市总工会调研国企工会工作', '本报讯(李洁张其富)2月27日,泸州市委常委、市总工会主席李堂兵率队调研。')), 'dateline')
    expect(creditsOf(dateline)).toEqual([[undefined, ['李洁', '张其富']]])
    expect(dateline?.date?.day).toBe(27)
  })

  it('not a run that splits into no two names (an office)', () => {
    const dateline = find(read(page('泸州市总工会调研国企工会工作', '本报讯(市总工会办公室)2月27日,泸州市委常委调研。')), 'dateline')
    expect(creditsOf(dateline)).toEqual([])
  })
})

describe('an e-paper’s nameplate, the edition after a dash', () => {
  it('names the paper, whatever its name ends with: the masthead (d897)', () => {
    const tree = read(page('今日竹山-多媒体数字报', '2017年03月14星期二', TITLE, LEAD))
    expect(find(tree, 'masthead')?.paper).toBe('今日竹山')
  })

  it('not a name glued to the edition’s word with no dash, that does not end in 报', () => {
    expect(find(read(page('今日竹山数字报', TITLE, LEAD)), 'masthead')).toBeUndefined()
  })
})

describe('more of a site’s interface', () => {
  it('its login form with its buttons in brackets, an image’s alternative text, its readers’ chat group, its rights’ label with its name (d908, d910, d911)', () => {
    expect(chrome(page('用户名: 密码: [注册][找回密码]', TITLE, LEAD))).toEqual(['用户名: 密码: [注册][找回密码]'])
    expect(chrome(page('Image', TITLE, LEAD))).toEqual(['Image'])
    expect(chrome(page(TITLE, LEAD, '网友QQ群:40376627', '初审编辑:陶云江'))).toEqual(['网友QQ群:40376627'])
    expect(chrome(page(TITLE, LEAD, '编辑:陶云江', '大众网版权与免责声明', '1、大众网所有内容的版权均属于作者或页面内声明的版权人。'))).toContain('大众网版权与免责声明')
  })

  it('not a title about a password, an image, a chat group or a statement', () => {
    expect(chrome(page('用户名和密码泄露怎么办', LEAD))).toEqual([])
    expect(chrome(page('Image of the city', LEAD))).toEqual([])
    expect(chrome(page(TITLE, LEAD, '加入QQ群的网友越来越多。'))).toEqual([])
    expect(chrome(page('大众网发布年度版权报告', LEAD))).toEqual([])
  })
})

describe('a photographer’s name longer than a name, straight before 摄 after the role', () => {
  it('is one person’s name, a minority’s (d912)', () => {
    expect(signatures(page(TITLE, `${LEAD} (内蒙古日报社融媒体记者巴依斯古楞摄)`))).toEqual([['巴依斯古楞']])
  })

  it('two names glued together there are two', () => {
    expect(signatures(page(TITLE, `${LEAD} (记者孙辰茜潘洁摄)`))).toEqual([['孙辰茜', '潘洁']])
  })

  it('not a run longer than a name with no role before it', () => {
    expect(signatures(page(TITLE, `${LEAD} (巴依斯古楞摄)`))).toEqual([])
  })
})

describe('the bar ︱ between a role and its names', () => {
  it('sets them apart as | does (d915)', () => {
    expect(signatures(page(TITLE, LEAD, '来源:花垣县融媒体中心', '记者︱林彬 宋显金', '编辑:梁金梅'))).toEqual([['林彬', '宋显金']])
  })
})

describe('the chief editor’s short role and the senior editor’s padded one', () => {
  it('are staff lines under the story (d919, d920)', () => {
    expect(staff(page(TITLE, LEAD, '责编丨伍清芬', '主编丨肖庆军', '总编丨程霞'))).toEqual([
      ['责编', ['伍清芬']],
      ['主编', ['肖庆军']],
      ['总编', ['程霞']],
    ])
    expect(staff(`${TITLE}\n${LEAD}\n责任编辑:甘欢\n编 审:童志勇 程小年\n`)).toEqual([
      ['责任编辑', ['甘欢']],
      ['编审', ['童志勇', '程小年']],
    ])
  })

  it('not a title naming the chief editor’s words', () => {
    expect(staff(page('总编丨我们的初心', LEAD))).toEqual([])
  })
})

describe('a photo’s phrase set apart under the byline that credits the photos', () => {
  it('is the photo’s caption (d925)', () => {
    const input = '既是投稿人又是评报员\n88岁老人讲述与《晚霞报》的故事\n\n□ 晚霞报记者 黄美玲 文/图\n\n\n袁成春老人在阅读《晚霞报》\n\n\n' + LEAD + '\n\n' + MORE + '\n'
    expect(captions(input)).toEqual(['袁成春老人在阅读《晚霞报》'])
  })

  it('not under a byline that credits no photos: a section’s head or a title', () => {
    const input = '既是投稿人又是评报员\n88岁老人讲述与《晚霞报》的故事\n\n□ 晚霞报记者 黄美玲\n\n\n袁成春老人在阅读《晚霞报》\n\n\n' + LEAD + '\n\n' + MORE + '\n'
    expect(captions(input)).toEqual([])
  })
})

describe('the date glued to an outlet’s reporter’s name, before 报道 and its colon', () => {
  it('closes the credits: the dateline, its date the lead’s (d867)', () => {
    const dateline = find(read(page(TITLE, '东方网记者刘轶琳5月10日报道：上海首个儿科医疗联合体今天上午签约授牌成立。')), 'dateline')
    expect(dateline?.source).toBe('东方网')
    expect(creditsOf(dateline)).toEqual([['记者', ['刘轶琳']]])
    expect(dateline?.date?.day).toBe(10)
  })

  it('not 报道 as the sentence’s verb, no colon after it', () => {
    expect(find(read(page(TITLE, '记者刘轶琳5月10日报道的事件引起广泛关注。')), 'dateline')).toBeUndefined()
  })
})
