/**
 * Pieces for generated inputs, shared by the property tests
 * (test/properties.test.ts) and the differential run
 * (bench/differential.mjs): the conventions' own markers, prose, and
 * awkward characters, to be mixed at random.
 */
export const MARKERS = [
  '本报讯', '本報訊', '本报', '记者', '記者', '通讯员', '责编', '编辑', '本版', '新华社', '中央社', '北京', '台北', '5月9日', '９日电',
  '29日電', '一是', '二是', '第一', '首先', '其次', '(一)', '一、', '1.', '①', '（', '）', '(', ')', '【', '】', '〔', '〕',
  '《', '》', '“', '”', '「', '」', '——', '、', '，', ',', '。', '：', '／', '■', '▲', '图为', '摄', '文/', '资料图片', '报道',
  '下转第2版', '01版:要闻', '發佈日期 : 2018-08-02', '\n', '\n\n', '\n\n\n', '\r\n', '\r', ' ', '　', '\ue40c', '张晔', '杨峰雷',
  '孙辰茜潘洁', '欧阳明月', '会议召开', '全市上下团结一心', '共同推进', '加强基础设施建设', '参与采写', '据了解', '昨日', '1021029',
  '\u0000', '\ud800', '\udfff', '𠀀', '\u202e', '\ufeff',
]

/** `text` with its lines shuffled by a small generator seeded with `seed` (the same shuffle for the same seed). */
export function shuffleLines(text, seed) {
  const lines = text.split('\n')
  let state = seed
  const next = () => ((state = (state * 1103515245 + 12345) & 0x7fffffff) % lines.length)
  for (let i = 0; i < lines.length; i++) {
    const j = next()
    ;[lines[i], lines[j]] = [lines[j], lines[i]]
  }
  return lines.join('\n')
}
