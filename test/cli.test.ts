/**
 * The CLI as users run it: the BUILT dist/cli.js, spawned with node.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
// Node has no GB18030/Big5 encoder: iconv-lite writes the legacy files at test time.
import iconv from 'iconv-lite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cli, ensureBuilt, root } from './helpers/build'

const SAMPLE = 'examples/sample/xinzhou-daily-page.txt'
const sampleText = readFileSync(join(root, SAMPLE), 'utf8')

function run(args: string[], input?: string | Uint8Array) {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    timeout: 30_000,
  })
  if (result.error) throw result.error
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** stderr holds exactly one line, naming `name`, with no stack trace. */
function expectOneLineError(stderr: string, name: string) {
  const lines = stderr.split('\n').filter(Boolean)
  expect(lines, stderr).toHaveLength(1)
  expect(lines[0]).toMatch(/^baozhi: /)
  expect(lines[0]).toContain(name)
  expect(stderr).not.toMatch(/\n\s+at /)
}

interface JsonNode {
  type: string
  paper?: string
  children?: JsonNode[]
  value?: string
  data?: { diagnostics?: unknown[] }
}

let tmp: string
let sampleTree: JsonNode

beforeAll(async () => {
  await ensureBuilt()
  tmp = mkdtempSync(join(tmpdir(), 'baozhi-cli-'))
  sampleTree = JSON.parse(run(['--json', SAMPLE]).stdout) as JsonNode
}, 300_000)

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true })
})

describe('outline (default output)', () => {
  it('prints an outline of a file and exits 0', () => {
    const { status, stdout, stderr } = run([SAMPLE])
    expect(stderr).toBe('')
    expect(status).toBe(0)
    expect(stdout.endsWith('\n')).toBe(true)
    // The last line is always the diagnostics count, matching the tree.
    const count = sampleTree.data?.diagnostics?.length ?? 0
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(`${count} ${count === 1 ? 'diagnostic' : 'diagnostics'}`)
    // No "== file ==" header for a single file.
    expect(stdout).not.toContain('==')
  })

  it('shows every masthead and numbers every article of the tree', () => {
    const { stdout } = run([SAMPLE])
    const top = sampleTree.children ?? []
    for (const node of top.filter((n) => n.type === 'masthead')) expect(stdout).toContain(node.paper)
    const articles = top.filter((n) => n.type === 'article').length
    for (let n = 1; n <= articles; n++) expect(stdout).toMatch(new RegExp(`^${n}\\. `, 'm'))
    expect(stdout).not.toMatch(new RegExp(`^${articles + 1}\\. `, 'm'))
  })

  it('names the paper and the first headline of the sample', () => {
    const { stdout } = run([SAMPLE])
    expect(stdout.split('\n')[0]).toContain('忻州日报')
    expect(stdout).toMatch(/^1\. 市委专题会议暨市疫情防控工作领导小组第四十二次会议召开$/m)
    expect(stdout).toContain('杨峰雷')
  })

  it('reads standard input when no file is given, and for -', () => {
    const plain = run([SAMPLE]).stdout
    for (const args of [[], ['-']]) {
      const { status, stdout, stderr } = run(args, sampleText)
      expect(stderr).toBe('')
      expect(status).toBe(0)
      expect(stdout).toBe(plain)
    }
  })

  it('heads each outline with "== path ==" when given several files', () => {
    const other = join(tmp, 'other.txt')
    writeFileSync(other, sampleText)
    const { status, stdout } = run([SAMPLE, other])
    expect(status).toBe(0)
    const headers = stdout.split('\n').filter((l) => l.startsWith('== '))
    expect(headers).toEqual([`== ${SAMPLE} ==`, `== ${other} ==`])
  })
})

