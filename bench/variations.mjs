/**
 * Copy variations: the corpus as other copies of the same pages would give
 * it, scored against the same gold views (bench/gold-score.mjs).
 *
 *   npm run variations
 *
 * A page reaches a user copied in many ways: double-spaced by a web page's
 * empty paragraphs, with its blank lines lost, hard-wrapped at a column's
 * width by OCR or a clipping service, in traditional characters. A reader
 * reads each copy as the page; the parser should too. Each variation here is
 * made from every text of test/fixtures/corpus that has a gold view, and
 * scored field by field as `npm run accuracy` scores the texts as printed:
 *
 *   spaced       one more blank line between every two lines of text
 *   no-blanks    every blank line removed
 *   wrapped-36   every line holding a sentence's end (。！？) longer than 36
 *   wrapped-20   characters cut every 36 (20), a mark that may not open a
 *                line (，。」…) kept on the line before, as typesetters do;
 *                the line breaks inside the tree's strings are taken out
 *                before scoring (a reader reads a wrapped title as one)
 *   traditional  simplified characters converted to traditional (opencc-js,
 *                cn → hk); the scorer compares in simplified
 *   form-feeds   a form feed before every block, as a PDF's text extraction
 *                leaves one where each page ends
 *   line-separators  every line break the Unicode line separator (U+2028),
 *                as some exports and scripts write them
 *   html-entities  ideographic spaces, quotes and dashes as the entities a
 *                scraper leaves unescaped (&nbsp; &ldquo; &rdquo; &mdash;);
 *                the tree's strings read back before scoring
 *   page-top     over every text that prints no masthead, a made-up paper's
 *                nameplate, its date and its page line, in three forms
 *                (晋城日报 / 2024年6月4日 星期二 / 第3版：城市新闻, the date and page
 *                on one line, 第03版 综合新闻); the reader's view then names
 *                that paper as the masthead (a story's day the page's date
 *                completes counts against views that label only what is
 *                printed, as `npm run accuracy` says)
 *
 * The floors of test/fixtures/variations-floor.json are what `npm test`
 * holds each variation to (test/variations-floor.test.ts); they are
 * recorded as `npm run accuracy`'s are (percent, rounded down to 0.1).
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseIssue } from 'baozhi'
import { scoreGoldViews } from './gold-score.mjs'
import { checkFloors, floorPercent } from './accuracy.mjs'

const here = dirname(fileURLToPath(import.meta.url))
export const variationsFloorFile = join(here, '..', 'test', 'fixtures', 'variations-floor.json')

/** Marks a typesetter never sets at a line's start: they stay on the line before. */
const NO_LINE_START = /[，。、：；！？）」』”》,.:;!?)]/
const SENTENCE_END = /[。！？]/

/** Lines holding a sentence's end cut every `width` characters (code points). */
export function hardWrap(text, width) {
  return text
    .split('\n')
    .map((line) => {
      const chars = [...line]
      if (chars.length <= width || !SENTENCE_END.test(line)) return line
      const pieces = []
      for (let from = 0; from < chars.length; ) {
        let to = Math.min(chars.length, from + width)
        while (to < chars.length && NO_LINE_START.test(chars[to])) to++
        pieces.push(chars.slice(from, to).join(''))
        from = to
      }
      return pieces.join('\n')
    })
    .join('\n')
}

/** The tree with every string in it mapped. */
const mapStrings = (tree, map) => JSON.parse(JSON.stringify(tree, (key, value) => (typeof value === 'string' ? map(value) : value)))
/** The tree with the line breaks inside its strings taken out. */
const unwrapped = (tree) => mapStrings(tree, (value) => value.replace(/\r?\n/g, ''))

/** The entities a scraper leaves unescaped, for the characters the corpus prints. */
const ENTITY_OF = { '\u3000': '&nbsp;', '“': '&ldquo;', '”': '&rdquo;', '—': '&mdash;' }
const CHARACTER_OF = Object.fromEntries(Object.entries(ENTITY_OF).map(([character, entity]) => [entity, character]))

const require = createRequire(import.meta.url)
let toTraditional
const traditional = (text) => {
  toTraditional ??= require('opencc-js').Converter({ from: 'cn', to: 'hk' })
  return toTraditional(text)
}

