/**
 * What e-paper readers, site pages and old columns print around their stories, met in parts (dq)–(ds) (d975 臺灣民報
 * of 1925, d977 临沧日报, d978 林海日报, d979 大庆油田报; d138 陕西工人报):
 *   三秦短波 / △…。…。 (吕劲) / △… / △…                       a column's notes each opened by a pointer: paragraphs, no captions
 *   我市各地… / 刊发时间:… / A2版 / 作者:… / 3 photo lines / 本报讯 (…文/图)   the photos' names under the fields: captions
 *   分享至头条 / 打开头条, 使用“扫一扫”即可将网页分享至头条。            a share widget's dialog for any platform: interface
 *   大庆油田报 - 大庆油田报                                          a reader's window title: interface
 *   2023-05-30     浏览(103)     (0)                                 the date and the counts in brackets: the site's stamp
 * and in parts (dt)–(du) (d982 新唐人's 紐約簡訊, d985 时代周报):
 *   5月24日纽约简讯 / … / 1.庆台湾民主选举… / … / 2.经费削减当头… / …    numbered briefs under a brief column's title: stories
 *   新唐人记者安心纽约报导                                            an unknown outlet's reporter filing: the signature
 *   相关文章 · [摘要]…                                                a related-links label, a summary field: interface
 *   标题:渤海早报数字报-临沂徐玉玉电信诈骗案告破 (d986)                  an e-paper's name before the title: interface
 * and in part (dv) (d988 國立中央大學客家學院電子報, d989 銘傳一週):
 *   ◎APEC教育論壇… / … / 林妙影╱台北報導 / … / ◎觀光學子… / 吳玉如.陳瑞斌╱馬祖.桃園報導   a title's mark, names filed from: stories, bylines
 *   國立中央大學客家學院電子報 NCU HAKKA COLLEGE E-PAPER 第220期 2015/1/1 出刊/ 半月刊   a paper named for its e-paper: masthead
 *   ▲BACK                                                           a link back behind its arrow: interface
 * and in parts (dw)–(dx) (d990 新加园, d991 San Diego Chinese Press):
 *   本报特讯 9月9日…                                                  the paper's special flash: one source
 *   2017年9月15日 总336期                                             the date and number, 第 left off: a page header
 *   (上图)中国驻蒂华纳总领事馆邀…                                      a photo labelled by its place: a caption
 * and in parts (dy)–(ea) (d995 金昌日报, d997 番禺日报):
 *   来源: 金昌日报  作者: 陈玉福   2015-05-13 11:16  编辑: 杨伟玲       the author's field among the fields: the byline
 *   编辑| 大麦                                                         a pen name after the staff label's bar: a staff line
 * Each where it fires and where it must not.
 */
import { describe, expect, it } from 'vitest'
import { articles, find, findAll, headlinesOf as headlines, page, printed, readChecked as read, chromeLines as chrome, captionLines as captions } from '../helpers/tree'

const paragraphs = (input: string) => findAll(read(input), 'paragraph').map((node) => printed(node, false))

describe('a column’s notes each opened by the same pointer', () => {
  const NOTES = [
    '△河北省保定市光达汽车车辆厂生产的“燕冀”牌524型系列汽车将投入西安市场。该车溶轿车和越野车的优点于一身,具有适应我国城乡复杂路面行驶的特点。 (吕劲)',
    '△联席会议制度已在我省全面实行。截至目前,已有西安、宝鸡、铜川、咸阳、汉中、榆林、商洛等地市和22个县(区)、三个厅(局)建立了政府(行政)与工会联席会议制度。有的已经召开了第二次、第三次联席会议,解决了一批切实关系群众利益的问题。 (季哲)',
    '△韩纯获全国儿童作文比赛优秀奖。韩纯是陕西汽车制造总厂职工子弟学校一年级学生,获奖作文名为《可爱的小动物》。他的班主任王俊清老师也因此荣获辅导奖。 (高呜)',
  ]

  it('are the column’s paragraphs, no captions (d138)', () => {
    const input = page('三秦短波', NOTES.join('\n'))
    expect(captions(input)).toEqual([])
    expect(paragraphs(input)).toHaveLength(3)
  })

  it('with ▲ and the enumeration commas of an old paper (d975)', () => {
    const old = [
      '▲本月八日东京法政大学开了拟国会、现任大藏政务次官武内氏竟做了一日的总理大臣、秋山法学博士也做了一日的众议院议长、其他有十一省大臣、又有保守党、国粹党、进步党、劳働党的四大政党、虽是一日间的大政战',
      '▲自台湾文化协会总会议决设讲演部之后各处人士频向本部及支部交涉讲演、而同会理事、见民众的觉醒、自不得不各尽其职分皆踊跃分担讲演、这也是一好现象。',
      '▲本报因在东京印刷的缘故、而致每号发送于读者诸位、很多延滞、诚为抱憾、但同人虽极力研究敏捷的方法、奈寄到台湾之后又要受当局的检阅、因此又多迟延、此种苦衷、惟希原谅。',
    ]
    expect(captions(page('编辑余话', old.join('\n')))).toEqual([])
  })

  it('not a run of short captions, each what one photo shows', () => {
    const input = page('春到田间', '▲市民在广场上参加活动。\n▲农民在田间劳作。\n▲孩子们在公园里放风筝。', '本报讯(记者 王伟)近日,我市各地春耕生产全面展开,田间地头一派繁忙景象。')
    expect(captions(input)).toHaveLength(3)
  })

  it('not two long notes: a pair of long captions stays captions', () => {
    expect(captions(page('春到田间', NOTES.slice(0, 2).join('\n')))).toHaveLength(2)
  })
})

