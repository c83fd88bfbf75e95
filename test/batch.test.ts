/**
 * Batch runs of the BUILT CLI: folders, --jsonl, --jobs, the summary.
 */
import { spawnSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cli, ensureBuilt, root } from './helpers/build'

const SAMPLE = join(root, 'examples/sample/xinzhou-daily-page.txt')
const CORPUS = join(root, 'test/fixtures/corpus')

function run(args: string[], input?: string, nodeArgs: string[] = []) {
  const started = performance.now()
  const result = spawnSync(process.execPath, [...nodeArgs, cli, ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 256 * 1024 * 1024,
  })
  if (result.error) throw result.error
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, ms: performance.now() - started }
}

interface Node {
  type: string
  children?: Node[]
  data?: { diagnostics?: unknown[] }
}
type Line = { file: string; tree: Node } | { file: string; error: string }

function count(node: Node, type: string): number {
  return (node.type === type ? 1 : 0) + (node.children ?? []).reduce((n, c) => n + count(c, type), 0)
}

let dir: string
/** The 202 files of `dir`, in the order the CLI must list them (sorted paths, depth first). */
let expectedFiles: string[]
let binary: string
let invalid: string

beforeAll(async () => {
  await ensureBuilt()
  dir = mkdtempSync(join(tmpdir(), 'baozhi-batch-'))
  const sources = [SAMPLE, ...readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).slice(0, 6).map((f) => join(CORPUS, f))]
  expectedFiles = []
  // 200 pages under varied names in nested folders (names sorted as strings: "b-10" < "b-2").
  for (let i = 0; i < 200; i++) {
    const sub = join(dir, `issue-${i % 4}`, i % 3 === 0 ? 'late' : '')
    mkdirSync(sub, { recursive: true })
    copyFileSync(sources[i % sources.length]!, join(sub, `${['page', 'b', 'Z'][i % 3]}-${i}.txt`))
  }
  writeFileSync(join(dir, 'issue-0', 'notes.md'), '# not a .txt file\n')
  binary = join(dir, 'issue-1', 'binary.txt')
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]))
  invalid = join(dir, 'issue-2', 'latin1.txt')
  writeFileSync(invalid, Buffer.from('caf\xe9 cr\xe8me br\xfbl\xe9e', 'latin1'))
  const walk = (d: string): string[] =>
    readdirSync(d)
      .sort()
      .flatMap((name) => {
        const path = join(d, name)
        try {
          return walk(path)
        } catch {
          return name.endsWith('.txt') ? [path] : []
        }
      })
  expectedFiles = walk(dir)
}, 300_000)

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

