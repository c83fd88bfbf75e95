/**
 * The fixture pages (test/fixtures/pages and test/fixtures/corpus), read
 * once per caller: for the tests, the differential run and the batch bench.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures')

/** Every fixture page, as `{ name: 'corpus/d01.txt', text }`, pages first, in directory order. */
export function fixturePages() {
  return ['pages', 'corpus'].flatMap((dir) =>
    readdirSync(join(fixtures, dir))
      .filter((name) => name.endsWith('.txt'))
      .map((name) => ({ name: `${dir}/${name}`, text: readFileSync(join(fixtures, dir, name), 'utf8') })),
  )
}
