/**
 * Review 21: the rules of the twenty-first session tried on made-up pages where
 * they must not fire. A first reader's 130 pages (23 read worse at first); each
 * page of the first table read worse before the rules were narrowed:
 *   - a province's or a city's name that looks like a person's (金华, 常德, 安康)
 *     is no writer only alone under a title (江西 under a web title); beside a
 *     role or another name, in a closing credit, an author field or a
 *     photographer's credit, it is a person's name (names.ts namesPlace);
 *   - 申明 spells a site's own labels only (网站申明, 版权和免责申明): 免责申明 and
 *     法律申明 title a notice in the paper's classified pages;
 *   - a staff role alone over a name is no staff line in an interview, its
 *     speakers' labels each over their words (编辑: / 鲁迅 / 读者: / …).
 * Left as they read (rare or contrived): an empty staff field over a next
 * item's title of three characters opening with a surname's (编辑: / 向日葵 /
 * text); a wrapped sentence whose line is exactly 网站申明; 版权和免责申明 as a
 * story's headline; two city names alone under a title (金华 许昌).
 * A second reader's 107 pages, each run with and without blank lines between its
 * lines (57 of 210 runs worse at first), narrowed them again: two short phrases
 * about a comma are a section's head only as one of two or more between text
 * (pairedSectionHeads), never a poem's line, a saying or a banner's words alone;
 * a site's channel is named with two or three characters before 新闻/资讯/动态/关注
 * (今日立夏, 今日高考 are an event's kicker, 警惕虚假新闻 a headline), and on an
 * e-paper's page only 新闻/资讯/动态 (今日关注 is the page's column kicker); a
 * reporter's credit closing the lead is the byline only with text under it, not
 * a section's head (a brief signed another way, or not at all, is the next
 * brief); a speaker's label alone (村民：) closes no staff field; a place's name
 * alone under the title is interface.
 * A third reader's 109 pages on the rules found on part (bf) (26 worse at first)
 * narrowed those: the kind of report before 报道 or after a paper's name names
 * no one and no place (（视频报道）, (南洋商报独家讯)); a post's floor (1#) is not
 * read as interface, and a forum's noise stands in the story's text; a banner
 * names a site; a list of other stories carries their dates; a couplet's
 * halves of seven characters head no section.
 */
import { describe, expect, it } from 'vitest'
import { parseIssue, toString } from '../../src/index'
import { articles, expectSource, findAll } from '../helpers/tree'

/** Every name the page's credits hold: bylines', datelines', signatures', captions'. */
const namesIn = (input: string) => {
  const issue = parseIssue(input)
  expectSource(input, issue)
  return [...findAll(issue, 'credit').flatMap((credit) => credit.names), ...findAll(issue, 'signature').flatMap((signature) => signature.names ?? [])]
}