describe('the photos’ names printed between a story’s fields and its dateline', () => {
  const TOP = ['我市各地举行多彩活动迎新年', '刊发时间:2025-01-01', 'A2版', '作者:字然 宋菲菲 王宏斌']
  const PHOTOS = ['临沧市庆元旦登山赛', '临翔区青华幼儿园小朋友参加剪纸活动', '镇康县南伞镇迎新年文艺联欢晚会']
  const LEAD = '本报讯 (融媒体记者 字然 宋菲菲 王宏斌 文/图) 欢声笑语辞旧岁,喜气洋洋迎新年。连日来,我市各地纷纷开展文体活动庆元旦、迎新年。'

  it('are the photos’ captions, where the dateline credits its photos (d977)', () => {
    const input = `${[...TOP, ...PHOTOS, LEAD].join('\n')}\n`
    expect(captions(input)).toEqual(PHOTOS)
    expect(headlines(input)).toEqual(['我市各地举行多彩活动迎新年'])
    expect(find(read(input), 'dateline')?.source).toBe('本报讯')
  })

  it('not where one of them says the title again: the print edition’s heading group', () => {
    const print = ['临沧各地喜迎新年', '我市各地举行多彩活动迎新年', '文艺汇演登山赛事精彩纷呈']
    const input = `${[...TOP, ...print, LEAD].join('\n')}\n`
    expect(captions(input)).toEqual([])
    expect(headlines(input)).toContain('我市各地举行多彩活动迎新年')
  })

  it('not where the dateline credits no photos', () => {
    const input = `${[...TOP, ...PHOTOS, LEAD.replace(' 文/图', '')].join('\n')}\n`
    expect(captions(input)).toEqual([])
  })
})

describe('a share widget’s dialog for a platform', () => {
  const STORY = page('俄罗斯境外火烧入内蒙古大兴安岭北部原始林区', '4月30日14时,内蒙古大兴安岭北部林区伊木河林场与俄罗斯交界处疑似发生森林火灾。')

  it('its line and its steps are interface, for 头条 as for 微信 (d978)', () => {
    const input = `${STORY}\n分享至微信\n打开微信,点击底部的“发现”, 使用“扫一扫”即可将网页分享至朋友圈。\n分享至头条\n打开头条, 使用“扫一扫”即可将网页分享至头条。\n`
    expect(chrome(input)).toEqual(expect.arrayContaining(['分享至头条', '打开头条, 使用“扫一扫”即可将网页分享至头条。']))
    expect(articles(read(input))).toHaveLength(1)
  })

  it('in traditional characters too', () => {
    const input = `${STORY}\n分享至頭條\n打開頭條, 使用“掃一掃”即可將網頁分享至頭條。\n`
    expect(chrome(input)).toEqual(['分享至頭條', '打開頭條, 使用“掃一掃”即可將網頁分享至頭條。'])
  })

  it('not the steps in a story’s text, with no widget’s line over them', () => {
    const input = page('教你分享网页', '打开头条, 使用“扫一扫”即可将网页分享至头条。')
    expect(chrome(input)).toEqual([])
  })
})

