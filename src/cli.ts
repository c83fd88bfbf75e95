/**
 * The `baozhi` command: parse newspaper pages and print an outline or JSON.
 * Built by tsup to dist/cli.js (ESM, with a shebang).
 */
import { readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { expandInputs } from './batch/inputs'
import { runOrdered } from './batch/pool'
import { Progress } from './batch/progress'
import { firstLine } from './batch/read'
import type { Mode } from './batch/render'
import { isParseChild, serveParseChild } from './batch/child'
import { isParseWorker } from './batch/worker'
import { decodeBytes } from './io/decode'

// What the pool's workers call (piscina finds it by name in this bundle).
export { parseBatch } from './batch/worker'

/**
 * A worker takes ~0.5 s to start (Chevrotain and the parser) and a page ~2 ms
 * to parse, so each worker needs a few hundred pages to be worth starting.
 */
const FILES_PER_WORKER = 400

const HELP = `Usage: baozhi [--json] [FILE...]
       baozhi --jsonl [--jobs N] [--ext LIST] [--quiet] FILE|FOLDER|GLOB...

Parse the plain text of Chinese newspaper pages and print an outline of each
(paper, articles with headlines, datelines, lists, signatures, editor lines).
With no FILE, or when FILE is -, read standard input. A FOLDER is searched
recursively for *.txt files (see --ext), in sorted path order; a pattern
with * ? [..] or ** that the shell left unexpanded is expanded, sorted.

Options:
  --json         print the syntax tree as JSON instead of the outline.
                 One input: one pretty-printed tree.
                 Several inputs: one pretty-printed JSON array with an entry
                 {"file": FILE, "tree": {...}} per input that could be read,
                 in argument order.
  --jsonl        print one line of JSON per input, as soon as it is done and
                 in input order: {"file": FILE, "tree": {...}}, or
                 {"file": FILE, "error": "..."} for an input that could not
                 be read or parsed. Nothing else goes to stdout.
  -j N, --jobs N, --jobs=N
                 parse on N worker threads (default: one per CPU, here
                 ${availableParallelism()}, but no more than one per ${FILES_PER_WORKER} files, since
                 a worker takes about half a second to start); 1 parses in
                 the main thread. The output order is always the input order.
  --ext LIST, --ext=LIST
                 the extensions searched for in folders, comma-separated
                 (default: txt), e.g. --ext txt,text
  -q, --quiet    no progress line and no summary on stderr (errors are still
                 reported)
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

Batch runs (--jsonl, or a folder or pattern among the inputs) end with a
summary line on stderr: files, pages, articles, diagnostics, failures and
elapsed seconds. While they run, a progress line (files done/total, files/s,
MB/s, ETA) is redrawn on stderr when stderr is a terminal. No colours are
used (NO_COLOR is respected trivially).

Exit status: 0 on success, 1 if any input could not be read or parsed,
2 on a usage error.`

interface Options {
  json: boolean
  jsonl: boolean
  jobs: number
  extensions: string[]
  quiet: boolean
  encoding: string | undefined
  help: boolean
  version: boolean
  files: string[]
}

async function main(argv: string[]): Promise<number> {
  const parsed = readOptions(argv)
  if ('usage' in parsed) {
    process.stderr.write(`baozhi: ${parsed.usage}\nTry 'baozhi --help'.\n`)
    return 2
  }
  if (parsed.help) {
    await out(HELP + '\n')
    return 0
  }
  if (parsed.version) {
    await out(version() + '\n')
    return 0
  }

  const entries = expandInputs(parsed.files.length > 0 ? parsed.files : ['-'], parsed.extensions)
  const files = entries.map((e) => e.file)
  const batch = parsed.jsonl || entries.some((e) => e.expanded)
  const several = files.length > 1 || batch
  const mode: Mode = parsed.jsonl ? 'jsonl' : !parsed.json ? 'outline' : several ? 'json-entry' : 'json'
  const live = batch && !parsed.quiet && process.stderr.isTTY === true
  const progress = new Progress(files.length, process.stderr, live)
  let entriesPrinted = 0

  await runOrdered(
    entries,
    async (outcome) => {
      const file = files[outcome.index]!
      const name = file === '-' ? '<stdin>' : file
      progress.add(outcome.bytes, 'error' in outcome ? undefined : outcome.stats)
      if ('error' in outcome) {
        progress.log(`baozhi: ${name}: ${outcome.error}`)
        if (mode === 'jsonl') await out(JSON.stringify({ file, error: outcome.error }) + '\n', progress)
        return
      }
      let text: string
      if (mode === 'outline') text = (several ? `== ${name} ==\n` : '') + outcome.output + '\n'
      else if (mode === 'json-entry') text = (entriesPrinted++ === 0 ? '[\n' : ',\n') + outcome.output
      else text = outcome.output + '\n'
      await out(text, progress)
    },
    { jobs: parsed.jobs || autoJobs(files.length), mode, encoding: parsed.encoding, workerUrl: new URL(import.meta.url) },
  )

  if (mode === 'json-entry') await out(entriesPrinted === 0 ? '[]\n' : '\n]\n', progress)
  progress.clear()
  if (batch && !parsed.quiet) process.stderr.write(progress.summary() + '\n')
  return progress.totals.failures > 0 ? 1 : 0
}

/** Workers by default: one per core, but only as many as the files can pay for. */
function autoJobs(files: number): number {
  return Math.max(1, Math.min(availableParallelism(), Math.floor(files / FILES_PER_WORKER)))
}

/** The options, in node:util parseArgs' terms; what each means is in HELP. */
const OPTIONS = {
  json: { type: 'boolean' },
  jsonl: { type: 'boolean' },
  jobs: { type: 'string', short: 'j' },
  ext: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  encoding: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies ParseArgsConfig['options']

type OptionName = keyof typeof OPTIONS

/** Spellings parseArgs cannot declare (one short form per option): -V, as many tools spell -v. */
const ALIASES: Record<string, OptionName> = { '-V': 'version' }

/** What each option that takes a value needs, for the usage error when it is missing. */
const VALUE_NEEDED = {
  jobs: 'a whole number from 1 to 9999',
  ext: 'a list of extensions, e.g. txt,text',
  encoding: 'an encoding name',
} as const

/** --jobs: 1 to 9999, written plainly. */
const JOBS_PATTERN = /^[1-9]\d{0,3}$/

/** The options, or a usage error. --help and --version win over the rest. */
function readOptions(argv: string[]): Options | { usage: string } {
  // Not strict: parseArgs would word the errors itself, without saying what
  // a value should be; misuse is found below from its tokens instead.
  const { values, positionals, tokens } = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: false, tokens: true })
  const misuse = tokens.map(optionMisuse).find((problem) => problem !== undefined)
  if (misuse !== undefined) return { usage: misuse }

  const options: Options = {
    json: values.json === true,
    jsonl: values.jsonl === true,
    jobs: 0, // 0: chosen by autoJobs from the number of files
    extensions: ['txt'],
    quiet: values.quiet === true,
    encoding: undefined,
    help: values.help === true,
    version: values.version === true || tokens.some((token) => token.kind === 'option' && ALIASES[token.rawName] === 'version'),
    files: positionals,
  }
  if (typeof values.jobs === 'string') {
    if (!JOBS_PATTERN.test(values.jobs)) return { usage: `option '--jobs' needs ${VALUE_NEEDED.jobs}, not '${values.jobs}'` }
    options.jobs = Number(values.jobs)
  }
  if (typeof values.ext === 'string') {
    const list = values.ext.split(',').map((e) => e.trim().replace(/^\*?\./, '')).filter(Boolean)
    if (list.length === 0) return { usage: `option '--ext' needs ${VALUE_NEEDED.ext}` }
    options.extensions = list
  }
  if (typeof values.encoding === 'string') {
    if (values.encoding === '') return { usage: `option '--encoding' needs ${VALUE_NEEDED.encoding}` }
    // An unknown label is a usage error, reported once rather than per file.
    const check = decodeBytes(new Uint8Array(0), { encoding: values.encoding })
    if ('error' in check) return { usage: check.error }
    options.encoding = values.encoding
  }
  if (options.json && options.jsonl && !options.help && !options.version) {
    return { usage: "options '--json' and '--jsonl' cannot be combined" }
  }
  return options
}