describe('--jsonl over a folder', () => {
  let one: ReturnType<typeof run>
  let two: ReturnType<typeof run>

  beforeAll(() => {
    one = run(['--jsonl', '--jobs', '1', dir])
    two = run(['--jsonl', '--jobs=2', dir])
    console.log(
      `batch of ${expectedFiles.length} files: --jobs 1 ${one.ms.toFixed(0)} ms, --jobs 2 ${two.ms.toFixed(0)} ms, ` +
        `speed-up ×${(one.ms / two.ms).toFixed(2)}`,
    )
  }, 120_000)

  it('finds the 202 *.txt files, one JSON line each, in sorted path order', () => {
    expect(expectedFiles).toHaveLength(202)
    const lines = one.stdout.split('\n')
    expect(lines.pop()).toBe('') // ends with a newline
    expect(lines).toHaveLength(202)
    const parsed = lines.map((line) => JSON.parse(line) as Line)
    expect(parsed.map((l) => l.file)).toEqual(expectedFiles)
  })

  it('--jobs 1 and --jobs 2 print the same lines in the same order', () => {
    expect(two.stdout).toBe(one.stdout)
  })

  it('reports the binary and the invalid UTF-8 file as error lines, exit 1', () => {
    for (const result of [one, two]) {
      expect(result.status).toBe(1)
      const errors = result.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Line)
        .filter((l): l is Extract<Line, { error: string }> => 'error' in l)
      expect(errors.map((e) => e.file)).toEqual([binary, invalid])
      expect(errors[0]!.error).toContain('binary')
      expect(errors[1]!.error).toContain('UTF-8')
      expect(Object.keys(errors[0]!)).toEqual(['file', 'error'])
    }
  })

  it('ends stderr with a summary whose counts match the trees; no progress line off a TTY', () => {
    const trees = one.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Line)
      .flatMap((l) => ('tree' in l ? [l.tree] : []))
    expect(trees).toHaveLength(200)
    const pages = trees.reduce((n, t) => n + (count(t, 'page') || 1), 0)
    const articles = trees.reduce((n, t) => n + count(t, 'article'), 0)
    const diagnostics = trees.reduce((n, t) => n + (t.data?.diagnostics?.length ?? 0), 0)
    expect(articles).toBeGreaterThan(200)
    for (const result of [one, two]) {
      expect(result.stderr).not.toContain('\r')
      const lines = result.stderr.trim().split('\n')
      expect(lines).toHaveLength(3) // the two bad files, then the summary
      expect(lines[2]).toMatch(
        new RegExp(
          `^baozhi: 202 files, ${pages} pages, ${articles} articles, ${diagnostics} diagnostics?, 2 failures in \\d+\\.\\d\\ds$`,
        ),
      )
    }
  })

  it('--quiet leaves only the error lines on stderr', () => {
    const { status, stderr } = run(['--jsonl', '--quiet', '-j', '2', join(dir, 'issue-1'), join(dir, 'issue-2')])
    expect(status).toBe(1)
    expect(stderr.trim().split('\n')).toEqual([expect.stringContaining(binary), expect.stringContaining(invalid)])
  })
})

describe('inputs and options', () => {
  it('a successful batch exits 0; trees match the single-file --json output', () => {
    const folder = join(dir, 'issue-3')
    const { status, stdout, stderr } = run(['--jsonl', '-j', '2', folder])
    expect(status).toBe(0)
    expect(stderr).toMatch(/^baozhi: 50 files, .* 0 failures in /)
    const first = JSON.parse(stdout.split('\n')[0]!) as { file: string; tree: unknown }
    expect(first.tree).toEqual(JSON.parse(run(['--json', first.file]).stdout))
  })

  it('--ext picks other extensions; an unexpanded glob is expanded', () => {
    const other = join(dir, 'ext')
    mkdirSync(other)
    copyFileSync(SAMPLE, join(other, 'a.text'))
    copyFileSync(SAMPLE, join(other, 'b.TXT'))
    copyFileSync(SAMPLE, join(other, 'c.md'))
    const files = (args: string[]) =>
      run(['--jsonl', '-q', ...args])
        .stdout.trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as Line).file)
    expect(files([other])).toEqual([join(other, 'b.TXT')])
    expect(files(['--ext', 'txt,text', other])).toEqual([join(other, 'a.text'), join(other, 'b.TXT')])
    expect(files(['--ext=.md', other])).toEqual([join(other, 'c.md')])
    expect(files([join(other, '*.t*')])).toEqual([join(other, 'a.text')]) // globs are case-sensitive
    expect(files([join(dir, 'issue-*', 'late', 'page-1?.txt')])).toEqual(
      expectedFiles.filter((f) => /issue-\d\/late\/page-1\d\.txt$/.test(f)),
    )
  })

  it('a broken symbolic link met in a folder is a failed input, not skipped', () => {
    const folder = join(dir, 'links')
    mkdirSync(folder)
    copyFileSync(SAMPLE, join(folder, 'a.txt'))
    symlinkSync(join(folder, 'gone.txt'), join(folder, 'b.txt'))
    symlinkSync(join(folder, 'gone-folder'), join(folder, 'c')) // no extension: perhaps a folder of pages
    symlinkSync(join(folder, 'gone.md'), join(folder, 'd.md')) // another kind of file: not an input
    for (const jobs of ['1', '2']) {
      const { status, stdout, stderr } = run(['--jsonl', '-q', '-j', jobs, folder])
      const lines = stdout.trim().split('\n').map((line) => JSON.parse(line) as Line)
      expect(lines.map((line) => ('error' in line ? line : line.file))).toEqual([
        join(folder, 'a.txt'),
        { file: join(folder, 'b.txt'), error: `broken symbolic link: its target ${JSON.stringify(join(folder, 'gone.txt'))} does not exist` },
        { file: join(folder, 'c'), error: `broken symbolic link: its target ${JSON.stringify(join(folder, 'gone-folder'))} does not exist` },
      ])
      expect(stderr.trim().split('\n')).toEqual([
        `baozhi: ${join(folder, 'b.txt')}: ${(lines[1] as { error: string }).error}`,
        `baozhi: ${join(folder, 'c')}: ${(lines[2] as { error: string }).error}`,
      ])
      expect(status).toBe(1)
    }
  })

  it('--json over a folder prints one JSON array, as for several files', () => {
    const folder = join(dir, 'issue-1', 'late')
    const { stdout } = run(['--json', '-j', '2', folder])
    const entries = JSON.parse(stdout) as Array<{ file: string }>
    expect(entries.map((e) => e.file)).toEqual(expectedFiles.filter((f) => f.startsWith(folder + '/')))
    const listed = entries.map((e) => e.file)
    expect(stdout).toBe(run(['--json', '-j', '1', ...listed]).stdout)
  })

  it('stdin with --jsonl is one line for "-"', () => {
    const { status, stdout } = run(['--jsonl'], readFileSync(SAMPLE, 'utf8'))
    expect(status).toBe(0)
    const line = JSON.parse(stdout) as Line
    expect(line.file).toBe('-')
    expect('tree' in line && line.tree.type).toBe('issue')
  })

  it('usage errors exit 2 with nothing on stdout', () => {
    for (const args of [['--jobs', '0'], ['--jobs'], ['-j', 'x'], ['--ext='], ['--json', '--jsonl']]) {
      const { status, stdout, stderr } = run([...args, SAMPLE])
      expect(status, args.join(' ')).toBe(2)
      expect(stdout).toBe('')
      expect(stderr).toMatch(/^baozhi: .*\nTry 'baozhi --help'\.\n$/)
    }
  })

  it('--help documents every option', () => {
    const { stdout } = run(['--help'])
    for (const option of ['--json', '--jsonl', '--jobs N', '--ext LIST', '--quiet', '--encoding NAME', '--version']) {
      expect(stdout).toContain(option)
    }
  })
})