describe('--json', () => {
  it('prints the tree of one file as one JSON document', () => {
    const { status, stdout } = run(['--json', SAMPLE])
    expect(status).toBe(0)
    const tree = JSON.parse(stdout) as JsonNode & { position: unknown }
    expect(tree.type).toBe('issue')
    expect(Array.isArray(tree.children)).toBe(true)
    expect(Array.isArray(tree.data?.diagnostics)).toBe(true)
    expect(tree.position).toMatchObject({ start: { offset: 0 }, end: { offset: sampleText.length } })
    expect(stdout).toContain('\n  ') // pretty-printed
  })

  it('reads JSON input from stdin too', () => {
    const { status, stdout } = run(['--json'], sampleText)
    expect(status).toBe(0)
    expect(JSON.parse(stdout)).toEqual(sampleTree)
  })

  it('prints an array of {file, tree} for several files', () => {
    const { status, stdout } = run(['--json', SAMPLE, '-'], '忻州日报\n')
    expect(status).toBe(0)
    const entries = JSON.parse(stdout) as Array<{ file: string; tree: JsonNode }>
    expect(entries.map((e) => e.file)).toEqual([SAMPLE, '-'])
    expect(entries.map((e) => e.tree.type)).toEqual(['issue', 'issue'])
    expect(entries[0]?.tree).toEqual(sampleTree)
  })
})

describe('input errors', () => {
  it('a missing file: exit 1, one line naming it', () => {
    const { status, stdout, stderr } = run(['no-such-file.txt'])
    expect(status).toBe(1)
    expect(stdout).toBe('')
    expectOneLineError(stderr, 'no-such-file.txt')
    expect(stderr).toContain('no such file')
  })

  it('a folder with no *.txt file: exit 1, one line naming it (--quiet: no summary)', () => {
    // A folder is searched for *.txt files (test/batch.test.ts); an empty one is an error.
    const empty = join(tmp, 'empty-folder')
    mkdirSync(empty)
    const { status, stdout, stderr } = run(['--quiet', empty])
    expect(status).toBe(1)
    expect(stdout).toBe('')
    expectOneLineError(stderr, empty)
    expect(stderr).toContain('folder has no *.txt files')
    // Without --quiet a batch run (a folder among the inputs) adds the summary.
    expect(run([empty]).stderr.split('\n').filter(Boolean).at(-1)).toMatch(/^baozhi: 1 file, .* 1 failure in /)
  })

  it('binary data (NUL bytes): exit 1, one line naming it', () => {
    const file = join(tmp, 'binary.txt')
    writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x61]))
    const { status, stdout, stderr } = run([file])
    expect(status).toBe(1)
    expect(stdout).toBe('')
    expectOneLineError(stderr, file)
    expect(stderr).toContain('binary')
  })

  it('invalid UTF-8: exit 1, one line naming it', () => {
    const file = join(tmp, 'latin.txt')
    writeFileSync(file, Buffer.from([0x68, 0x65, 0x6c, 0x6c, 0x6f, 0xff, 0xfe, 0xfd]))
    const { status, stdout, stderr } = run([file])
    expect(status).toBe(1)
    expect(stdout).toBe('')
    expectOneLineError(stderr, file)
    expect(stderr).toContain('UTF-8')
  })

  it('binary data on stdin: exit 1, one line naming <stdin>', () => {
    const { status, stderr } = run([], new Uint8Array([0x61, 0x00, 0x62]))
    expect(status).toBe(1)
    expectOneLineError(stderr, '<stdin>')
  })

  it('accepts UTF-8 with a BOM and UTF-16 with a BOM', () => {
    const expected = run(['--json', SAMPLE]).stdout
    const withBom = join(tmp, 'bom.txt')
    writeFileSync(withBom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sampleText)]))
    const utf16 = join(tmp, 'utf16.txt')
    writeFileSync(utf16, Buffer.from('\ufeff' + sampleText, 'utf16le'))
    for (const file of [withBom, utf16]) {
      const { status, stdout, stderr } = run(['--json', file])
      expect(stderr).toBe('')
      expect(status).toBe(0)
      expect(stdout).toBe(expected)
    }
  })

  it('UTF-16 without a BOM: named, with the --encoding that reads it; that option reads it', () => {
    const file = join(tmp, 'utf16-no-bom.txt')
    writeFileSync(file, Buffer.from(sampleText, 'utf16le'))
    const { status, stdout, stderr } = run([file])
    expect(status).toBe(1)
    expect(stdout).toBe('')
    expectOneLineError(stderr, file)
    expect(stderr).toMatch(/: looks like UTF-16LE without a byte order mark \(NUL byte at offset \d+\); read it with --encoding utf-16le\n$/)
    expect(run(['--encoding', 'utf-16le', file]).stdout).toBe(run([SAMPLE]).stdout)
  })

  it('a good file and a missing one: the good one is still printed, exit 1', () => {
    const { status, stdout, stderr } = run([SAMPLE, 'missing.txt'])
    expect(status).toBe(1)
    expect(stdout).toContain(`== ${SAMPLE} ==`)
    expect(stdout).toContain(run([SAMPLE]).stdout)
    expect(stdout).not.toContain('missing.txt')
    expectOneLineError(stderr, 'missing.txt')
  })

  it('--json with a good file and a missing one: the good tree is printed, exit 1', () => {
    const { status, stdout, stderr } = run(['--json', 'missing.txt', SAMPLE])
    expect(status).toBe(1)
    const entries = JSON.parse(stdout) as Array<{ file: string }>
    expect(entries.map((e) => e.file)).toEqual([SAMPLE])
    expectOneLineError(stderr, 'missing.txt')
  })
})