describe('review 21: where the session\'s rules must not fire', () => {
  it.each([
    ["byline with two bare names under title, one 金华", "城区新增口袋公园12个\n\n王强 金华\n\n今年以来，城区利用边角地块新建口袋公园12个，市民出门即可见绿。\n\n这些口袋公园面积虽小，但功能齐全。\n", ["王强", "金华"]],
    ["trailing credits after the last sentence, 记者 金华 通讯员 王强", "城区新增停车位1200个\n\n本报讯 今年以来，城区新增公共停车位1200个，缓解了停车难问题。记者 金华 通讯员 王强\n", ["金华", "王强"]],
    ["trailing two bare names after the last sentence, 王强 金华", "城区新增停车位1200个\n\n本报讯 今年以来，城区新增公共停车位1200个，缓解了停车难问题。王强 金华\n", ["王强", "金华"]],
    ["closing (王强 常德 文/图)", "春茶开采\n\n本报讯 4月2日，石门县茶农开始采摘春茶，今年春茶预计产量增长一成。\n\n（王强 常德 文/图）\n", ["王强", "常德"]],
    ["caption with glued photographer 金华摄", "春茶开采\n\n图为茶农在采摘春茶 金华摄\n\n本报讯 4月2日，石门县茶农开始采摘春茶，今年春茶预计产量增长一成。\n", ["金华"]],
    ["site author field 作者：记者 常德", "我市举办农民丰收节\n\n作者：记者 常德  来源：平江新闻网  发布时间：2023-09-23 10:20\n\n9月23日，我县2023年中国农民丰收节庆祝活动在安定镇举行。\n\n活动现场展示了我县特色农产品200余种。\n", ["常德"]],
    ["site author field 作者：王强 金华 (two names)", "我市举办农民丰收节\n\n作者：王强 金华  来源：平江新闻网\n\n9月23日，我县2023年中国农民丰收节庆祝活动在安定镇举行。\n\n活动现场展示了我县特色农产品200余种。\n", ["王强", "金华"]],
    ["(王强 金华 整理)", "端午习俗知多少\n\n端午节有吃粽子、赛龙舟、挂艾草等习俗。\n\n（王强 金华 整理）\n", ["王强", "金华"]],
    ["office under title with person 常德", "我们的幸福生活不容诋毁\n\n县委宣传部部长 常德\n\n近日，某些境外媒体发表不实报道，歪曲事实、混淆视听。\n", ["常德"]],
    ["记者 金华 after a closing quote", "老兵的心愿\n\n本报讯 老人说：“只要身体允许，我就一直讲下去。”记者 金华\n", ["金华"]],
    ["trailing credits 记者 王强 通讯员 安康 after last sentence", "社区开展义诊活动\n\n本报讯 5月9日，阳光社区联合市中医院开展义诊活动，为200余名居民提供免费诊疗。记者 王强 通讯员 安康\n", ["王强", "安康"]],
    ["trailing bare names 黄山 吴忠 after last sentence on its own paragraph", "乡村篮球赛火热开赛\n\n本报讯 5月9日，全县“村BA”篮球赛在城关镇开赛，32支村队参赛。\n\n比赛将持续一个月。\n\n黄山 吴忠\n", ["黄山", "吴忠"]],
    ["文/图 with 武威 bracket", "古城墙修缮完工\n\n本报讯 历时两年，古城墙修缮工程日前完工。\n\n（武威 文/图）\n", ["武威"]],
  ])('a person named as a place is: %s', (_, input, names) => {
    expect(namesIn(input)).toEqual(expect.arrayContaining(names))
  })

  it('免责申明 titling a classified notice stays its headline', () => {
    const input = '免责申明\n\n本人张建国（身份证号：430102196503121234）自2023年5月10日起与长沙市某某贸易有限公司不再有任何关系，该公司一切经济纠纷与本人无关，特此申明。\n'
    const issue = parseIssue(input)
    expect(findAll(issue, 'headline').map((headline) => toString(headline))).toEqual(['免责申明'])
    expect(findAll(issue, 'chrome')).toEqual([])
  })

  it('法律申明 among notices is no site\'s interface', () => {
    expect(findAll(parseIssue('遗失声明\n\n李华遗失长沙市居民身份证，证号430103198801011234，声明作废。\n\n法律申明\n\n本公司从未授权任何个人以本公司名义对外签订合同，凡以本公司名义签订的合同本公司一概不予承认，特此申明。\n\n长沙某某置业有限公司\n'), 'chrome').map((chrome) => toString(chrome))).not.toContain('法律申明')
  })

  it('编辑: / 鲁迅 in an interview, 读者: under it: no staff line', () => {
    expect(findAll(parseIssue('他把书店开进村里\n\n本报记者 刘洋\n\n读者:\n您最喜欢哪位作家？\n编辑:\n鲁迅\n读者:\n为什么？\n编辑:\n因为他的文章针砭时弊，到今天读来仍有意义。\n'), 'editorLine')).toEqual([])
  })
})