// A text that exhausts the heap must fail alone, reported, and the run go on.
// A small heap (64 MB) makes 2 million blank lines (~150 MB of parse at
// ~77 bytes a line) such a text, quickly.
describe('a text too large for the heap', () => {
  let big: string
  beforeAll(() => {
    big = join(dir, 'blank-lines.txt.big')
    writeFileSync(big, '\n'.repeat(2_000_000))
  })

  const expectReportedAlone = (result: ReturnType<typeof run>, file: string, name = file) => {
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as Line)
    expect(lines.map((line) => line.file)).toEqual([file, SAMPLE])
    expect(lines[0]).toEqual({ file, error: expect.stringMatching(/^could not be parsed: out of memory \(the heap holds \d+ MB\); split the file, or give node more: NODE_OPTIONS=--max-old-space-size=\d+$/) })
    expect('tree' in lines[1]! && lines[1].tree.type).toBe('issue')
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(`baozhi: ${name}: could not be parsed: out of memory`)
  }

  it('--jobs 1 parses it in a process of its own, so only it fails', () => {
    expectReportedAlone(run(['--jsonl', '--jobs', '1', big, SAMPLE], undefined, ['--max-old-space-size=64']), big)
  })

  it('from standard input too', () => {
    const result = run(['--jsonl', '-', SAMPLE], '\n'.repeat(2_000_000), ['--max-old-space-size=64'])
    expectReportedAlone(result, '-', '<stdin>')
  })

  it('--jobs 2 parses it apart too, not in a batch of the pool, and reports it alone', () => {
    expectReportedAlone(run(['--jsonl', '--jobs', '2', big, SAMPLE], undefined, ['--max-old-space-size=64']), big)
  })
})
