/** The mainland press: local and national dailies, wire services, metro papers, news sites. */
import type { VocabularyUnit } from '../index'

export const mainland: VocabularyUnit = {
  name: 'mainland',
  // X讯: a paper's own report, a dateline by itself.
  flashSources: [
    '本报讯', '本报专讯', '本报综合消息', '新京报讯', '南都讯', '新快报讯', '信息时报讯', '羊城晚报讯', '北青报讯',
    '广州日报讯', '扬子晚报讯', '现代快报讯', '钱江晚报讯', '齐鲁晚报讯', '华商报讯', '楚天都市报讯', '潇湘晨报讯',
  ],
  // Followed by place and date: 新华社北京9月2日电, 中国经济网北京6月12日讯.
  wireSources: [
    '本报', '新华社', '中新社', '中新网', '人民网', '新华网', '央视网', '央视新闻', '中国经济网', '财联社', '澎湃新闻',
    '人民日报', '光明日报', '经济日报', '科技日报', '工人日报', '农民日报', '法治日报', '中国青年报', '证券日报',
    '证券时报', '上海证券报', '中国证券报',
  ],
  affiliations: ['本报', '本版', '本刊', '新华社', '中新社', '新京报', '人民网'],
  reporterRoles: [
    '记者', '通讯员', '实习生', '见习记者', '实习记者', '特约记者', '特派记者', '首席记者', '驻站记者', '摄影记者',
  ],
  editorRoles: [
    '责编', '责任编辑', '编辑', '美编', '校对', '流程编辑', '版式设计', '本期统筹', '统筹', '审核', '值班编辑', '终审',
  ],
  captionCues: ['图为'],
  papers: [
    '忻州日报', '人民日报', '光明日报', '经济日报', '科技日报', '新华每日电讯', '中国青年报', '工人日报', '农民日报',
    '证券日报', '新京报', '南方都市报', '广州日报',
  ],
}
