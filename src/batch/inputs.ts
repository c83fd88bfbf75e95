/**
 * Expand the CLI's input arguments (globs match case-sensitively, extensions do not) into a list of files, in a stable order:
 *   - `-` is standard input;
 *   - a folder is searched recursively for files with one of the extensions
 *     (default: txt), sorted by path (code-point order), hidden entries
 *     (names starting with ".") skipped; an entry that cannot be followed
 *     (a broken symbolic link) is an input with an error, if it has one of
 *     the extensions or none;
 *   - an argument that does not exist but contains * ? or [...] is a simple
 *     glob (the shell passes it through when nothing matched, or on shells
 *     that do not expand): * and ? within one path segment, ** for any depth;
 *     its matches are sorted;
 *   - anything else is passed through as a file, and reading it reports any
 *     error (missing file, permission denied).
 */
import { readdirSync, readlinkSync, statSync, type Stats } from 'node:fs'
import { extname, join } from 'node:path'
import { ioMessage } from './read'

export interface Entry {
  /** The name printed and written in the output (the path as given or found). */
  file: string
  /** Set when the argument could not be expanded (e.g. a folder with no matching file). */
  error?: string
  /** True when the entry came from a folder or a glob. */
  expanded?: boolean
}

export function expandInputs(args: string[], extensions: string[]): Entry[] {
  const exts = extensions.map((e) => '.' + e.toLowerCase())
  const entries: Entry[] = []
  for (const arg of args) {
    if (arg === '-') {
      entries.push({ file: arg })
      continue
    }
    const stat = statOrNull(arg)
    if (stat?.isDirectory()) {
      const found = walk(arg, exts)
      if (found.length === 0) entries.push({ file: arg, expanded: true, error: `folder has no ${exts.map((e) => '*' + e).join(', ')} files` })
      for (const entry of found) entries.push({ ...entry, expanded: true })
    } else if (stat === null && /[*?[]/.test(arg)) {
      const found = glob(arg)
      if (found.length === 0) entries.push({ file: arg, expanded: true, error: 'no file matches this pattern' })
      for (const file of found) entries.push({ file, expanded: true })
    } else {
      entries.push({ file: arg })
    }
  }
  return entries
}

function statOrNull(path: string) {
  try {
    return statSync(path)
  } catch {
    return null
  }
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/**
 * Matching files under `dir`, depth first, each folder's entries sorted by
 * name; with an error, the entries that could not be followed.
 */
function walk(dir: string, exts: string[]): Entry[] {
  const found: Entry[] = []
  let names: string[]
  try {
    names = readdirSync(dir).sort(byCodePoint)
  } catch {
    return found // unreadable folder: nothing found in it
  }
  for (const name of names) {
    if (name.startsWith('.')) continue
    const path = join(dir, name)
    const matches = exts.some((ext) => name.toLowerCase().endsWith(ext))
    let stat: Stats
    try {
      stat = statSync(path) // follows symbolic links
    } catch (error) {
      if (matches || extname(name) === '') found.push({ file: path, error: unfollowable(path, error) })
      continue
    }
    if (stat.isDirectory()) found.push(...walk(path, exts))
    else if (stat.isFile() && matches) found.push({ file: path })
  }
  return found
}

/**
 * Why a folder entry listed by readdir could not be stat'ed: mostly a
 * symbolic link whose target is gone. Reported as a failed input rather
 * than skipped, as a file the run was asked for — or, when the name has no
 * extension, possibly a folder of them — would otherwise be missing from
 * the output without a word.
 */
function unfollowable(path: string, error: unknown): string {
  let target: string
  try {
    target = readlinkSync(path)
  } catch {
    return ioMessage(error) // not a link: gone since readdir, or not allowed
  }
  return (error as NodeJS.ErrnoException).code === 'ENOENT'
    ? `broken symbolic link: its target ${JSON.stringify(target)} does not exist`
    : `symbolic link to ${JSON.stringify(target)} cannot be followed: ${ioMessage(error)}`
}

/** Files matching a simple glob pattern, sorted. */
export function glob(pattern: string): string[] {
  const absolute = pattern.startsWith('/')
  const segments = pattern.split('/').filter((s, i) => s !== '' || i === 0)
  if (absolute) segments.shift()
  const results: string[] = []
  const visit = (base: string, index: number): void => {
    if (index === segments.length) {
      if (statOrNull(base || '.')?.isFile()) results.push(base)
      return
    }
    const segment = segments[index]!
    const prefix = (name: string) => (base === '' ? name : base === '/' ? '/' + name : join(base, name))
    if (segment === '**') {
      visit(base, index + 1) // zero folders
      for (const name of list(base)) {
        if (!name.startsWith('.') && statOrNull(prefix(name))?.isDirectory()) visit(prefix(name), index)
      }
    } else if (!/[*?[]/.test(segment)) {
      visit(prefix(segment), index + 1)
    } else {
      const regex = segmentRegex(segment)
      for (const name of list(base)) {
        if (regex.test(name) && (segment.startsWith('.') || !name.startsWith('.'))) visit(prefix(name), index + 1)
      }
    }
  }
  visit(absolute ? '/' : '', 0)
  return [...new Set(results)].sort(byCodePoint)
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir || '.')
  } catch {
    return []
  }
}

function segmentRegex(segment: string): RegExp {
  let source = ''
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i]!
    if (c === '*') source += '[^/]*'
    else if (c === '?') source += '[^/]'
    else if (c === '[') {
      const close = segment.indexOf(']', i + 2)
      if (close === -1) source += '\\['
      else {
        let body = segment.slice(i + 1, close)
        if (body.startsWith('!')) body = '^' + body.slice(1)
        source += '[' + body.replace(/\\/g, '\\\\') + ']'
        i = close
      }
    } else source += c.replace(/[.+^${}()|\\]/g, '\\$&')
  }
  return new RegExp('^' + source + '$')
}
