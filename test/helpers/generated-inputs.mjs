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

/**
 * Pathological inputs in the style of cmark's, each made of about `n`
 * repetitions of its unit: the tests parse them at one size, the bench
 * (`npm run bench`) at growing sizes to check the time grows linearly.
 */
export function pathologicalInputs(n) {
  return {
    'one long line': '会议要求,要深入贯彻落实。'.repeat(n / 2),
    'blank lines': '\n'.repeat(n * 5),
    'list markers in a row': `标题\n\n本报讯 ${'一是要抓好;'.repeat(n / 2)}`,
    'unclosed brackets': '（'.repeat(n),
    'unclosed lenticular brackets': '【'.repeat(n),
    'unclosed quotes': '“'.repeat(n),
    'unclosed book titles': '《'.repeat(n),
    'dateline openings': '本报讯（记者'.repeat(n / 4),
    'wire openings': '新华社北京5月9日电（记者'.repeat(n / 8),
    'headline-like lines': '短标题\n\n'.repeat(n / 2),
    'bylines': '本报记者 张建国\n'.repeat(n / 4),
    'credits without end': `标题\n\n本报讯（${'记者张三、'.repeat(n / 4)}`,
    'signatures': '(张晔)'.repeat(n / 2),
    'jump and page lines': '(下转第2版)\n01版:要闻\n'.repeat(n / 8),
    // Traditional text goes through OpenCC's conversion, whose own reading of
    // description sequences is exponential in a run of them.
    'ideographic description characters in traditional text': `這個們來說時會國為與對發經從電後點${'⿰'.repeat(n)}`,
    'comma clauses after a role': `记者${'全市上下团结一心,'.repeat(n / 8)}`,
    // Each credit line used to be added to one ever-growing caption.
    'photo credits in a row': '李润芳摄\n'.repeat(n / 2),
    // Each line of a run of closing credits walked the whole run.
    'closing credits in a row': '■記者蔡少玲\n'.repeat(n / 2),
    // Each row of text once looked at every row above it (whether only the site's furniture stood over it).
    'paragraphs in a row': '会议要求,要深入贯彻落实。\n\n'.repeat(n / 4),
    'captions then closing credits': '图为全市召开会议的现场\n'.repeat(n / 4) + '■記者蔡少玲\n'.repeat(n / 4),
  }
}