describe('review 21: where the session\'s narrowed rules must not fire', () => {
  it.each([
    ["poem line between paragraphs", "月下思乡\n离家已经十年了，每到中秋，我总会想起母亲在院子里摆上月饼的样子。\n床前明月光，疑是地上霜\n小时候背这首诗，并不懂其中的滋味。如今身在异乡，才明白诗人的心情。\n今年中秋，我一定要回家看看。\n"],
    ["one-line paragraph no full stop", "父亲的沉默\n那天我把辞职的决定告诉了父亲。他放下手里的筷子，看了我很久。\n他笑了笑，没有说话\n第二天一早，他把一个信封放在我的桌上，里面是他攒了多年的积蓄。\n我知道，这就是他的回答。\n"],
    ["quote as paragraph with comma", "老兵的故事\n今年92岁的张大爷是一名抗美援朝老兵。谈起当年的经历，他依然记忆犹新。\n我们打赢了，祖国安全了\n说完这句话，老人眼里泛起了泪光。他说，现在的好日子来之不易。\n"],
    ["song lyric in feature", "一首老歌唱了四十年\n每逢周末，公园的凉亭里总会响起熟悉的旋律。\n我们的家乡，在希望的田野上\n合唱团团长刘阿姨说，这首歌他们已经唱了几十年，百唱不厌。\n"],
    ["two-line poem stanza", "春日即景\n清晨，我沿着河堤散步，柳枝已经抽出了新芽。\n春眠不觉晓，处处闻啼鸟\n想起孟浩然的诗句，不禁感叹古人观察之细。\n"],
    ["poem couplets consecutive in essay", "登鹳雀楼随想\n站在楼上远眺，黄河滚滚东去，让人心潮澎湃。\n白日依山尽，黄河入海流\n欲穷千里目，更上一层楼\n千百年来，这首诗激励着无数人不断攀登。\n"],
    ["quoted saying line mid-story no quotes", "一家三代守护古树\n在村口的老槐树下，76岁的刘大爷每天都要转上几圈。\n前人栽树，后人乘凉\n这是刘大爷常挂在嘴边的一句话。三十多年来，他家三代人义务守护着这棵古树。\n"],
    ["colloquial reply line in news feature", "社区里的“和事佬”\n邻里之间闹了矛盾，居民们首先想到的就是老周。\n有事找老周，准没错\n这是居民们对他的评价。退休后，老周主动当起了社区调解员，五年来调解纠纷200余起。\n"],
    ["inscription on banner", "暖心锦旗送民警\n5月8日，市民李先生来到城南派出所，将一面锦旗送到民警手中。\n人民好警察，为民解忧愁\n锦旗上的字表达了李先生的感激之情。此前，民警帮他找回了走失的老母亲。\n"],
  ])('a line of two phrases about a comma, alone, is the text\'s: %s', (_, input) => {
    expect(findAll(parseIssue(input), 'intertitle')).toEqual([])
  })

  it.each([
    ["今日立夏 is headline with subheadline and stamp", "今日立夏\n天气渐热 注意防暑降温\n发布时间：2024-05-05 来源：丹东日报\n今天是二十四节气中的立夏，标志着夏季的开始。\n气象部门提醒，立夏后气温升高，市民要注意防暑。\n", "今日立夏"],
    ["今日高考 headline, subheadline, editor", "今日高考\n全市2.3万名考生走进考场\n编辑：李娜\n6月7日，2024年普通高校招生全国统一考试开考，我市共有2.3万名考生参加考试。\n全市共设7个考区、62个考点。\n", "今日高考"],
    ["今日起施行 kicker + stamp", "今日起施行\n《丹东市文明行为促进条例》\n发布时间：2024-05-01 来源：丹东日报\n《丹东市文明行为促进条例》自2024年5月1日起施行。\n条例对公共场所文明行为作出了具体规定。\n", "今日起施行"],
    ["今日冬至 headline + deck + stamp", "今日冬至\n吃饺子还是汤圆？\n发布时间：2024-12-21 来源：丹东新闻网\n今天是冬至。在北方，冬至有吃饺子的习俗；而在南方，人们更习惯吃汤圆。\n冬至过后，白天将逐渐变长。\n", "今日冬至"],
    ["epaper 今日开通 kicker over title and plain text", "第A1版：要闻\n今日开通\n丹东至北京高铁每天增开4对\n5月10日起，丹东至北京方向每天增开4对高铁列车，旅客出行更加便捷。\n铁路部门提醒旅客提前购票。\n", "今日开通"],
    ["epaper 今日立冬 headline + deck", "第A1版：要闻\n今日立冬\n气温将逐步走低 市民注意保暖\n今天是立冬节气，标志着冬季的开始。\n气象部门预计，未来一周我市气温将持续走低。\n", "今日立冬"],
    ["epaper 今日关注 kicker over title and plain text", "第A2版：要闻\n今日关注\n我市启动夏季消夏夜市\n5月18日晚，我市2024年消夏夜市在滨江广场正式启动。\n夜市共设摊位200余个，将持续至9月底。\n", "今日关注"],
    ["epaper 两会关注 column kicker plain text", "第A2版：两会特刊\n两会关注\n代表建议加快发展养老服务\n市人大代表张红建议，加快发展社区嵌入式养老服务。\n她认为，应整合社区资源，为老年人提供就近服务。\n", "两会关注"],
  ])('an event\'s or a column\'s kicker is no site channel: %s', (_, input, kicker) => {
    expect(findAll(parseIssue(input), 'kicker').map((node) => toString(node))).toEqual([kicker])
  })

  it('警惕虚假新闻 over its deck on an e-paper page stays the headline', () => {
    expect(findAll(parseIssue("第A6版：社会\n警惕虚假新闻\n网警提醒：不信谣 不传谣\n近日，网上流传一条“某地发生重大事故”的消息，经核实系谣言。\n网警提醒，广大网民要自觉抵制网络谣言。\n"), 'headline').map((node) => toString(node))).toEqual(['警惕虚假新闻'])
  })

  it.each([
    ["briefs: second brief unsigned (from agency)", "我市举办职工技能大赛\n\n5月10日，全市职工职业技能大赛在市技师学院举行，420名选手参赛。记者 张雪芳\n\n全省一季度经济运行平稳\n\n一季度，全省地区生产总值同比增长5.6%，主要经济指标好于预期。\n"],
    ["briefs: second brief signed in parentheses", "我市举办职工技能大赛\n\n5月10日，全市职工职业技能大赛在市技师学院举行，420名选手参赛。记者 张雪芳\n\n城南街道开展消防演练\n\n5月9日，城南街道联合消防救援站在辖区开展消防应急演练。（记者 李明）\n"],
    ["briefs: second brief signed on its own line", "我市举办职工技能大赛\n\n5月10日，全市职工职业技能大赛在市技师学院举行，420名选手参赛。记者 张雪芳\n\n城南街道开展消防演练\n\n5月9日，城南街道联合消防救援站在辖区开展消防应急演练。\n\n记者 李明\n"],
    ["briefs with three, middle unsigned (news agency 据新华社)", "我市举办职工技能大赛\n\n5月10日，全市职工职业技能大赛在市技师学院举行，420名选手参赛。记者 张雪芳\n\n全国铁路迎来客流高峰\n\n5月1日，全国铁路发送旅客2069万人次，创历史新高。（据新华社）\n\n市图书馆推出夜读服务\n\n即日起，市图书馆每周五、周六延长开放至晚上9点。记者 李娜\n"],
    ["second brief signed by 记者 with colon-less 本报讯 trailing (通讯员 + name + 摄影)", "我市举办职工技能大赛\n\n5月10日，全市职工职业技能大赛在市技师学院举行，420名选手参赛。记者 张雪芳\n\n城南街道开展消防演练\n\n5月9日，城南街道联合消防救援站在辖区开展消防应急演练。张丽 李明\n"],
    ["brief then next brief title then unsigned brief ending with source", "我市举办职工技能大赛\n\n5月10日，全市职工职业技能大赛在市技师学院举行，420名选手参赛。记者 张雪芳\n\n我省出台稳就业新政\n\n近日，省政府出台稳就业十条措施，涵盖企业稳岗、创业扶持等方面。据《辽宁日报》\n"],
    ["briefs: second signed （通讯员 李明 王芳）", "我市举办职工技能大赛\n\n5月10日，全市职工职业技能大赛在市技师学院举行，420名选手参赛。记者 张雪芳\n\n城南街道开展消防演练\n\n5月9日，城南街道联合消防救援站在辖区开展消防应急演练，200余名居民参加。（通讯员 李明 王芳）\n"],
    ["briefs: three briefs, 2nd and 3rd signed by bare names in parentheses", "我市举办职工技能大赛\n\n5月10日，全市职工职业技能大赛在市技师学院举行，420名选手参赛。记者 张雪芳\n\n城南街道开展消防演练\n\n5月9日，城南街道联合消防救援站在辖区开展消防应急演练，200余名居民参加。（李明 王芳）\n\n市图书馆推出夜读服务\n\n即日起，市图书馆每周五、周六延长开放至晚上9点。（刘洋）\n"],
    ["signed story then separate story under a title, unsigned, multi-paragraph", "城区新增30个公交站亭\n\n近日，城区新建的30个公交候车亭陆续投入使用，方便市民候车。记者 王强\n\n我市公布2024年民生实事\n\n今年，我市将围绕教育、医疗、养老等领域，实施20项民生实事。\n\n其中，新建改扩建中小学校8所，新增学位1.2万个。\n"],
    ["briefs: second from 通讯员 with 文/图 in parentheses", "我市举办职工技能大赛\n\n5月10日，全市职工职业技能大赛在市技师学院举行，420名选手参赛。记者 张雪芳\n\n城南街道开展消防演练\n\n5月9日，城南街道联合消防救援站在辖区开展消防应急演练，200余名居民参加。（文/图 李明）\n"],
    ["briefs with dateline-less second ending 张丽 摄影报道", "我市举办职工技能大赛\n\n5月10日，全市职工职业技能大赛在市技师学院举行，420名选手参赛。记者 张雪芳\n\n城南街道开展消防演练\n\n5月9日，城南街道联合消防救援站在辖区开展消防应急演练，200余名居民参加。张丽 摄影报道\n"],
    ["two-blank layout: signed brief then unsigned story", "老人过马路遇车流 交警主动搀扶护送\n\n\n7月29日上午，城厢交警一中队执勤人员在路口执勤，主动搀扶老人过马路。记者 胡雪梅\n\n跨区发展蔬菜喜获丰收\n\n\n发展蔬菜产业，增加农民收入。来自新度镇的蔬菜种植大户喜获丰收。\n"],
    ["signed brief then paired-phrase title of a second unsigned story", "城区新增30个公交站亭\n\n近日，城区新建的30个公交候车亭陆续投入使用，方便市民候车。记者 王强\n\n乡村振兴，产业兴旺先行\n\n今年以来，我县大力发展特色产业，带动农民增收致富。\n\n全县已建成特色种植基地35个，带动农户1.2万户。\n"],
  ])('a signed brief and the next one stay apart: %s', (_, input) => {
    expect(findAll(parseIssue(input), 'byline')).toEqual([])
  })

  it('an interview whose speakers\' labels stand alone (村民：, 观众：): no staff line', () => {
    expect(findAll(parseIssue("他把书店开进村里\n本报记者 刘洋\n村民：\n这家书店是谁开的？\n编辑：\n李明\n村民：\n他为什么要在村里开书店？\n编辑：\n因为他想让村里的孩子有书读。\n"), 'editorLine')).toEqual([])
    expect(findAll(parseIssue("一档节目的诞生\n本报记者 刘洋\n观众：\n这档节目的主编是谁？\n编辑：\n张伟\n观众：\n节目什么时候播出？\n编辑：\n每周六晚上八点。\n"), 'editorLine')).toEqual([])
  })

  it('江西 under 江西：春耕生产有序推进: interface, the title stays the headline', () => {
    const issue = parseIssue("江西：春耕生产有序推进\n江西\n连日来，江西各地抢抓农时，春耕生产有序推进。\n全省已完成早稻育秧面积500万亩。\n")
    expect(findAll(issue, 'headline').map((node) => toString(node))).toEqual(['江西：春耕生产有序推进'])
    expect(findAll(issue, 'byline')).toEqual([])
  })
})

