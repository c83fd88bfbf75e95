/**
 * The baseline every speed figure is a ratio against — a plain-JS regex
 * extractor of the kind news extractors use: split into lines, run a list
 * of dateline/credit/editor-line regexes over each — and the timing that
 * puts something beside it.
 */

export const BASELINE_PATTERNS = [
  /^(本报讯|本報訊|[^\s，。]{2,8}讯)\s*[(（]([^)）]*)[)）]/,
  /^(新华社|中新社|本报|中央社)([^\d\s]{2,6})?(\d{1,2}月)?\d{1,2}日[电電]/,
  /(记者|記者|通讯员|實習生|实习生)\s*([\u4e00-\u9fff]{2,4})/g,
  /^(本版)?(责编|责任编辑|编辑|美编|校对)\s*[:：]\s*(\S+)/,
  /[(（]([\u4e00-\u9fff]{2,4})[)）]\s*$/,
  /([一二三四五六七八九十])是/g,
]

export function baseline(text) {
  const found = []
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.trim() === '') continue
    for (const pattern of BASELINE_PATTERNS) {
      if (pattern.global) {
        pattern.lastIndex = 0
        for (const m of line.matchAll(pattern)) found.push(m[0])
      } else {
        const m = pattern.exec(line)
        if (m) found.push(m[0])
      }
    }
  }
  return found
}

/**
 * Seconds per run of `ours()` and of `theirs()`, timed in
 * alternation so that a burst of load on this shared machine falls on both:
 * each round times one run of ours and enough runs of theirs to last about
 * as long, and the ratio is the median of the rounds' ratios (`low` and
 * `high`: the lowest and highest round's). Rounds go on for ~`budget` ms
 * (at least `minRounds`).
 */
export function paired(ours, theirs, budget = 1500, minRounds = 5) {
  return pairedMany(ours, [theirs], { budget, minRounds })[0]
}

/**
 * `paired` against several others at once: each round times ours, then each
 * of `others` in turn, each for about as long as ours took, so all of them
 * meet the same rounds. A round runs ours once, or as many times as last
 * `roundMs` (so a small input's rounds are not a few milliseconds each, at
 * the mercy of one GC pause). One result per other, in order: seconds per
 * run of ours and of it, and the ratio (its time / ours, i.e. our speed /
 * its speed) as the median of the rounds' ratios, with the lowest and
 * highest round's.
 */
export function pairedMany(ours, others, { budget = 1500, minRounds = 5, roundMs = 0 } = {}) {
  ours() // warm up
  for (const theirs of others) theirs()
  const clock = (run, times) => {
    const t0 = performance.now()
    for (let k = 0; k < times; k++) run()
    return (performance.now() - t0) / 1000 / times
  }
  const once = clock(ours, 1)
  const oursReps = Math.max(1, Math.round(roundMs / 1000 / once))
  const reps = others.map((theirs) => Math.max(1, Math.round((once * oursReps) / clock(theirs, 3))))
  const rounds = []
  const deadline = performance.now() + budget
  while (rounds.length < minRounds || (performance.now() < deadline && rounds.length < 60)) {
    const a = clock(ours, oursReps)
    rounds.push({ a, b: others.map((theirs, k) => clock(theirs, reps[k])) })
  }
  const median = (values) => values.sort((x, y) => x - y)[values.length >> 1]
  const oursTime = median(rounds.map((r) => r.a))
  return others.map((_, k) => {
    const ratios = rounds.map((r) => r.b[k] / r.a)
    return {
      ours: oursTime,
      theirs: median(rounds.map((r) => r.b[k])),
      ratio: median(ratios),
      low: Math.min(...ratios),
      high: Math.max(...ratios),
      rounds: rounds.length,
    }
  })
}
