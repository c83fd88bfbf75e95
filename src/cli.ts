/**
 * The `baozhi` command: parse newspaper pages and print an outline or JSON.
 * Built by tsup to dist/cli.js (ESM, with a shebang).
 */
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { decodeBytes } from './io/decode'
import { outline } from './outline'
import { parseIssue } from './parse-issue'
import type { Issue } from './types'

const HELP = `Usage: baozhi [--json] [FILE...]

Parse the plain text of Chinese newspaper pages and print an outline of each
(paper, articles with headlines, datelines, lists, signatures, editor lines).
With no FILE, or when FILE is -, read standard input.

Options:
  --json         print the syntax tree as JSON instead of the outline.
                 One input: one pretty-printed tree.
                 Several inputs: one pretty-printed JSON array with an entry
                 {"file": FILE, "tree": {...}} per input that could be read,
                 in argument order.
  --encoding NAME, --encoding=NAME
                 read every input in this encoding instead of detecting it:
                 any WHATWG label, e.g. utf-8, gb18030, gbk, big5, utf-16le.
  -h, --help     show this help and exit
  -v, --version  print the version and exit
  --             treat every later argument as a FILE

The encoding of each input is detected: UTF-16 with a BOM, else UTF-8 (a BOM
is allowed), else GB18030 (covers GBK, GB2312) or Big5, whichever reads as
Chinese text. Binary data and text in no such encoding are rejected.
When several files are given, the outline of each is headed "== FILE ==".
A file that cannot be read is reported on stderr and the others are still
processed.

Exit status: 0 on success, 1 if any input could not be read or parsed,
2 on a usage error.`

interface Options {
  json: boolean
  encoding: string | undefined
  help: boolean
  version: boolean
  files: string[]
}

type Input = { name: string; text: string } | { name: string; error: string }

async function main(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv)
  if ('usage' in parsed) {
    process.stderr.write(`baozhi: ${parsed.usage}\nTry 'baozhi --help'.\n`)
    return 2
  }
  if (parsed.help) {
    out(HELP + '\n')
    return 0
  }
  if (parsed.version) {
    out(version() + '\n')
    return 0
  }

  const files = parsed.files.length > 0 ? parsed.files : ['-']
  const several = files.length > 1
  const results: Array<{ file: string; tree: Issue }> = []
  let failed = false

  for (const file of files) {
    const input = await read(file, parsed.encoding)
    if ('error' in input) {
      failed = true
      fail(input.name, input.error)
      continue
    }
    let tree: Issue
    try {
      tree = parseIssue(input.text)
    } catch (error) {
      failed = true
      fail(input.name, `could not be parsed: ${message(error)}`)
      if (process.env.BAOZHI_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`)
      continue
    }
    if (parsed.json) {
      if (several) results.push({ file, tree })
      else out(JSON.stringify(tree, null, 2) + '\n')
    } else {
      out((several ? `== ${input.name} ==\n` : '') + outline(tree) + '\n')
    }
  }

  if (parsed.json && several) out(JSON.stringify(results, null, 2) + '\n')
  return failed ? 1 : 0
}

/** The options, or a usage error. --help and --version win over the rest. */
function parseArgs(argv: string[]): Options | { usage: string } {
  const options: Options = { json: false, encoding: undefined, help: false, version: false, files: [] }
  let onlyFiles = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (onlyFiles || arg === '-' || !arg.startsWith('-')) options.files.push(arg)
    else if (arg === '--') onlyFiles = true
    else if (arg === '--json') options.json = true
    else if (arg === '--encoding' || arg.startsWith('--encoding=')) {
      const name = arg === '--encoding' ? argv[++i] : arg.slice('--encoding='.length)
      if (name === undefined || name === '') return { usage: "option '--encoding' needs an encoding name" }
      // An unknown label is a usage error, reported once rather than per file.
      const check = decodeBytes(new Uint8Array(0), { encoding: name })
      if ('error' in check) return { usage: check.error }
      options.encoding = name
    } else if (arg === '-h' || arg === '--help') options.help = true
    else if (arg === '-v' || arg === '-V' || arg === '--version') options.version = true
    else return { usage: `unknown option '${arg}'` }
  }
  return options
}

async function read(file: string, encoding: string | undefined): Promise<Input> {
  const name = file === '-' ? '<stdin>' : file
  let bytes: Uint8Array
  try {
    bytes = file === '-' ? await readStdin() : await readFile(file)
  } catch (error) {
    return { name, error: ioMessage(error) }
  }
  const decoded = decodeBytes(bytes, { encoding })
  return 'error' in decoded ? { name, error: decoded.error } : { name, text: decoded.text }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  }
  return Buffer.concat(chunks)
}

function ioMessage(error: unknown): string {
  switch ((error as NodeJS.ErrnoException | undefined)?.code) {
    case 'ENOENT':
      return 'no such file'
    case 'EISDIR':
      return 'is a directory'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    default:
      return `could not be read: ${message(error)}`
  }
}

function message(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return text.split('\n')[0] ?? ''
}

function fail(name: string, reason: string): void {
  process.stderr.write(`baozhi: ${name}: ${reason}\n`)
}

function out(text: string): void {
  process.stdout.write(text)
}

/** The version in the package.json next to dist/ (or src/), found at run time. */
function version(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (let i = 0; i < 4; i++) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name?: string
        version?: string
      }
      if (pkg.name === 'baozhi' && pkg.version) return pkg.version
    } catch {
      // not here: look one level up
    }
    dir = dirname(dir)
  }
  return 'unknown'
}

// A closed pipe (`baozhi file | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw error
})

main(process.argv.slice(2)).then(
  (code) => {
    // exitCode, not exit(): let buffered output to a pipe drain.
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`baozhi: ${message(error)}\n`)
    if (process.env.BAOZHI_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`)
    process.exitCode = 1
  },
)