describe('review 21, a third reader (109 pages, 26 worse at first): the rules for part (bf) narrowed', () => {
  it.each([
    ["video", "暴雨致多处道路积水\n昨日下午突降暴雨，市区多处道路出现积水，交通一度中断。\n交警部门紧急疏导交通。\n（视频报道）\n"],
    ["tuwen", "春节花市开锣\n一年一度的迎春花市昨日开锣，吸引大批市民前往选购年花。\n今年花市共设摊位三百余个。\n（图文报道）\n"],
    ["dujia", "知名企业涉嫌财务造假\n记者获悉，某上市公司涉嫌虚增营收数亿元，监管部门已介入调查。\n该公司股价今日开盘即跌停。\n（独家报道）\n"],
    ["xianchang", "马拉松赛鸣枪开跑\n三万名跑手今晨在市中心鸣枪起跑，场面壮观。\n赛道沿线市民夹道加油。\n（现场报道）\n"],
    ["zhuizong", "老旧小区电梯加装进展\n上月本报报道的老旧小区加装电梯一事有了新进展。\n目前已有五栋楼完成加装，居民纷纷点赞。\n（追踪报道）\n"],
    ["teyue", "高原上的守边人\n他在海拔四千米的哨所坚守了十二年。\n每年冬天，哨所都会被大雪封路数月。\n（特约报道）\n"],
    ["zhibo", "国庆阅兵盛况\n受阅部队以整齐的步伐通过天安门广场。\n空中梯队飞越长安街上空。\n（直播报道）\n"],
    ["shendu", "谁在推高房租\n记者调查发现，部分中介机构通过囤积房源抬高租金。\n业内人士呼吁加强监管。\n（深度报道）\n"],
    ["yangshi", "春晚彩排顺利进行\n春节联欢晚会昨晚进行了第三次彩排，各节目均已基本定型。\n导演组表示，今年春晚将更加注重科技元素。\n（央视报道）\n"],
    ["gundong", "高考今日开考\n全国高考今日开考，一千三百多万名考生走进考场。\n各地考点秩序井然。\n（滚动报道）\n"],
    ["tebie", "抗疫一线的白衣天使\n她们连续奋战数十天，用行动诠释了医者仁心。\n许多护士剪短了长发，只为节省穿脱防护服的时间。\n（特别报道）\n"],
    ["lianxu", "污水直排问题整改到位\n本报此前报道的河道污水直排问题，目前已整改到位。\n环保部门表示，将持续开展监测。\n（连续报道）\n"],
    ["diaocha", "外卖骑手的一天\n记者跟随一名外卖骑手工作了一整天，他共送了四十二单。\n他说，最怕的是下雨天和超时差评。\n（调查报道）\n"],
  ])('what kind of report it is before 报道 names no one: %s', (_, input) => {
    expect(findAll(parseIssue(input), 'signature')).toEqual([])
  })

  it.each([
    ["zonghe xun desk not place", "全球股市普遍下跌\n（星洲日报综合讯）受美国通胀数据影响，全球主要股市今日普遍下跌。\n日经指数跌幅超过百分之二。\n"],
    ["dujia xun", "政坛人物将出任新职\n（南洋商报独家讯）据可靠消息，一名资深政治人物将出任政府要职。\n有关人选预计下周公布。\n"],
  ])('a paper glued to the kind of its report, not a place: %s', (_, input) => {
    for (const dateline of findAll(parseIssue(input), 'dateline')) expect(dateline.place ?? '').not.toMatch(/^(?:综合|独家|特别)$/)
  })

  it('1# and 2# naming a plant’s furnaces are the story’s, not a forum’s floors', () => {
    expect(articles(parseIssue("钢厂完成高炉大修\n该钢铁公司今年对两座高炉进行了大修。\n1#\n高炉于三月完成大修，产能提升百分之八。\n2#\n高炉于五月完成大修，能耗下降百分之五。\n"))).toHaveLength(1)
  })

  it('a notice’s issuer and an essay’s writer printed over the title and again at the end are no site’s banner', () => {
    expect(findAll(parseIssue("某某县人民政府\n关于做好2024年防汛工作的通告\n当前已进入主汛期，为切实做好防汛工作，现将有关事项通告如下。\n一、各乡镇要加强值班值守，严格执行领导带班制度。\n二、居住在低洼地区的群众要做好转移准备。\n某某县人民政府\n责任编辑：周敏\n"), 'chrome')).toEqual([])
    expect(findAll(parseIssue("李子柒\n我的田园生活\n每天清晨，我都会去菜园里摘一些新鲜的蔬菜。\n日子虽然平淡，却很充实。\n李子柒\n责任编辑：赵雪\n"), 'chrome')).toEqual([])
  })

  it('a poem under 相关阅读, no dates: the page’s text, not a list of stories', () => {
    expect(findAll(parseIssue("纪念诗人余光中逝世五周年\n诗人余光中逝世五周年纪念会昨日在高雄举行，各界人士出席。\n相关阅读\n乡愁\n小时候\n乡愁是一枚小小的邮票\n我在这头\n母亲在那头\n"), 'chrome').map((node) => toString(node))).toEqual(['相关阅读'])
  })

  it('couplets quoted in a story (seven characters each half) are no section heads', () => {
    expect(findAll(parseIssue("春联里的年味\n临近春节，书法家协会在广场为市民免费写春联。\n天增岁月人增寿，春满乾坤福满门\n这副春联是今年最受欢迎的。\n五谷丰登家家乐，六畜兴旺户户欢\n不少农村群众特意赶来求取这副对联。\n"), 'intertitle')).toEqual([])
  })
})
