/**
 * Review 19: the rules of the nineteenth session tried on made-up pages where
 * they must not fire (a second reader's 90 pages; 35 read worse at first).
 * Each page here read worse before the rules were narrowed:
 *   - a hard-wrapped flush page's line cut after its full stop goes on only
 *     where the page's edge lines were cut inside their sentences, never into
 *     an indented line; one space only takes a line to the edge;
 *   - a piece of text read as a caption for a position (右一) joins the text
 *     only when it is cut inside its clause;
 *   - a gallery is one by its title (图集, 组图…) and runs to the page's end;
 *   - a dateline citing another's report opens no untitled story;
 *   - a writer's name before the stamp has three characters or more, is no
 *     place's, and a bar sets only a date apart from it.
 * A second reader's 90 pages (15 worse at first) narrowed them again: a
 * quoted dispatch (…电称) or a reporter's column label opens no story; a
 * report's name (警情通报) is no paper's citation; a Markdown file's quote and
 * emphasis marks are interface only around a citation or a staff line; a
 * landmark or city (黄鹤楼, 秦皇岛) names no writer; a list's item, or a short
 * line closing its sentence (特此通知。), is no piece of a wrapped paragraph.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../../src/index'
import { articles, expectSource, findAll } from '../helpers/tree'

const read = (input: string) => {
  const issue = parseIssue(input)
  expectSource(input, issue)
  return {
    articles: articles(issue).length,
    paragraphs: findAll(issue, 'paragraph').length,
    captions: findAll(issue, 'caption').length,
    bylines: findAll(issue, 'byline').length,
    pageHeaders: findAll(issue, 'pageHeader').length,
  }
}

describe('review 19: where the session\'s rules must not fire', () => {
  it.each([
    ["rule of the flush wrapped page: short one-line paragraphs of one length, each closing its sentence, are no column's lines", "暴雨中，他们守住了村庄\n来源：沅江日报\n7月3日凌晨，一场特大暴雨突袭沅江。\n村支书刘建华第一个冲进了雨幕里。\n“快，先把老人转移出去！”他大声喊道。\n水位还在上涨，每一分钟都很关键。\n党员们挨家挨户敲门，一户都不能落下。\n天亮时，全村三百多人全部安全转移。\n刘建华却累倒在了村口的大樟树下。\n", {"articles": 1, "paragraphs": 7}],
    ["an interview's questions and answers of one length stay apart", "对话返乡创业青年：种地也能很体面\n记者：当初为什么选择回村种地？\n王磊：因为我觉得农村的机会其实很多。\n记者：家里人一开始支持你的决定吗？\n王磊：不支持，我爸气得三天没理我呢。\n记者：现在合作社一年收入有多少了？\n王磊：去年纯收入八十多万，还算不错吧。\n记者：对想回乡创业的年轻人有何建议？\n王磊：先想清楚，再踏踏实实地干下去。\n", {"articles": 1, "paragraphs": 8}],
    ["short paragraphs of a post stay apart", "这位外卖小哥，火了！\n昨天下午，一段视频在朋友圈刷屏。\n视频中，一名外卖小哥跳进河里救人。\n落水的是一名七八岁左右的小男孩。\n小哥把孩子托上岸后，转身就离开了。\n记者多方打听，终于找到了这位小哥。\n他叫李强，今年二十六岁，河南人。\n“当时没想那么多，救人要紧嘛。”\n李强笑着说，送餐超时被扣了五块钱。\n", {"articles": 1, "paragraphs": 8}],
    ["a Taiwan site's short paragraphs of one length stay apart", "澎湖花火節今晚登場 預估湧入萬人\n記者宋國正／澎湖報導\n2023澎湖國際海上花火節今晚在觀音亭登場。\n縣府預估，今晚將湧入超過一萬名遊客。\n為因應人潮，公車處加開多班接駁車次。\n警方也將實施交通管制，請民眾多加留意。\n縣長表示，今年花火節共規劃二十五場次。\n歡迎全國各地的朋友一起來澎湖看花火。\n", {"articles": 1, "paragraphs": 6}],
    ["the lines of a list of closed roads stay apart", "市民注意！这些路段今起临时交通管制\n本报讯（记者 周敏）为保障马拉松赛事顺利进行，4月16日6时至13时，以下路段实施临时交通管制：\n人民大道（解放路至中山路段）全封闭。\n解放路（人民大道至滨江路段）全封闭。\n滨江路（解放路至长江大桥段）全封闭。\n中山路（人民大道至北京路段）半封闭。\n管制期间，请过往车辆提前绕行。\n", {"articles": 1, "paragraphs": 5}],
    ["short paragraphs under a Taiwan byline stay apart", "颱風杜蘇芮逼近 澎湖停班停課\n記者陳俊宏／澎湖報導\n中颱杜蘇芮持續朝台灣東南部海面接近。\n澎湖縣政府宣布，明天停止上班上課。\n海上交通船班全數停駛，請旅客留意。\n縣府已成立災害應變中心，全面戒備。\n民眾若有災情，可撥打一九九九通報。\n", {"articles": 1, "paragraphs": 5}],
    // (The flush line under 景象。 goes on: the page opens its paragraphs indented, so one that ended would have
    // opened the next indented. Read as three paragraphs while the dateline's row kept the page's indents uncounted.)
    ["an indented line under a line cut after its full stop opens its paragraph", "春耕备耕正当时\n　　本报讯 连日来，我县抓住有利天气，组织\n农民开展春耕备耕，田间地头一派繁忙景象。\n全县已完成翻耕面积12万亩，占计划六成。\n　　县农技站站长李明告诉记者，今年将重点\n推广水稻机插秧技术，预计全县机插率将达七\n成以上，比去年提高五个百分点左右。\n", {"articles": 1, "paragraphs": 2}],
    ["two-line paragraphs, each opened indented, stay apart", "市民点赞公交新线路\n　　本月起，市区新开通的12路公交车\n正式运营，方便了城东片区居民出行。\n　　家住城东的王阿姨说，以前去医院要\n换乘两次，现在坐一趟车就能直达了。\n　　公交公司表示，将根据客流情况适时\n调整发车班次，进一步优化运营服务。\n", {"articles": 1, "paragraphs": 3}],
    ["OCR's spacing between digits (较 2 0 2 2 年) does not take a short last line to the edge", "一季度全市经济运行稳中向好\n本报讯 记者从市统计局获悉，一季度全市实现\n地区生产总值356.8亿元，同比增长6.\n2%，增速比全省平均水平高出0.8个百分\n点，较 2 0 2 2 年同期提高 1 . 1 个点。\n社会消费品零售总额稳步回升，同比增长7.\n5%，其中网上零售额增长百分之二十以上，\n线上消费成为拉动消费增长的重要力量。\n", {"articles": 1, "paragraphs": 2}],
    ["Latin words set apart by spaces do not take a line to the edge", "本土科技企业加速出海\n本报讯 今年以来，我市科技企业加快开拓海外市\n场，一批企业的产品进入东南亚和欧洲市场，外贸\n订单持续增长，上半年出口额同比增长百分之三十\n。其中软件企业与 Google 和 SAP 签约。\n记者了解到，市商务局将组织企业参加广交会等展\n会，帮助企业拓展国际市场，稳订单、拓市场。\n", {"articles": 1, "paragraphs": 2}],
    ["a title at the edge over a caption naming a position keeps both", "县委书记张明深入防汛一线检查指导防汛抗洪救灾工作\n县委书记张明(右一)在河堤查看水位情况。\n7月12日，县委书记张明深入防汛一线检查指导工作。\n他强调，要压紧压实防汛责任，确保群众安全度汛。\n", {"articles": 1, "paragraphs": 2, "captions": 1}],
    ["a caption that closes its sentence, OCR'd in mid-paragraph, stays the photo's", "果园里的“土专家”\n本报讯 在石桥镇果园村，提起刘春生，村民们\n都会竖起大拇指。他种了三十多年果树，摸索出\n刘春生(左一)在给村民讲解果树修剪技术。\n一整套果树修剪和病虫害防治的土办法，被大家\n亲切地称为“土专家”，远近闻名，广受欢迎。\n", {"articles": 1, "paragraphs": 2, "captions": 1}],
    ["a story between two captions, its title no gallery's, keeps its paragraphs", "樱花绽放引客来\n市民在樱花树下拍照留念。（记者 张伟 摄）\n3月20日，东湖樱花园迎来最佳观赏期。\n记者从东湖风景区管理处获悉，园内樱花已全面盛开。\n预计花期将持续到本月底。\n景区提醒游客错峰出行，文明赏花。\n游客在樱花园内赏花。（记者 张伟 摄）\n", {"articles": 1, "paragraphs": 4, "captions": 2}],
    ["…and the next story's title under them opens the next story", "樱花绽放引客来\n市民在樱花树下拍照留念。（记者 张伟 摄）\n3月20日，东湖樱花园迎来最佳观赏期。\n记者从东湖风景区管理处获悉，园内樱花已全面盛开。\n预计花期将持续到本月底。\n游客在樱花园内赏花。（记者 张伟 摄）\n我市启动春季植树活动\n本报讯（记者 李娜）3月20日，我市2023年春季义务植树活动在城南生态公园启动，千余名干部群众参加。\n", {"articles": 2, "paragraphs": 4, "captions": 2}],
    ["a story between captions naming positions keeps its paragraphs", "区领导走访慰问困难群众\n区委书记王刚(右一)在慰问困难群众。\n1月18日，区委书记王刚带队走访慰问困难群众。\n每到一户，王刚都详细询问他们的生活情况。\n他叮嘱相关部门要切实解决好群众的实际困难。\n图为区长李华(左二)在慰问老党员。\n", {"articles": 1, "paragraphs": 3, "captions": 2}],
    ["a gallery with the next story's title straight under it: two stories", "图集丨代表委员通道上的精彩瞬间\n3月5日，代表们在人民大会堂北大厅接受采访。（记者 柯皓 摄）\n代表走上通道。\n代表讲述基层故事。\n代表展示家乡特产。\n记者举手现场提问。（记者 柯皓 摄）\n政府工作报告提出今年发展主要预期目标\n本报讯（记者 王强）3月5日，十四届全国人大一次会议在人民大会堂开幕，国务院总理作政府工作报告。报告提出，今年国内生产总值增长5%左右。\n", {"articles": 2}],
    ["a dateline citing another's report (据新华社…电) in an untitled story opens no story", "本报讯（记者 张丽）昨天，我市召开全市安全生产工作会议，部署下一阶段安全生产工作。\n会议传达了全国安全生产电视电话会议精神。\n据新华社北京3月5日电 国务院安委会日前印发通知，要求各地深入开展安全生产大检查。\n会议要求，各地各部门要认真贯彻落实通知要求，切实抓好安全生产各项工作。\n", {"articles": 1, "paragraphs": 4}],
    ["a place before the site's stamp (王府井 2023-05-06 10:20 浏览 100) names no writer", "五一假期商圈客流创新高\n王府井 2023-05-06 10:20 浏览 100\n“五一”假期，王府井步行街日均客流量超过30万人次，同比增长两成以上。\n商圈内各大商场纷纷推出促销活动，吸引了大批市民和游客。\n", {"bylines": 0}],
    ["a channel before a bar and the date (金融 |2023.03.11) names no writer", "央行宣布降准0.25个百分点\n金融 |2023.03.11\n中国人民银行决定于3月27日降低金融机构存款准备金率0.25个百分点。\n此次降准共计释放长期资金约5000亿元。\n", {"bylines": 0}],
    ["a region before the stamp (江苏 2023-04-20 10:20 阅读 1203) names no writer", "江苏一季度GDP同比增长5%\n江苏 2023-04-20 10:20 阅读 1203\n江苏省统计局20日发布数据，一季度全省实现地区生产总值30295亿元，同比增长5%。\n", {"bylines": 0}],
    ["two names before a bar and the date: not one writer with the other in the stamp", "我市推动全民阅读取得明显成效\n张三 李四 |2023.03.11\n今年以来，我市持续推动全民阅读，新建城市书房20家，开展阅读活动500余场。\n", {"bylines": 0}],
    // (the second reader's)
    ["a dispatch quoted in an untitled story (路透社北京5月9日电称,…) opens no story", "新华社北京5月9日电 国家统计局9日发布数据，4月份全国居民消费价格同比上涨0.1%。\n路透社北京5月9日电称，这一数据低于市场预期。\n分析人士认为，物价温和回升的态势不会改变。\n", {"articles": 1}],
    ["a reporter’s column label in brackets ((记者手记)…) in an untitled story opens no story", "本报讯（记者 王强）9日，市防汛抗旱指挥部召开会议，部署今年防汛工作。\n会议要求，各地要立足于防大汛、抢大险。\n（记者手记）在防汛一线，记者看到了许多感人的场景。\n", {"articles": 1}],
    ["a report’s name before a date (警情通报 2023-05-09) is no paper’s citation", "关于近期电信诈骗案件的警情通报\n警情通报 2023-05-09\n近一周，我市共发生电信网络诈骗案件32起，涉案金额156万元。\n警方提醒广大市民，切勿轻信陌生来电。\n", {"pageHeaders": 0}],
    ["a quote inside a Markdown story’s text stays in the story", "---\nlayout: post\ntitle: \"我市新增5个口袋公园\"\n---\n\n本报讯（记者 唐亮）近日，我市新建的5个口袋公园陆续建成开放。\n\n> 市民王女士说：“家门口就能锻炼，太方便了。”\n\n公园内设有健身器材和儿童游乐设施。\n", {"articles": 1}],
    ["a landmark before a bar and the date (黄鹤楼 |2023.03.11) names no writer", "黄鹤楼夜游项目上线\n黄鹤楼 |2023.03.11\n黄鹤楼景区夜游项目正式上线。\n", {"bylines": 0}],
    ["a city before the site’s stamp (秦皇岛 2023-05-09 10:20 浏览 865) names no writer", "秦皇岛海滨旅游迎来旺季\n秦皇岛 2023-05-09 10:20 浏览 865\n五一假期，秦皇岛各海滨景区迎来客流高峰。\n", {"bylines": 0}],
    // (the third reader's, on part (bd)'s rules)
    ["a bracketed note under a who-spoke kicker ((附图)) is no headline: the first line stays the headline", "市委书记在防汛一线检查时强调\n（附图）\n本报讯（记者 周杰）7月12日，市委书记李明冒雨检查防汛工作。\n李明强调，要时刻绷紧防汛这根弦。\n", {"articles": 1}],
    ["an abstract quoted inside the story (…判决书摘要如下： / 摘要：…) stays the story’s", "法院公布十起典型案例\n本报讯（记者 韩雪）5月9日，市中级人民法院公布十起涉民生典型案例。\n其中一起案例的判决书摘要如下：\n摘要：被告人李某以高额回报为诱饵，骗取老年人钱款共计86万元，法院以诈骗罪判处其有期徒刑十年。\n法院提醒广大老年人，要警惕各类“高回报”陷阱。\n", {"articles": 1, "paragraphs": 4}],
    ["an item that is only its 摘要 keeps its text", "文摘\n摘要：近年来，一些地方在乡村振兴中出现了“盆景化”倾向，只注重打造几个示范点，忽视面上整体推进。专家认为，乡村振兴要防止搞形式主义。\n（摘自《半月谈》2024年第3期）\n", {"articles": 1}],
    ["an essay’s lone • between its parts keeps the essay whole", "春天的信（组诗）\n李青\n一\n风从南方来\n带来泥土的消息\n-\n二\n桃花开在山坡上\n像一封没有寄出的信\n", {"articles": 1}],
    ["a middle dot between two short pieces under one title keeps them one article", "小小说两题\n王强\n买鞋\n老张在集上看中一双鞋，问价，嫌贵，走了。\n·\n送伞\n下雨了，小李把伞借给了陌生人。\n", {"articles": 1}],
  ])('must not fire: %s', (_, page, reading) => {
    expect(read(page)).toMatchObject(reading)
  })
})

describe('review 19, second reader: a wrapped page’s list', () => {
  it("must not fire: on a flush hard-wrapped page a list’s first item (一、…) opens its own paragraph", () => {
    expect(read("市民注意！这些路段今起临时交通管制\n本报讯 为保障马拉松赛事顺利进行，四月十六\n日六时至十三时，以下路段将实施临时交通管\n制，请过往车辆和行人提前规划好出行路线。\n一、人民大道（解放路至中山路段）全封闭。\n二、滨江路（解放路至长江大桥段）半封闭，\n只允许公交车和赛事保障车辆通行，社会车辆\n需提前绕行。\n").paragraphs).toBeGreaterThanOrEqual(2)
  })
})
