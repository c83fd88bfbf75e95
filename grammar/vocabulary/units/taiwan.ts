/** The Taiwan press: the Central News Agency and the dailies. */
import type { VocabularyUnit } from '../index'

export const taiwan: VocabularyUnit = {
  name: 'taiwan',
  // （中央社記者戴雅真台北29日電）
  // Taiwan's papers name the world's agencies without 社 over the dispatches they carry: （路透倫敦9日電）.
  wireSources: ['中央社', '路透'],
  affiliations: ['中央社'],
  papers: ['联合报', '中国时报', '自由时报'],
}
