/** The mainland press: local and national dailies, wire services, metro papers, news sites. */
import type { VocabularyUnit } from '../index'

/** The converged newsrooms' words a reporter's title opens with: 全媒体记者, 融媒体首席记者. */
const CONVERGED = ['全媒体', '融媒体']
/** A reporter's rank or standing, before the newsroom's word or after it: 首席全媒体记者, 全媒体首席记者, 全媒体实习记者. */
const RANKS = ['首席', '实习', '特约', '见习']
/** Every order of the two a paper prints (全媒体首席记者 费文鹏, 首席全媒体记者): each a reporter's title. */
const RANKED_CONVERGED = CONVERGED.flatMap((newsroom) => RANKS.flatMap((rank) => [`${newsroom}${rank}记者`, `${rank}${newsroom}记者`]))

export const mainland: VocabularyUnit = {
  name: 'mainland',
  // X讯: a paper's own report, a dateline by itself.
  flashSources: [
    '本报讯', '本报专讯', '本报特讯', '本报快讯', '本报综合消息', '本网讯', '本台讯', '本站讯', '本刊讯', '新京报讯', '南都讯', '新快报讯', '信息时报讯', '羊城晚报讯', '北青报讯',
    '广州日报讯', '扬子晚报讯', '现代快报讯', '钱江晚报讯', '齐鲁晚报讯', '华商报讯', '楚天都市报讯', '潇湘晨报讯',
  ],
  // Followed by place and date: 新华社北京9月2日电, 中国经济网北京6月12日讯.
  wireSources: [
    '本报', '新华社', '中新社', '中新网', '人民网', '新华网', '央视网', '央视新闻', '中国经济网', '财联社', '澎湃新闻',
    '人民日报', '光明日报', '经济日报', '科技日报', '工人日报', '农民日报', '法治日报', '中国青年报', '证券日报',
    '证券时报', '上海证券报', '中国证券报',
    // Provincial groups' news apps, credited as their papers are (潮新闻记者 王芳, 潮新闻客户端; 红网时刻5月15日讯, the
    // app of 红网 whose city branches file so).
    '潮新闻', '红网时刻', '红网',
    // The world's wire agencies, as Chinese papers name them over the dispatches they carry
    // (【路透社北京九月八日电】, 法新社巴黎5月9日电, 共同社东京5月8日电).
    '路透社', '美联社', '法新社', '共同社', '塔斯社', '合众社', '合众国际社', '德新社', '韩联社', '安莎社', '埃菲社', '俄新社', '时事社',
  ],
  // 本网, 本台: a news site's and a station's own reporters, as 本报 a paper's (本网记者 张三, 本台记者 李四).
  affiliations: ['本报', '本版', '本刊', '本网', '本台', '新华社', '中新社', '新京报', '人民网',
    // A financial daily that credits every story by its short name, the editor too (每经记者 王芳 每经编辑 李强).
    '每经'],
  reporterRoles: [
    '记者', '通讯员', '实习生', '见习记者', '实习记者', '特约记者', '特派记者', '首席记者', '驻站记者', '摄影记者',
    // The converged newsrooms' titles: 全媒体记者, 融媒体记者.
    '全媒体记者', '融媒体记者', '特约撰稿人', '特约通讯员', '新媒体记者',
    // With the reporter's rank, in either order: 全媒体首席记者, 首席全媒体记者, 全媒体见习记者.
    ...RANKED_CONVERGED,
    // Their short forms: (随州日报全媒记者李文军、通讯员刘安国摄).
    '全媒记者', '融媒记者',
    // A county's media centre's reporters: (融媒体中心记者李晓伟 通讯员丁亚伟); a university's news centre's, its paper's and
    // its students' (新闻中心记者 柳夏 学生记者 杜冰, (校报记者 房国辉 陈亚伟)).
    '融媒体中心记者', '新闻中心记者', '校报记者', '学生记者', '校园记者', '学生通讯员',
    // The reporter on duty for the hotline: 值班记者 朱俊俊; a community edition's: 社区记者卞静.
    '值班记者', '社区记者',
    // A paper's commentators, who sign its editorials by the desk's name: 本报评论员, 特约评论员 (no person named).
    '评论员', '特约评论员',
    // Photographers by the same titles: 特约摄影记者 胡华余, 首席摄影记者, 全媒体摄影记者.
    '特约摄影记者', '特约摄影', '特约摄影师', '摄影师', '首席摄影记者', '全媒体摄影记者', '融媒体摄影记者', '见习摄影记者', '实习摄影记者',
    '文/图', '图/文', '文/摄', '作者',
    // The works with the video a web story carries: (青岛日报/观海新闻记者 邱正 文/图/视频).
    '文/图/视频', '图/文/视频',
    // The author named under the text by the article: 本文作者：王芳.
    '本文作者',
    // The writer by the site's other labels for them: 新闻作者:刘胜利, 文章作者:X, 撰稿:X, 撰稿人:X; a contributing
    // writer (特约撰稿 张三) and who reported and wrote (采写：张三, 采写/张三).
    '新闻作者', '文章作者', '撰稿', '撰稿人', '特约撰稿', '采写',
    // A writing contest's entry signed under its title: 参赛作者:李辰轩(湘南学院附属小学) / 指导老师:郭 明(…).
    '参赛作者', '指导老师', '指导教师',
    // The work and the role in one: 文图/记者 张顺林.
    '文图/记者', '图文/记者',
  ],
  editorRoles: [
    '责编', '责任编辑', '编辑', '美编', '校对', '流程编辑', '版式设计', '本期统筹', '统筹', '审核', '值班编辑', '终审',
    '值班编委', '美术编辑', '组版',
    // The three reviews every story passes (三审三校), named on a site's page: 初审:X 复审:Y 终审:Z,
    // 初审编辑:陶云江. (Not 一审/二审/三审: a court's instances, 二审:维持原判 titles a court story.)
    '初审', '复审', '初审编辑', '复审编辑', '终审编辑', '审校',
    // A site's editors by their desk: 频道主编:左远红, 网络编辑, 主编.
    '主编', '频道主编', '值班主编', '网络编辑', '新媒体编辑',
    // The desk staff answering a readers' hotline column: 热线值班:于杨洁 余升.
    '热线值班',
    // The editor in charge of the night's pages, and the senior editor who reviews them (值班主任:李玮, 编审:王学明).
    '值班主任', '编审',
    // Who keyed in an archive's copy, and proofread it (录入校对：鱼珠前航道舵手, 录入：X).
    '录入校对', '录入', '录入编辑',
    // The and the desk's editors by what they edit (本期编辑：X, 文字编辑：X 图片编辑：Y).
    '本期编辑', '文字编辑', '图片编辑',
    // The paper's chief editors and the desk's juniors, as a page's footer or a site's field names them (总编辑：X, 总编丨X,
    // 执行主编：X, 见习编辑：X); and who checks the page's text (文检/X, 责任校对：X).
    '总编辑', '副总编辑', '执行总编辑', '总编', '副总编', '副主编', '执行主编', '执行编辑', '见习编辑', '实习编辑', '文检', '责任校对',
    '摄影',
  ],
  // 图说：… (新民晚报) labels a photo's caption as 图为 opens one; with its colon,
  // so a column named 图说 (图说两会) is not one.
  // (图片说明:…, 图注:…: the label a site's copy keeps before the caption.)
  captionCues: ['图为', '▲', '△', '◀', '▼', '图说:', '上图:', '下图:', '左图:', '右图:', '上图为', '下图为', '左图为', '右图为', '图片说明:', '图注:'],
  // A photo's kind or source in brackets closing its one sentence: …(资料图片), …牧民在转场途中(无人机照片)。
  captionEnds: ['资料图片', '资料图', '网络图片', '视觉中国', '新华社发', '无人机照片', '无人机航拍照片', '资料照片', '资料照', '资料片'],
  sections: ['要闻', '国内', '国际', '财经', '经济', '社会', '评论', '体育', '文化', '娱乐', '地方', '综合', '副刊', '时事'],
  // Boxes beside a story: 编辑点评 / 家长的安全监管没有假期.
  sidebarLabels: ['相关链接', '新闻链接', '背景链接', '链接', '延伸阅读', '编辑点评', '短评', '点评', '小贴士', '新闻背景', '背景'],
  // Web page controls copied with a story (打印本页 关闭窗口).
  chrome: [
    '打印', '打印本页', '关闭', '关闭窗口', '关闭本页', '返回', '字号', '字体', '文章下载', '大', '中', '小', '分享', '分享到', '分享到:', '收藏', '返回顶部', '回到顶部', '回页首', '发表评论', '分享按钮', '纠错', '我要纠错',
    // E-paper navigation: 通版阅读请点击: / 展开通版 / 收缩通版, 上一版 下一版 (前一版 后一版), 标题导航.
    '通版阅读请点击:', '展开通版', '收缩通版', '上一版', '下一版', '前一版', '后一版', '上一篇', '下一篇', '标题导航', 'PDF版', 'PDF版阅读',
    '返回目录', '返回版面目录', '版面目录', '返回主菜单', '返回首页', '返回主页', '返回版面', '上一期', '下一期', '本版上一期', '本版下一期', '日历', '朗读', '以往报纸', '往期报纸', '往期回顾',
    // An e-paper's date search and its links into the issue: 日期检索 本期头版 本期内容导航.
    '日期检索', '日期查询', '按日期查阅', '按日期检索', '本期头版', '本期目录', '本期内容导航',
    '字号:', '点击数:', '大字', '小字', '电子报阅读机',
    // A site's sign-in box copied with the page: 登录注册 / 短信验证登录 / 60s后重发.
    '登录注册', '注册登录', '短信验证登录', '验证码登录', '密码登录', '账号登录', '获取验证码', '60s后重发', '60秒后重发', '重新发送',
    // An account's follow button: 关注, +关注, 已关注.
    '关注', '+关注', '已关注',
    // A site's label of the story's page over its title: 正文, 文章详情, 新闻详情.
    '正文', '文章正文', '新闻正文', '文章详情', '新闻详情', '内容详情', '详情页',
    // A site's date and weather widgets, their values filled by a script the copy lost: 今天是 / 天气预报:
    // (天气预报 without its colon titles a weather box).
    '今天是', '今天是:', '天气预报:',
    // An e-paper's link to the whole issue: 查看本期全部内容.
    '查看本期全部内容', '查看全部内容', '本期全部内容',
    // A site's font-size label: 文字: 大 中 小 打印; its button, 调整字体.
    '文字:', '调整字体',
    // A portal's navigation bar: 首页 新闻 体育 娱乐 游戏 邮箱 搜索 短信 聊天 天气 答疑 导航.
    '首页', '新闻', '体育', '娱乐', '游戏', '邮箱', '搜索', '高级搜索', '短信', '聊天', '天气', '答疑', '导航', '博客', '论坛', '视频',
    // E-paper readers' controls: 3上一期 版面导航, 2013年7月13日 放大 缩小 默认, A+ A- 举报.
    '版面导航', '今日导读', '本版导读', '版面导读', '本期导读', '放大', '缩小', '默认', '还原', 'A+', 'A-', '举报', '阅读', '登录', '注册', '评分', '客服',
    // A site's footer links: 设为首页 | 收藏本站 | 联系我们.
    '设为首页', '设为主页', '设置首页', '分享至', '意见反馈', '留言板', '网站导航', '加入收藏', '收藏本站', '收藏本页', '联系我们', '关于我们', '网站地图', '标签', 'Close', '登录后发表',
    // A portal's corporate links in its footer: 新浪简介 | About Sina | 广告服务 | 招聘信息 | 网站律师 | 产品答疑.
    '广告服务', '招聘信息', '诚聘英才', '网站律师', '产品答疑', '客户服务', '会员注册', '通行证注册',
    // Where a share button sends the story: 分享到: QQ好友和群 QQ空间 新浪微博 微信.
    'QQ好友和群', 'QQ好友', 'QQ空间', 'Qzone', '微博', '新浪微博', '腾讯微博', '微信', '朋友圈', '人人网', '豆瓣网',
    'Facebook', 'Twitter', 'LINE', 'WhatsApp', 'Telegram',
    // An English interface's words copied with a Chinese site: search / Menu / Home.
    'search', 'Search', 'SEARCH', 'Menu', 'MENU', 'Home', 'HOME', 'Share', 'Print', 'RSS', 'top', 'Top', 'TOP',
    // A share code's label (微信扫一扫, letter-spaced too: 微 信 扫 一 扫) and an image's stand-in text (新闻图片).
    '扫一扫', '微信扫一扫', '手机扫一扫', '新闻图片',
    // Where a share button sends the story, its label alone: 分享该报道至 (a Korean paper's Chinese edition).
    '分享该报道至', '分享该文章至', '分享本文至',
    // Sending the story on: 推薦好友 (a Taiwan site's share menu), 推荐给朋友.
    '推荐好友', '推荐给好友', '推荐给朋友',
    // A forum portal's link for screen readers: 开启辅助访问 (glued to 登录).
    '开启辅助访问',
    // A library database's record view: 返回概览 <<上一记录 下一记录>> 打印预览 下载记录.
    '返回概览', '上一记录', '下一记录', '打印预览', '下载记录',
    // Reporting the story to the site: 檢舉 (Taiwan), as 举报; a site's links for reporting unlawful content and for
    // asking it a question (互联网违法举报, QQ咨询).
    '检举', '互联网违法举报', '违法和不良信息举报', '不良信息举报', '违法举报', '网上举报', 'QQ咨询', '在线咨询',
    '站内高级搜索', '站内搜索', '全文检索',
    // A flipbook site's controls over an e-paper it hosts: 免费制作 / 更多内容 / [展开] (a button, its brackets aside) / 文本内容.
    '免费制作', '更多内容', '展开', '文本内容',
    // A Taiwan site's font-size control: 字級.
    '字级',
    // A story's listen button: 听新闻.
    '听新闻', '语音播报',
    // Ad slots left in a copied page.
    'ADVERTISEMENT', 'Advertisement', '广告',
    // A page's buttons for the rest of the text and a video's player left as text: 展开全文, 阅读全文, 视频加载中...
    '展开全文', '阅读全文', '点击展开全文', '查看全文', '收起全文', '视频加载中', '视频加载中...', '视频加载中,请稍候...', '正在加载',
  ],
  papers: [
    '忻州日报', '人民日报', '光明日报', '经济日报', '科技日报', '新华每日电讯', '中国青年报', '工人日报', '农民日报',
    '证券日报', '新京报', '南方都市报', '广州日报',
    // Weeklies and business papers whose names end in no paper's word (21世纪经济报道记者 王芳 北京报道).
    '南方周末', '21世纪经济报道', '经济观察报', '中国经营报',
  ],
}