type Token = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; strict: false; tokens: true }>>['tokens'][number]

/** Why an option as written is a usage error (unknown, missing its value, or given one it does not take), if it is. */
function optionMisuse(token: Token): string | undefined {
  if (token.kind !== 'option') return undefined
  const name = ALIASES[token.rawName] ?? token.name
  if (!Object.hasOwn(OPTIONS, name)) {
    return `unknown option '${token.rawName}' (a file whose name starts with - goes after --, as in: baozhi -- ${token.rawName})`
  }
  const type = OPTIONS[name as OptionName].type
  if (type === 'string' && token.value === undefined) return `option '--${name}' needs ${VALUE_NEEDED[name as keyof typeof VALUE_NEEDED]}`
  if (type === 'boolean' && token.value !== undefined) return `option '${token.rawName}' takes no value`
  return undefined
}

/** Write to stdout, waiting while the pipe is full (bounded memory). */
async function out(text: string, progress?: Progress): Promise<void> {
  // Output and progress line on one terminal: keep them apart.
  if (progress && process.stdout.isTTY) progress.clear()
  if (!process.stdout.write(text)) {
    await new Promise<void>((resolve) => process.stdout.once('drain', resolve))
  }
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

// A --jobs worker (src/batch/pool.ts) loads this same bundle for parseBatch,
// and a parse child (src/batch/child.ts) runs it to parse one large text:
// neither runs the command.
if (isParseChild()) serveParseChild()
else if (!isParseWorker()) {
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
      process.stderr.write(`baozhi: ${firstLine(error)}\n`)
      if (process.env.BAOZHI_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`)
      process.exitCode = 1
    },
  )
}