describe('options', () => {
  it('--help prints usage and exits 0', () => {
    for (const flag of ['--help', '-h']) {
      const { status, stdout, stderr } = run([flag])
      expect(status).toBe(0)
      expect(stderr).toBe('')
      expect(stdout).toMatch(/^Usage: baozhi \[--json\] \[FILE\.\.\.\]/)
      expect(stdout).toContain('--json')
      expect(stdout).toContain('--encoding NAME')
      expect(stdout).toContain('--version')
    }
  })

  it('--help and the README give the same default for --jobs', () => {
    const flat = (text: string) => text.replace(/`/g, '').replace(/\s+/g, ' ')
    // The rule of autoJobs in src/cli.ts, whose files-per-worker figure --help prints.
    const rule = /default: one per CPU.{0,60}?, but no more than one per (\d+) files, since a worker takes about half a second to start/
    const help = rule.exec(flat(run(['--help']).stdout))
    const readme = rule.exec(flat(readFileSync(join(root, 'README.md'), 'utf8')))
    expect(help, '--help').not.toBeNull()
    expect(readme, 'README.md').not.toBeNull()
    expect(readme![1]).toBe(help![1])
  })

  it('--version prints the package.json version', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
    const { status, stdout } = run(['--version'])
    expect(status).toBe(0)
    expect(stdout).toBe(`${version}\n`)
  })

  it('--version works from another working directory', () => {
    const result = spawnSync(process.execPath, [cli, '--version'], { cwd: tmpdir(), encoding: 'utf8' })
    expect(result.status).toBe(0)
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+/)
  })

  it('an unknown option is a usage error: exit 2, nothing on stdout', () => {
    const { status, stdout, stderr } = run(['--frobnicate', SAMPLE])
    expect(status).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toContain("unknown option '--frobnicate'")
    expect(stderr).toContain('a file whose name starts with - goes after --, as in: baozhi -- --frobnicate')
    expect(stderr).not.toMatch(/\n\s+at /)
  })

  it('short forms work alone and grouped: -v, -V, -qv, -j1, -qj 1', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }
    for (const flag of ['-v', '-V', '-qv']) expect(run([flag]).stdout, flag).toBe(`${version}\n`)
    const expected = run(['--jsonl', '--quiet', '--jobs', '1', SAMPLE])
    expect(expected.status).toBe(0)
    for (const args of [['--jsonl', '-q', '-j1'], ['--jsonl', '-qj', '1']]) {
      const { status, stdout, stderr } = run([...args, SAMPLE])
      expect(stderr, args.join(' ')).toBe('')
      expect(status).toBe(0)
      expect(stdout).toBe(expected.stdout)
    }
  })

  it('a flag given a value is a usage error naming the flag', () => {
    const { status, stdout, stderr } = run(['--json=yes', SAMPLE])
    expect(status).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toBe("baozhi: option '--json' takes no value\nTry 'baozhi --help'.\n")
  })

  it('-- makes later arguments file names', () => {
    const { status, stderr } = run(['--', '--json'])
    expect(status).toBe(1)
    expectOneLineError(stderr, '--json')
  })
})

describe('legacy encodings', () => {
  const HEADLINE = /^1\. 市委专题会议暨市疫情防控工作领导小组第四十二次会议召开$/m
  const D21 = 'test/fixtures/corpus/d21.txt'
  let gb: string
  let big5: string
  let binary: string

  beforeAll(() => {
    gb = join(tmp, 'sample-gb18030.txt')
    writeFileSync(gb, iconv.encode(sampleText, 'gb18030'))
    big5 = join(tmp, 'd21-big5.txt')
    writeFileSync(big5, iconv.encode(readFileSync(join(root, D21), 'utf8'), 'big5'))
    binary = join(tmp, 'image.png')
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]))
  })

  it('detects a GB18030 file and a Big5 file in one run and prints both outlines', () => {
    const { status, stdout, stderr } = run([gb, big5])
    expect(stderr).toBe('')
    expect(status).toBe(0)
    const [first, second] = stdout.split(`== ${big5} ==\n`)
    expect(first).toContain(`== ${gb} ==`)
    expect(first).toContain('忻州日报')
    expect(first).toMatch(HEADLINE)
    expect(second).toContain('中央社')
  })

  it('reads the GB18030 and Big5 files exactly as their UTF-8 originals', () => {
    expect(run([gb]).stdout).toBe(run([SAMPLE]).stdout)
    expect(run(['--json', big5]).stdout).toBe(run(['--json', D21]).stdout)
  })

  it('a binary file among them: one stderr line naming it, the others still printed, exit 1', () => {
    const { status, stdout, stderr } = run([gb, binary, big5])
    expect(status).toBe(1)
    expectOneLineError(stderr, binary)
    expect(stderr).toContain('binary')
    expect(stdout).toContain(`== ${gb} ==`)
    expect(stdout).toMatch(HEADLINE)
    expect(stdout).toContain(`== ${big5} ==`)
    expect(stdout).toContain('中央社')
    expect(stdout).not.toContain(binary)
  })

  it('undecodable text (random GB2312 codes) is one stderr line naming it, exit 1', () => {
    // Valid GB18030 bytes that decode to random Han characters.
    const noise = join(tmp, 'noise.txt')
    writeFileSync(noise, Buffer.from(Array.from({ length: 256 }, (_, i) => (i % 2 ? 0xa1 + ((i * 37) % 94) : 0xb0 + ((i * 53) % 72)))))
    const { status, stdout, stderr } = run([noise, big5])
    expect(status).toBe(1)
    expectOneLineError(stderr, noise)
    expect(stderr).toContain('does not read as Chinese text')
    expect(stdout).toContain('中央社')
  })

  it('--encoding big5 on a GB18030 file: a one-line error naming the file, exit 1', () => {
    const { status, stdout, stderr } = run(['--encoding', 'big5', gb, big5])
    expect(status).toBe(1)
    expectOneLineError(stderr, gb)
    expect(stderr).toContain('not valid big5')
    expect(stdout).toContain('中央社') // the Big5 file is still read
  })

  it('--encoding=gb18030 on a Big5 file decodes without error, as mojibake (GB18030 takes almost any bytes)', () => {
    const { status, stdout, stderr } = run(['--encoding=gb18030', gb, big5])
    expect(stderr).toBe('')
    expect(status).toBe(0)
    expect(stdout).toMatch(HEADLINE)
    const [, second] = stdout.split(`== ${big5} ==\n`)
    expect(second).not.toContain('中央社')
  })

  it('--encoding gbk reads a GB18030 file; a forced encoding skips detection', () => {
    expect(run(['--encoding', 'gbk', gb]).stdout).toBe(run([SAMPLE]).stdout)
    const { status, stderr } = run(['--encoding=utf-8', gb])
    expect(status).toBe(1)
    expectOneLineError(stderr, gb)
    expect(stderr).toContain('not valid utf-8')
  })

  it('an unknown or missing encoding name is a usage error: exit 2, nothing read', () => {
    for (const args of [['--encoding', 'klingon', gb], ['--encoding=klingon', gb], ['--encoding'], ['--encoding=', gb]]) {
      const { status, stdout, stderr } = run(args)
      expect(status, args.join(' ')).toBe(2)
      expect(stdout).toBe('')
      expect(stderr).toMatch(/^baozhi: (unknown encoding "klingon"|option '--encoding' needs an encoding name)\n/)
    }
  })
})
