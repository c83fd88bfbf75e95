/**
 * The safety net under the page builder. parseIssue never throws on a
 * string; the conventions are fixed where they fail, and this net is for
 * what is still wrong (a bug not yet found, an extension that throws):
 *
 * - a part of the page whose building fails is built again as two halves,
 *   so the rest of the page keeps its structure (where both halves build,
 *   the failure needed the lines together: its diagnostic covers them all);
 * - a single line that fails on its own is kept as a paragraph of its text;
 * - a parse that fails after building (dates, positions, fields) gives the
 *   whole input as paragraphs, one per line.
 *
 * Each failure leaves an `internal-error` diagnostic with the position of
 * what it covers and the error's message: no text is lost, and the user
 * learns where to look. (An extension's mistake found by a development
 * check is thrown on: the user asked to hear of it.)
 */
import type { NodeFactory } from '../../grammar/factory'
import type { Line } from '../../grammar/layout'
import type { Diagnostic, Issue, IssueContent, Paragraph, Position } from '../types'
import { Locator } from './positions'
import { end, start } from './row'
import { ExtensionError } from '../configure'

export const INTERNAL_ERROR = 'internal-error'

/** The diagnostic's message for an error thrown while building `what`, saying what was kept. */
function describe(error: unknown, what: string, kept = 'its text is kept as paragraphs'): string {
  const message = error instanceof Error ? error.message : String(error)
  return `${what} could not be built (${message}); ${kept}. Please report this with the text.`
}

/** A paragraph holding one span's text as printed. */
function textParagraph(position: Position, value: string): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value, position }], position }
}

/**
 * Build `lines` with `build`; where that throws, build each half, down to
 * single lines, which are kept as paragraphs. Diagnostics of a failed
 * attempt are dropped with it (the halves report their own).
 */
export function buildSafely(
  lines: Line[],
  build: (lines: Line[]) => IssueContent[],
  diagnostics: Diagnostic[],
  factory: NodeFactory,
): IssueContent[] {
  const mark = diagnostics.length
  try {
    return build(lines)
  } catch (error) {
    if (isUsersMistake(error)) throw error
    diagnostics.length = mark
    if (lines.length > 1) {
      const half = lines.length >> 1
      const built = [...buildSafely(lines.slice(0, half), build, diagnostics, factory), ...buildSafely(lines.slice(half), build, diagnostics, factory)]
      // (Where each half builds, the failure needs the lines together: the diagnostic covers them all, before the
      // halves' own, so that no failure goes unreported.)
      if (!diagnostics.slice(mark).some((diagnostic) => diagnostic.code === INTERNAL_ERROR)) {
        const position = factory.position(start(lines[0]!.tokens), end(lines.at(-1)!.tokens))
        diagnostics.splice(mark, 0, { code: INTERNAL_ERROR, message: describe(error, 'these lines, together,', 'each half was built apart'), position })
      }
      return built
    }
    const [line] = lines
    if (!line) return []
    const position = factory.position(start(line.tokens), end(line.tokens))
    diagnostics.push({ code: INTERNAL_ERROR, message: describe(error, 'this line'), position })
    return [textParagraph(position, factory.source(start(line.tokens), end(line.tokens)))]
  }
}

/**
 * An extension's mistake found by a development check (`createParser({
 * validate: true })`): the user asked for it to be thrown, not kept.
 */
export const isUsersMistake = (error: unknown): boolean => error instanceof ExtensionError

/** The line breaks of the original input: `\r\n`, `\n` or `\r`. */
const LINE = /[^\r\n]+/g
/** A line with printed characters (blank lines are not kept). */
const PRINTED = /\S/

/**
 * The last resort: the whole input as paragraphs, one per non-blank line,
 * positions computed on the original input alone (whatever failed may have
 * been the mapping from the normalized text).
 */
export function fallbackIssue(input: string, error: unknown): Issue {
  const locator = new Locator(input)
  const at = (from: number, to: number): Position => ({ start: locator.point(from), end: locator.point(to) })
  const children: IssueContent[] = []
  for (const match of input.matchAll(LINE)) {
    if (!PRINTED.test(match[0])) continue
    children.push(textParagraph(at(match.index, match.index + match[0].length), match[0]))
  }
  const position = at(0, input.length)
  return {
    type: 'issue',
    children,
    data: { diagnostics: [{ code: INTERNAL_ERROR, message: describe(error, 'this text'), position }], script: 'simplified' },
    position,
  }
}