describe('a reader’s window title, a paper’s name and a spaced dash', () => {
  const PHOTO_NEWS = '近日,采油五厂第二作业区组织党员上了一堂生动的主题党课。图为张群(右二)正在用剪纸作品给年轻党员上党课。'

  it('is interface, the story’s title under it no kicker’s (d979)', () => {
    const input = page('文章内容', '大庆油田报 - 大庆油田报', '图片新闻', '2023-05-30     浏览(103)     (0)', PHOTO_NEWS, '本报记者 于馨 通讯员 赵丹媚 摄')
    expect(chrome(input)).toContain('大庆油田报 - 大庆油田报')
    expect(find(read(input), 'kicker')).toBeUndefined()
    expect(headlines(input)).toEqual(['图片新闻'])
  })

  it('not a story’s source line under its title', () => {
    const input = page('穗春节期间最高可达25度\n大洋网-广州日报', '本报讯(记者叶卡斯)春节期间广东天气比较理想。')
    expect(chrome(input)).toEqual([])
  })
})

describe('a site’s date with its counts in brackets', () => {
  it('is the story’s stamp (d979)', () => {
    const input = page('图片新闻', '2023-05-30     浏览(103)     (0)', '近日,采油五厂第二作业区组织党员上了一堂生动的主题党课。')
    const stamp = find(read(input), 'stamp')
    expect([stamp?.date?.year, stamp?.date?.month, stamp?.date?.day]).toEqual([2023, 5, 30])
    expect(find(read(input), 'subheadline')).toBeUndefined()
  })

  it('not a date with a bracket that counts nothing read', () => {
    const input = page('图片新闻', '2023-05-30 活动(103)', '近日,采油五厂第二作业区组织党员上了一堂生动的主题党课。')
    expect(find(read(input), 'stamp')).toBeUndefined()
  })
})

describe('numbered briefs under a column of briefs', () => {
  const COLUMN = ['5月24日纽约简讯', '【新唐人2012年5月24日讯】5月24日纽约简讯,下面请看一组纽约简讯。']
  const BRIEFS = [
    '1.庆台湾民主选举 纽约州府通过决议案',
    '纽约州参议员史葛静连同多位参议员为驻纽约台北经文处处长高振群颁发褒奖。',
    '2.经费削减当头 华策会筹款任务重',
    '纽约华埠松柏托儿所的孩子们齐声唱着儿歌,在这里入托的孩子,一个人一年要花费8000元。',
    '3.涉嫌非法聚赌 纽约华埠一楼宇被查',
    '纽约警方连同美国移民和海关执法局,5月21日搜查了位于东百老汇街上的一栋楼房。',
  ]

  it('are stories of their own, each under the one numbered before it (d982)', () => {
    const input = page(...COLUMN, ...BRIEFS)
    expect(headlines(input)).toEqual(['5月24日纽约简讯', '1.庆台湾民主选举 纽约州府通过决议案', '2.经费削减当头 华策会筹款任务重', '3.涉嫌非法聚赌 纽约华埠一楼宇被查'])
    expect(findAll(read(input), 'intertitle')).toEqual([])
  })

  it('not numbered sections under a story’s own title: intertitles', () => {
    const input = page('我市全力推进民生工程', '今年以来,我市围绕群众关切,扎实推进各项民生工程。', ...BRIEFS)
    expect(headlines(input)).toEqual(['我市全力推进民生工程'])
  })

  it('not a column’s title whose date opens with a number, read as a brief’s', () => {
    const input = page(...COLUMN, BRIEFS[2]!, BRIEFS[3]!)
    expect(headlines(input)).toEqual(['5月24日纽约简讯'])
  })
})

describe('a reporter’s filing line closing the story, the outlet unknown to the vocabulary', () => {
  const STORY = page('涉嫌非法聚赌 纽约华埠一楼宇被查', '纽约警方连同美国移民和海关执法局,5月21日搜查了位于东百老汇街上的一栋楼房。')

  it('signs the story, the outlet glued before the role (d982)', () => {
    const signature = find(read(`${STORY}\n新唐人记者安心纽约报导\n`), 'signature')
    expect([signature?.role, signature?.names]).toEqual(['新唐人记者', ['安心']])
  })

  it('not such words with no report’s word closing the line', () => {
    expect(find(read(`${STORY}\n新唐人记者安心纽约\n`), 'signature')).toBeUndefined()
  })
})

