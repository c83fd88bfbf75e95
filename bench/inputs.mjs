/**
 * The bench's inputs: the sample page and the corpus fixtures, split by
 * script (sources.tsv says which are traditional), and a way to repeat a
 * page to a size.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'test/fixtures')

export const MB = 1024 * 1024
export const bytes = (text) => Buffer.byteLength(text, 'utf8')

export const sample = readFileSync(join(fixtures, 'pages/xinzhou-daily-page.txt'), 'utf8')
const sources = readFileSync(join(fixtures, 'corpus/sources.tsv'), 'utf8').split('\n').slice(1)
const traditionalNames = new Set(sources.filter((l) => l.split('\t')[3] === 'yes').map((l) => l.split('\t')[0]))
const corpusFiles = readdirSync(join(fixtures, 'corpus')).filter((n) => n.endsWith('.txt'))
const read = (name) => readFileSync(join(fixtures, 'corpus', name), 'utf8')
export const simplifiedCorpus = corpusFiles.filter((n) => !traditionalNames.has(n)).map(read).join('\n\n\n')
export const traditionalCorpus = corpusFiles.filter((n) => traditionalNames.has(n)).map(read).join('\n\n\n')

/** A text of about `size` bytes made of copies of `unit` (pages separated by a wide gap). */
export function repeat(unit, size) {
  const copies = Math.max(1, Math.round(size / bytes(unit)))
  return Array.from({ length: copies }, () => unit).join('\n\n\n')
}
