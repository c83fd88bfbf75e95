/**
 * Expand the CLI's input arguments (globs match case-sensitively, extensions do not) into a list of files, in a stable order:
 *   - `-` is standard input;
 *   - a folder is searched recursively for files with one of the extensions
 *     (default: txt), sorted by path (code-point order), hidden entries
 *     (names starting with ".") skipped;
 *   - an argument that does not exist but contains * ? or [...] is a simple
 *     glob (the shell passes it through when nothing matched, or on shells
 *     that do not expand): * and ? within one path segment, ** for any depth;
 *     its matches are sorted;
 *   - anything else is passed through as a file, and reading it reports any
 *     error (missing file, permission denied).
 */
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

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
      for (const file of found) entries.push({ file, expanded: true })
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

/** Matching files under `dir`, depth first, each folder's entries sorted by name. */
function walk(dir: string, exts: string[]): string[] {
  const found: string[] = []
  let names: string[]
  try {
    names = readdirSync(dir).sort(byCodePoint)
  } catch {
    return found // unreadable folder: nothing found in it
  }
  for (const name of names) {
    if (name.startsWith('.')) continue
    const path = join(dir, name)
    const stat = statOrNull(path) // follows symbolic links
    if (stat === null) continue
    if (stat.isDirectory()) found.push(...walk(path, exts))
    else if (stat.isFile() && exts.some((ext) => name.toLowerCase().endsWith(ext))) found.push(path)
  }
  return found
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
