/**
 * The words baozhi's conventions are built from, grouped by convention.
 *
 * Everything the lexer recognises as a word of the newspaper trade comes
 * from here; tokens and the text-run pattern are generated from these lists
 * (grammar/tokens/words.ts), so adding a word is enough to teach it.
 * Words are matched against width-folded text (full-width ＡＢ１（ become
 * ASCII), so write them with ASCII digits and brackets.
 */
export interface Vocabulary {
  /** Sources that form a dateline alone: 本报讯, 新京报讯…. */
  flashSources: string[]
  /** Sources followed by a place and a date: 本报北京5月9日电, 新华社…. */
  wireSources: string[]
  /** Who a credit belongs to: 本报记者, 本版责编. */
  affiliations: string[]
  /** Roles of the people who report a story. */
  reporterRoles: string[]
  /** Roles of desk staff: editor lines, never an article's author. */
  editorRoles: string[]
  /** Words that open a photo caption: 图为…. */
  captionCues: string[]
  /** Paper names a masthead line starts with. */
  papers: string[]
  /**
   * Places datelines name, so a place glued to a reporter's name
   * (中央社记者戴雅真台北29日电) can be split off. Unknown places still work
   * where a separator or the source stands before them (本报嘉兴5月9日电).
   */
  places: string[]
}

export const defaultVocabulary: Vocabulary = {
  // Simplified forms: traditional input is matched after conversion
  // (【明報專訊】 is seen as 【明报专讯】).
  flashSources: ['本报讯', '本报专讯', '本报综合报道', '明报专讯', '星岛日报报道'],
  wireSources: ['本报', '新华社', '中央社', '中新社'],
  affiliations: ['本报', '本版', '新华社', '中央社'],
  // Longer roles first within a list is not needed: the lexer sorts by length.
  reporterRoles: ['记者', '通讯员', '实习生', '见习记者', '实习记者', '特约记者', '特派记者'],
  editorRoles: ['责编', '责任编辑', '编辑', '美编', '校对'],
  captionCues: ['图为'],
  papers: ['忻州日报', '人民日报', '光明日报', '经济日报', '科技日报', '新华每日电讯'],
  places: [
    '北京', '上海', '天津', '重庆', '广州', '深圳', '香港', '澳门', '台北', '新北', '桃园', '台中', '台南', '高雄',
    '基隆', '新竹', '嘉义', '屏东', '宜兰', '花莲', '台东', '南京', '杭州', '武汉', '成都', '西安', '兰州', '太原',
    '忻州', '沈阳', '长春', '哈尔滨', '济南', '青岛', '郑州', '长沙', '南昌', '福州', '厦门', '昆明', '贵阳', '南宁',
    '海口', '拉萨', '西宁', '银川', '乌鲁木齐', '呼和浩特', '石家庄', '合肥', '华盛顿', '纽约', '东京', '首尔', '伦敦',
    '巴黎', '柏林', '莫斯科', '布鲁塞尔', '日内瓦', '联合国',
  ],
}