/** Papers no vocabulary names, for the page-top variation's nameplates. */
const MADE_UP_PAPERS = ['岚州日报', '青阳晚报', '石门都市报', '临川日报', '北川晨报', '江陵日报']
/** The page's top over the text: nameplate, date and page line, in the forms pages print them. */
const PAGE_TOPS = [
  (paper) => `${paper}\n2024年6月4日 星期二\n第3版：城市新闻\n\n`,
  (paper) => `${paper}\n\n2024年06月04日 第A03版：要闻\n\n`,
  (paper) => `${paper}\n第03版 综合新闻\n`,
]

/**
 * The page-top copy, made afresh for each measure: the texts that print no
 * masthead, in file order, under a made-up paper's page top (papers and forms
 * taken in turn), their views naming that paper as the masthead.
 */
function pageTops() {
  let k = 0
  return (gold, text) => {
    if (gold.masthead !== null) return { gold, text }
    const paper = MADE_UP_PAPERS[k % MADE_UP_PAPERS.length]
    const top = PAGE_TOPS[k % PAGE_TOPS.length](paper)
    k++
    return { gold: { ...gold, masthead: paper }, text: top + text }
  }
}

/**
 * Each variation: how the copy is made from the text, how its tree is read
 * before scoring, or, where the copy changes what a reader sees, how to make
 * each document's text and view (`prepare`, made afresh for each measure).
 */
export const VARIATIONS = {
  spaced: { copy: (text) => text.replace(/\r?\n/g, '\n').replace(/\n((?:[ \t\u3000]*\n)*)/g, (_, blanks) => `\n\n${blanks}`) },
  'no-blanks': { copy: (text) => text.replace(/\r?\n([ \t\u3000]*\r?\n)+/g, '\n') },
  'wrapped-36': { copy: (text) => hardWrap(text.replace(/\r\n/g, '\n'), 36), read: unwrapped },
  'wrapped-20': { copy: (text) => hardWrap(text.replace(/\r\n/g, '\n'), 20), read: unwrapped },
  traditional: { copy: traditional },
  'form-feeds': { copy: (text) => text.replace(/\r?\n\r?\n/g, '\n\n\f') },
  'line-separators': { copy: (text) => text.replace(/\r?\n/g, '\u2028') },
  'html-entities': { copy: (text) => text.replace(/[\u3000“”—]/g, (c) => ENTITY_OF[c]), read: (tree) => mapStrings(tree, (s) => s.replace(/&(?:nbsp|ldquo|rdquo|mdash);/g, (e) => CHARACTER_OF[e])) },
  'page-top': { prepare: pageTops },
}

/** Fields right and total for the texts as printed and for each variation. */
export function measureVariations(parse = parseIssue) {
  const printed = scoreGoldViews(parse)
  const measured = { printed: { correct: printed.correct, total: printed.total } }
  for (const [name, { copy = (text) => text, read = (tree) => tree, prepare }] of Object.entries(VARIATIONS)) {
    const r = scoreGoldViews((text) => read(parse(copy(text))), prepare ? { prepare: prepare() } : {})
    measured[name] = { correct: r.correct, total: r.total }
  }
  return measured
}

/** Each variation's percent, rounded down to 0.1 as the floors are. */
export const percents = (measured) => Object.fromEntries(Object.entries(measured).map(([name, { correct, total }]) => [name, floorPercent(correct, total)]))

export function readVariationFloors(path = variationsFloorFile) {
  return JSON.parse(readFileSync(path, 'utf8')).floors
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const measured = measureVariations()
  const value = percents(measured)
  const floors = readVariationFloors()
  console.log('copy variations of the corpus (fields of the gold views)')
  for (const [name, { correct, total }] of Object.entries(measured)) {
    const floor = floors[name] === undefined ? '' : `  floor ${floors[name]}%`
    console.log(`  ${name.padEnd(15)} fields ${String(correct).padStart(5)}/${total}  ${value[name].toFixed(1).padStart(5)}%  ${(value[name] / value.printed).toFixed(3)} of as printed${floor}`)
  }
  const problems = checkFloors(value, floors)
  if (problems.length) console.log(`  BELOW THE FLOOR: ${problems.join('; ')}`)
}
