/**
 * Golden trees.
 *
 * - test/fixtures/pages: reviewed expectations — every page parses to
 *   exactly the tree stored beside it (NAME.expected.json), checked by hand.
 * - test/fixtures/corpus: regression snapshots of the current output
 *   (test/fixtures/goldens/NAME.json). They are NOT reviewed targets — the
 *   hand-written targets are test/fixtures/expected/NAME.json, measured by
 *   `npm run accuracy` — but any change to the parser's reading of real
 *   text shows up here and must be looked at.
 *
 * Regenerate with UPDATE=1 and review the diff before committing.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseIssue } from '../src/index'

const fixtures = join(__dirname, 'fixtures')

function golden(textPath: string, expectedPath: string) {
  const tree = JSON.parse(JSON.stringify(parseIssue(readFileSync(textPath, 'utf8'))))
  if (process.env.UPDATE) writeFileSync(expectedPath, `${JSON.stringify(tree, null, 1)}\n`)
  expect(existsSync(expectedPath), `${expectedPath} missing: run with UPDATE=1`).toBe(true)
  expect(tree).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')))
}

describe('golden trees: reviewed pages', () => {
  const dir = join(fixtures, 'pages')
  const pages = readdirSync(dir).filter((name) => name.endsWith('.txt'))
  it('has fixtures', () => expect(pages.length).toBeGreaterThan(0))
  for (const name of pages) it(name, () => golden(join(dir, name), join(dir, name.replace(/\.txt$/, '.expected.json'))))
})

describe('golden trees: corpus regression snapshots', () => {
  const dir = join(fixtures, 'corpus')
  const out = join(fixtures, 'goldens')
  if (process.env.UPDATE) mkdirSync(out, { recursive: true })
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
    it(name, () => golden(join(dir, name), join(out, name.replace(/\.txt$/, '.json'))))
  }
})
