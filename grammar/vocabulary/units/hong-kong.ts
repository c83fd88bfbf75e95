/** The Hong Kong press (written in simplified: traditional input is matched after conversion). */
import type { VocabularyUnit } from '../index'

export const hongKong: VocabularyUnit = {
  name: 'hong-kong',
  // 【明報專訊】, 【本報訊】, (星島日報報道), 【本報綜合報道】, 【星島綜合報道】 (its overseas editions too).
  // 【特訊】 (a special report, Macau), 【香港商報訊】, 香港文匯報訊（記者石華深圳報道）.
  flashSources: [
    '明报专讯', '本报综合报道', '星岛日报报道', '东方日报专讯', '成报讯', '晴报讯', '文汇报讯', '大公报讯', '特讯', '香港商报讯',
    '香港文汇报讯', '香港大公报讯', '星岛综合报道',
  ],
  // 【香港中通社5月9日電】: the China News Service's Hong Kong agency files as the mainland's wires do.
  wireSources: ['香港中通社', '中通社'],
  // 美術：陳超雄, 攝影：冼偉倫 close Hong Kong articles.
  editorRoles: ['美术', '摄影'],
  sections: ['港闻', '两岸', '中国', '国际', '经济', '财经', '娱乐', '体育', '社评', '副刊', '即时新闻', '突发', '本地'],
  // 知多D / 16岁犯强奸罪要负刑责: the "know more" box of Cantonese papers.
  sidebarLabels: ['知多D', '知多点'],
  // 列印 / 文字大小, above the story on the papers' sites.
  chrome: ['列印', '文字大小', '字体大小'],
  papers: ['明报', '星岛日报', '东方日报', '成报', '晴报', '文汇报', '大公报'],
}