describe('a site’s labels and fields around the story', () => {
  it('相关文章 with nothing under it is interface (d982)', () => {
    expect(chrome(page('标题', '正文第一句。', '相关文章\n评论'))).toContain('相关文章')
  })

  it('[摘要] under a title that holds a colon is the site’s summary (d985)', () => {
    const input = '罗一笑事件余波：深圳遭遇医疗资源短缺阵痛\n发布时间:2016-12-13 04:32:56\n[摘要]人们在为罗一笑事件中的深圳医保鼓掌的同时并不知道其中的难处。\n时代周报特约记者张晨露发自深圳\n一场罗一笑事件,让深圳获得一次前所未有的关注。\n'
    expect(chrome(input)).toEqual(['[摘要]人们在为罗一笑事件中的深圳医保鼓掌的同时并不知道其中的难处。'])
  })

  it('not a summary under a field’s label: 书名:…', () => {
    const input = '书名:深圳故事\n[摘要]人们在为罗一笑事件中的深圳医保鼓掌的同时并不知道其中的难处。\n一场罗一笑事件,让深圳获得一次前所未有的关注。\n'
    expect(chrome(input)).toEqual([])
  })
})

describe('an e-paper’s name, a bar, then the story’s title', () => {
  const LEAD = '随着大学开学季临近,临沂市内接连发生至少三起电信诈骗学生案件,引发社会关注。'

  it('the name is interface, the rest the headline (d986)', () => {
    const input = page('渤海早报数字报-临沂徐玉玉电信诈骗案告破', LEAD)
    expect(headlines(input)).toEqual(['临沂徐玉玉电信诈骗案告破'])
    expect(chrome(input)).toEqual(['渤海早报数字报-'])
  })

  it('in a record’s title field too', () => {
    const input = `标题:渤海早报数字报-临沂徐玉玉电信诈骗案告破\n发布时间:2016-08-27\n正文:${LEAD}\n`
    expect(headlines(input)).toEqual(['临沂徐玉玉电信诈骗案告破'])
  })

  it('not a column’s label before a bar: the title whole', () => {
    const input = page('民生实事 | 织密民生保障网', LEAD)
    expect(headlines(input)).toEqual(['民生实事 | 织密民生保障网'])
  })
})

describe('a campus weekly’s page: each title behind its mark, names filed from under it', () => {
  const FIRST = ['◎APEC教育論壇 台灣首辦在銘傳', '全球13國教育部官員與學者專家 12/4-5齊聚本校逸仙堂', '林妙影╱台北報導', '全球化及國際化的時代,知識與文化的交流相當重要。', '這項APEC教育分組論壇首次在台灣舉辦,由教育部政務次長主持開幕。']
  const SECOND = ['◎觀光學子榮登卡蹓食神寶座', '吳玉如.陳瑞斌╱馬祖.桃園報導', '由連江縣政府主辦的「2007卡蹓馬祖食神大賽」,11/25於馬祖南竿火熱登場。']

  it('two stories, the mark no part of either title, the names each one’s byline (d989)', () => {
    const input = `${[...FIRST, ...SECOND].join('\n')}\n`
    expect(headlines(input)).toEqual(['APEC教育論壇 台灣首辦在銘傳', '觀光學子榮登卡蹓食神寶座'])
    const bylines = findAll(read(input), 'credit').map((credit) => [credit.names, credit.place])
    expect(bylines).toEqual([[['林妙影'], '台北'], [['吳玉如', '陳瑞斌'], '馬祖.桃園']])
  })

  it('not a title and byline under a story whose title carries no mark: its section', () => {
    const input = `${['APEC教育論壇 台灣首辦在銘傳', ...FIRST.slice(1), ...SECOND.map((line) => line.replace('◎', ''))].join('\n')}\n`
    expect(headlines(input)).toEqual(['APEC教育論壇 台灣首辦在銘傳'])
  })

  it('not names filed from with no report’s word: the line stays the title’s', () => {
    const input = page('校園新聞一則', '林妙影╱台北', '全球化及國際化的時代,知識與文化的交流相當重要。')
    expect(find(read(input), 'byline')).toBeUndefined()
  })
})

describe('a paper named for its e-paper, its issue’s line after the name', () => {
  const BODY = '台中市東勢區的埤頭社區,2年前加入農村再生計畫,讓社區整體大為改觀。'

  it('is the masthead at the page’s top (d988)', () => {
    const input = page('國立中央大學客家學院電子報 NCU HAKKA COLLEGE E-PAPER 第220期 2015/1/1 出刊/ 半月刊', '投入農村再生計畫 埤頭社區社造有成', BODY)
    expect(find(read(input), 'masthead')?.paper).toBe('國立中央大學客家學院電子報')
  })

  it('not under a title', () => {
    const input = page('投入農村再生計畫 埤頭社區社造有成', '國立中央大學客家學院電子報 第220期', BODY)
    expect(find(read(input), 'masthead')).toBeUndefined()
  })

  it('▲BACK under the story is interface, no caption (d988)', () => {
    const input = page('投入農村再生計畫 埤頭社區社造有成', BODY, '▲BACK')
    expect(chrome(input)).toEqual(['▲BACK'])
  })
})

