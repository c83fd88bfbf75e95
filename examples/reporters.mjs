#!/usr/bin/env node
/**
 * Every reporter (a credit whose role contains 记者, in a dateline or a
 * byline) and the headlines of the articles they wrote.
 *
 *   node examples/reporters.mjs [FILE]
 *
 * FILE defaults to examples/sample/xinzhou-daily-page.txt. Imports the
 * built package the way users do (run `npm run build` first); inside this
 * repo, 'baozhi' resolves to dist/ through package self-reference.
 */
import { readFileSync } from 'node:fs'
import { parseIssue, toString, visit } from 'baozhi'

/** @typedef {import('baozhi').Article} Article */
/** @typedef {import('baozhi').Credit} Credit */

const file = process.argv[2] ?? new URL('./sample/xinzhou-daily-page.txt', import.meta.url)
const issue = parseIssue(readFileSync(file, 'utf8'))

/** Reporter name → headlines of their articles, in reading order. @type {Map<string, string[]>} */
const reporters = new Map()

visit(issue, 'article', (/** @type {Article} */ article) => {
  const headline = article.children.find((child) => child.type === 'headline')
  const title = headline ? toString(headline).trim() : '(no headline)'

  visit(article, 'credit', (/** @type {Credit} */ credit, _index, parent) => {
    if (parent?.type !== 'dateline' && parent?.type !== 'byline') return
    if (!credit.role.includes('记者')) return
    for (const name of credit.names) {
      const titles = reporters.get(name) ?? []
      if (!titles.includes(title)) titles.push(title)
      reporters.set(name, titles)
    }
  })
})

const where = file instanceof URL ? 'examples/sample/xinzhou-daily-page.txt' : file
console.log(`Reporters in ${where}: ${reporters.size}`)
for (const [name, titles] of reporters) {
  console.log(`${name} (${titles.length})`)
  for (const title of titles) console.log(`  - ${title}`)
}
