#!/usr/bin/env node
// npm run differential -- [REV] [RUNS]: do the trees of this checkout differ
// from those of git revision REV (default HEAD, i.e. your uncommitted
// changes)? Builds REV's src/ and grammar/ next to this build, parses the
// fixtures and generated inputs with both, and prints the inputs whose
// trees differ. For changes meant to leave every tree as it was (speed
// work, refactors); the fixtures' trees are compared too, and this
// covers text nobody wrote down. Exit code 1 when a tree differs.
// With DIFFERENTIAL_INPUTS=FILE, every input whose trees differ is written
// to FILE, one JSON string a line, to read the trees of each side by side.
//
// Inputs: the fixtures; pages of whole lines of every kind (the fuzz
// pages, which reach the page builder's paths); random mixes of the conventions' markers and
// prose; credits with names glued, listed and bracketed; leads glued after
// long stretches of clauses; fixtures with their lines shuffled.
import { appendFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import fc from 'fast-check'
import { revisionParser } from './revision.mjs'
import { fixturePages } from '../test/helpers/fixture-pages.mjs'
import { MARKERS, shuffleLines } from '../test/helpers/generated-inputs.mjs'
import { generatePage, random } from '../test/helpers/page-lines.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const rev = process.argv[2] ?? 'HEAD'
const runs = Number(process.argv[3] ?? 3000)

// ---------------------------------------------------------------------------
// The two parsers

const { sha, parseIssue: before } = await revisionParser(rev, 'baozhi-differential')
const after = (await import(pathToFileURL(join(root, 'dist/index.js')).href)).parseIssue

// ---------------------------------------------------------------------------
// Inputs

const fixtures = fixturePages().map((page) => page.text)

const NAMES = ['孙辰茜潘洁', '张三', '欧阳明月', '李四王五赵六', '司马相如', '陈立希']
const CLAUSES = [
  '全市上下团结一心,', '共同推进工作,', '加强基础设施建设、', '提升公共服务水平。', '据了解,', '他说,', '图为', '新华社记者 张三 摄',
  '“两个确保”', '《人民日报》', '2023年', '5月9日,', '一是加强学习,', '二是狠抓落实。', '(一)', ' ', '\n', '\n\n',
]
const LEADS = ['本报讯（记者 张三）', '新华社北京5月9日电', '本报北京5月9日电（记者 李四）', '【本報訊】', '据新华社电', '（记者孙辰茜潘洁,张三）']

const generators = {
  'marker mixes': fc.array(fc.constantFrom(...MARKERS), { minLength: 3, maxLength: 60 }).map((p) => p.join('')),
  credits: fc
    .tuple(
      fc.constantFrom('', '本报讯', '新华社北京5月9日电', '标题\n', '全市召开会议。', '新快报讯'),
      fc.constantFrom('', '（', '(', '〔', '【'),
      fc.constantFrom('', '记者', '通讯员', '本报记者', '编辑', '文/', '图/', '实习生'),
      fc.constantFrom('', ' ', '　'),
      fc.array(fc.constantFrom(...NAMES), { minLength: 1, maxLength: 4 }),
      fc.constantFrom('、', ',', '，', ' '),
      fc.constantFrom('', '）', ')', '〕', '】', ' 摄', ' 报道', '参与采写）'),
      fc.constantFrom('', '5月9日,全市上下团结一心,共同推进工作。', '\n全市上下团结一心、共同推进工作,加强基础设施建设。'),
    )
    .map(([a, b, c, d, names, sep, e, f]) => a + b + c + d + names.join(sep) + e + f),
  'glued leads': fc
    .tuple(
      fc.constantFrom('', '标题\n', '会议召开\n副题\n'),
      fc.array(fc.constantFrom(...CLAUSES), { maxLength: 70 }),
      fc.constantFrom(...LEADS),
      fc.array(fc.constantFrom(...CLAUSES), { maxLength: 30 }),
    )
    .map(([h, a, l, b]) => h + a.join('') + l + b.join('')),
  'shuffled pages': fc.tuple(fc.constantFrom(...fixtures), fc.integer()).map(([text, seed]) => shuffleLines(text, seed)),
}

// ---------------------------------------------------------------------------
// Compare

let differing = 0
const inputsFile = process.env.DIFFERENTIAL_INPUTS
if (inputsFile) writeFileSync(inputsFile, '')
const report = (name, inputs) => {
  const found = inputs.filter((input) => JSON.stringify(before(input)) !== JSON.stringify(after(input)))
  differing += found.length
  if (inputsFile) for (const input of found) appendFileSync(inputsFile, JSON.stringify(input) + '\n')
  console.log(`${name.padEnd(16)} ${String(found.length).padStart(5)} of ${inputs.length} differ`)
  for (const input of found.slice(0, 3)) console.log(`  ${JSON.stringify(input.length > 160 ? input.slice(0, 160) + '…' : input)}`)
}
console.log(`trees of ${sha} (before) against this checkout's dist/ (after)`)
report('fixtures', fixtures)
for (const [name, arbitrary] of Object.entries(generators)) {
  report(name, fc.sample(arbitrary, { numRuns: name === 'shuffled pages' ? Math.ceil(runs / 20) : runs, seed: 20261129 }))
}
const pages = random(20261203)
report('line pages', Array.from({ length: runs }, () => generatePage(pages)))
if (differing > 0) process.exitCode = 1