describe('an overseas weekly’s front page', () => {
  const TITLE = 'AESM蒙特利尔上海商会正式启动'
  const LEAD = '9月9日星期六下午,蒙特利尔上海商会在唐人街举行成立仪式。'

  it('本报特讯 is the dateline’s one source, no title’s word before it (d990)', () => {
    const input = page(TITLE, `本报特讯 ${LEAD}`)
    expect(find(read(input), 'dateline')?.source).toBe('本报特讯')
    expect(find(read(input), 'subheadline')).toBeUndefined()
  })

  it('the issue’s date and its number with 第 left off is the page’s header (d990)', () => {
    const header = find(read(page('2017年9月15日 总336期', TITLE, `本报讯 ${LEAD}`)), 'pageHeader')
    expect([header?.date?.year, header?.date?.month, header?.date?.day]).toEqual([2017, 9, 15])
  })

  it('not a title naming a serial number, with no date', () => {
    expect(find(read(page('举办总336期道德讲堂', `本报讯 ${LEAD}`)), 'pageHeader')).toBeUndefined()
  })

  it('(上图) opens a caption, whatever follows (d991)', () => {
    const caption = '(上图)中国驻蒂华纳总领事馆邀各埠华人团体负责人座谈侨情。前排左起周冠辉、司徒江平'
    expect(captions(page('墨西哥治安令人担忧', LEAD, caption, '侨胞们纷纷表示要注意安全。'))).toEqual([caption])
  })

  it('not (图) before a text of several sentences: the story’s', () => {
    const text = '(图)中国驻蒂华纳总领事馆邀各埠华人团体负责人座谈侨情。侨胞们纷纷表示要注意安全。'
    expect(captions(page('墨西哥治安令人担忧', LEAD, text))).toEqual([])
  })
})

describe('names read from a line’s text are the names as printed', () => {
  it('a reporter’s name before the role on a traditional page keeps its script (readNameFirstCredit)', () => {
    const input = page('韓國總統訪問東京 兩國簽署多項協議', '• 鄭基煥 記者', '韓國總統昨日抵達東京,與日本首相舉行會談,兩國簽署了多項合作協議。雙方表示將加強經貿往來。')
    expect(find(read(input), 'credit')?.names).toEqual(['鄭基煥'])
  })
})

describe('a site’s fields and a post’s staff line', () => {
  const TITLE = '夜访金昌紫金花城'
  const TEXT = '说起花城,人们自然而然地就会想起广州,其一年一度的迎春花市已为世人所知。'

  it('the author’s field between the source and the date, the editor’s closing the row: byline, stamp, staff line (d995)', () => {
    const tree = read(page(TITLE, '来源: 金昌日报  作者: 陈玉福   2015-05-13 11:16  编辑: 杨伟玲', TEXT))
    expect(find(tree, 'byline')?.children.find((child) => child.type === 'credit')).toMatchObject({ role: '作者', names: ['陈玉福'] })
    expect(find(tree, 'editorLine')?.children.find((child) => child.type === 'credit')).toMatchObject({ names: ['杨伟玲'] })
    expect(find(tree, 'stamp')?.date?.day).toBe(13)
  })

  it('not with the date after both: the row stays the stamp, the editor’s line after it', () => {
    const tree = read(page(TITLE, '来源:区融媒体中心 作者:陈玉福 编辑:邓钰凡 2019-05-15 16:04:36', TEXT))
    expect(find(tree, 'byline')).toBeUndefined()
  })

  it('a pen name after the staff label and its bar, closing the line, is the editor (d997)', () => {
    const tree = read(page(TITLE, TEXT, '文：钟世伟\n编辑| 大麦'))
    expect(find(tree, 'editorLine')?.children.find((child) => child.type === 'credit')).toMatchObject({ names: ['大麦'] })
  })

  it('not a word after the bar with more words after it', () => {
    expect(find(read(page(TITLE, TEXT, '编辑| 大麦 小米 稻谷')), 'editorLine')).toBeUndefined()
  })
})
