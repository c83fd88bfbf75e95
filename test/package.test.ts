/**
 * The BUILT package works from another project, through `exports`: a temp
 * project whose node_modules/baozhi is a symlink to this repo imports it as
 * ESM and requires it as CJS. Dependencies (chevrotain, unist-util-visit)
 * resolve from the repo's node_modules through the symlink's real path.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, posix } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureBuilt, root } from './helpers/build'

const TEXT = '忻州日报\n\n我市召开会议\n\n本报讯 (记者杨峰雷)5月9日,会议召开。一是要抓好防控;二是要抓好项目。(张晔)\n'

const BODY = `
const issue = parseIssue(${JSON.stringify(TEXT)})
let nodes = 0
visit(issue, () => { nodes++ })
console.log(issue.type)
console.log(typeof parseIssue, typeof visit, typeof toString, typeof toString(issue), nodes > 0)
`

let project: string

beforeAll(async () => {
  await ensureBuilt()
  project = mkdtempSync(join(tmpdir(), 'baozhi-pkg-'))
  mkdirSync(join(project, 'node_modules'))
  symlinkSync(root, join(project, 'node_modules', 'baozhi'), 'dir')
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true }))
  writeFileSync(join(project, 'esm.mjs'), `import { parseIssue, visit, toString } from 'baozhi'\n${BODY}`)
  writeFileSync(join(project, 'cjs.cjs'), `const { parseIssue, visit, toString } = require('baozhi')\n${BODY}`)
}, 300_000)

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true })
})

function runIn(script: string) {
  const result = spawnSync(process.execPath, [script], { cwd: project, encoding: 'utf8', timeout: 30_000 })
  if (result.error) throw result.error
  return result
}

describe('the built package from another project', () => {
  it.each([
    ['ESM import', 'esm.mjs'],
    ['CJS require', 'cjs.cjs'],
  ])('%s', (_, script) => {
    const { status, stdout, stderr } = runIn(script)
    expect(status, stderr).toBe(0)
    expect(stdout.split('\n')).toEqual(['issue', 'function function function string true', ''])
  })

  it('resolves to dist/ through the exports map', () => {
    const resolve = (cond: string) =>
      runIn(writeScript(cond)).stdout.trim().replace(/\\/g, '/')
    expect(resolve('import')).toMatch(/\/dist\/index\.js$/)
    expect(resolve('require')).toMatch(/\/dist\/index\.cjs$/)
  })
})

describe('the built declarations from a TypeScript project', () => {
  // A user's node types built on unist's own Literal and Parent (position
  // optional) gave 20 errors inside baozhi's .d.ts when Parent.children
  // required positions. Compiled with skipLibCheck off, so our .d.ts is checked.
  const USER = `
import type { Literal, Parent } from 'unist'
import { parseIssue, visit } from 'baozhi'

interface Tide extends Literal { type: 'tide'; value: string }
interface TideTable extends Parent { type: 'tideTable'; children: Tide[] }

declare module 'baozhi' {
  interface IssueContentMap { tideTable: TideTable }
  interface ArticleContentMap { tide: Tide }
}

visit(parseIssue('潮汐表'), 'tideTable', (table) => {
  const first: string | undefined = table.children[0]?.value
  return first === undefined ? undefined : false
})
`

  it('takes node types built on unist’s Literal and Parent', () => {
    writeFileSync(join(project, 'user.ts'), USER)
    const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc')
    const args = ['--noEmit', '--strict', '--skipLibCheck', 'false', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022']
    const result = spawnSync(process.execPath, [tsc, ...args, '--typeRoots', join(root, 'node_modules', '@types'), 'user.ts'], {
      cwd: project,
      encoding: 'utf8',
      timeout: 120_000,
    })
    expect(result.status, result.stdout + result.stderr).toBe(0)
  })
})

function writeScript(cond: 'import' | 'require' | string): string {
  const file = `resolve-${cond}.${cond === 'import' ? 'mjs' : 'cjs'}`
  const code =
    cond === 'import'
      ? `console.log(import.meta.resolve('baozhi'))`
      : `console.log(require.resolve('baozhi'))`
  writeFileSync(join(project, file), code + '\n')
  return file
}

/** The paths `npm pack` would put in the package (package.json `files` and npm's own rules). */
function packedFiles(): Set<string> {
  const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', timeout: 60_000 })
  expect(result.status, result.stderr).toBe(0)
  const [pack] = JSON.parse(result.stdout) as Array<{ files: Array<{ path: string }> }>
  return new Set(pack!.files.map((file) => file.path))
}

/** The relative link targets of a Markdown text, without anchors: web links and in-page anchors left out. */
function localLinks(markdown: string): string[] {
  return [...markdown.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((match) => match[1]!.split('#')[0]!)
    .filter((target) => target !== '' && !/^[a-z][a-z+.-]*:/i.test(target))
}

describe('the package as published', () => {
  it('ships every file that its shipped Markdown links to (the README is read on the registry and in node_modules)', () => {
    const shipped = packedFiles()
    const folders = new Set([...shipped].flatMap((path) => path.split('/').slice(0, -1).map((_, k, parts) => parts.slice(0, k + 1).join('/'))))
    const broken: string[] = []
    for (const doc of [...shipped].filter((path) => path.endsWith('.md'))) {
      for (const target of localLinks(readFileSync(join(root, doc), 'utf8'))) {
        const path = posix.normalize(posix.join(posix.dirname(doc), target)).replace(/\/$/, '')
        if (!shipped.has(path) && !folders.has(path)) broken.push(`${doc}: ${target}`)
      }
    }
    expect(broken).toEqual([])
    expect(shipped).toContain('examples/reporters.mjs')
  })
})

