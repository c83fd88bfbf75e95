/**
 * OpenCC's conversion, read faster: the same dictionaries and tries as
 * opencc-js, the same output, but a character that starts no entry longer
 * than itself is looked up in a table instead of walking a trie of Maps.
 * Most characters are such: the trie walk was a fifth of a traditional
 * page's parse.
 *
 * It follows opencc-js 1.4's converter for a preset config
 * (`Converter({ from, to })` with `Locale.configs`): normalize, cut into
 * segments by the segmentation dictionary (longest match), convert each
 * segment through each dictionary group in turn. test/fast-converter.test.ts
 * checks the output is opencc-js's own on every fixture and on random text.
 */

/** A node of opencc-js's Trie: children by code point, and the value of an entry ending here. */
interface TrieNode extends Map<number, TrieNode> {
  trie_val?: string
}

/** What opencc-js's Trie offers that we use. */
export interface OpenCCTrie {
  map: TrieNode
  loadDict(dict: unknown): void
  loadDictGroup(group: unknown[]): void
  matchPrefix(s: string, i: number): { end: number; value: string } | null
}

/** A preset config of opencc-js (`Locale.configs.hk2s`). */
export interface OpenCCConfig {
  normalizationChain?: unknown[][]
  segmentation?: unknown
  conversionChain: unknown[][]
}

const NONE = 0
/** Only a one-character entry starts with this character. */
const SINGLE = 1
/** Longer entries start with it: walk the trie. */
const TRIE = 2

/** Longest-match reading of one trie, with the table shortcut. */
class Matcher {
  private readonly kinds = new Uint8Array(0x10000)
  private readonly singles: Array<string | undefined> = []

  constructor(private readonly trie: OpenCCTrie) {
    for (const [code, node] of trie.map) {
      if (code > 0xffff) continue // astral: always the trie (see `slow`)
      if (node.size > 0) this.kinds[code] = TRIE
      else if (node.trie_val !== undefined) {
        this.kinds[code] = SINGLE
        this.singles[code] = node.trie_val
      }
    }
  }

  /**
   * Reads `s` as opencc-js's Trie does, calling `matched(start, end, value)`
   * for each entry found, left to right; the rest is unmatched.
   */
  private scan(s: string, matched: (start: number, end: number, value: string) => void): void {
    const { kinds, singles, trie } = this
    let ends: Int32Array | undefined
    for (let i = 0; i < s.length; ) {
      const code = s.charCodeAt(i)
      const kind = kinds[code]!
      if (kind === SINGLE) {
        matched(i, i + 1, singles[code]!)
        i++
      } else if (kind === NONE && !slow(code)) {
        i++
      } else {
        const m = trie.matchPrefix(s, i)
        if (m) {
          matched(i, m.end, m.value)
          i = m.end
        } else {
          // Unmatched: one code point, or a whole description sequence.
          const end = descriptionArity(code) > 0 ? (ends ??= descriptionEnds(s))[i]! : 0
          i = end > i ? end : i + codePointLength(s, i)
        }
      }
    }
  }

  convert(s: string): string {
    let out = ''
    let from = 0
    this.scan(s, (start, end, value) => {
      out += s.slice(from, start) + value
      from = end
    })
    return from === 0 ? s : out + s.slice(from)
  }

  segment(s: string): string[] {
    const segments: string[] = []
    let from = 0
    this.scan(s, (start, end) => {
      if (from < start) segments.push(s.slice(from, start))
      segments.push(s.slice(start, end))
      from = end
    })
    if (from < s.length) segments.push(s.slice(from))
    return segments
  }
}

/** Characters the trie must read even with no entry: surrogates (astral entries) and ideographic description characters. */
function slow(code: number): boolean {
  return (code >= 0xd800 && code <= 0xdfff) || descriptionArity(code) > 0
}

// opencc-js skips an unmatched ideographic description sequence (⿰氵青)
// as a whole. Its core.js finds the sequence's end by recursion, which
// takes exponential time on a run of description characters (46 of ⿰:
// 0.65 s; each 4 more: ×4). The same ends are found here right to left in
// one pass: a sequence's parts all start after it.
function codePointLength(s: string, i: number): number {
  return (s.codePointAt(i) ?? 0) > 0xffff ? 2 : 1
}

function descriptionArity(code: number): number {
  if (code >= 0x2ff0 && code <= 0x2ff1) return 2
  if (code >= 0x2ff2 && code <= 0x2ff3) return 3
  if (code >= 0x2ff4 && code <= 0x2fff) return 2
  return 0
}

/** For each index of `s`, the end of the description sequence starting there, or 0. */
function descriptionEnds(s: string): Int32Array {
  const ends = new Int32Array(s.length + 1)
  for (let i = s.length - 1; i >= 0; i--) {
    const arity = descriptionArity(s.codePointAt(i) ?? 0)
    if (arity === 0) continue
    let end = i + codePointLength(s, i)
    let parts = 0
    for (; parts < arity && end < s.length; parts++) end = ends[end]! || end + codePointLength(s, end)
    ends[i] = parts === arity ? end : 0
  }
  return ends
}

/** A converter for one of opencc-js's preset configs, built with its Trie class. */
export function fastConverter(Trie: new () => OpenCCTrie, config: OpenCCConfig): (text: string) => string {
  const matcher = (load: (trie: OpenCCTrie) => void) => {
    const trie = new Trie()
    load(trie)
    return new Matcher(trie)
  }
  const normalizers = (config.normalizationChain ?? []).map((group) => matcher((t) => t.loadDictGroup(group)))
  const { segmentation } = config
  const segmenter =
    segmentation === undefined || segmentation === null
      ? undefined
      : matcher((t) =>
          Array.isArray(segmentation) && segmentation.every((d) => typeof d === 'string')
            ? t.loadDictGroup(segmentation)
            : t.loadDict(segmentation),
        )
  const converters = config.conversionChain.map((group) => matcher((t) => t.loadDictGroup(group)))
  return (text) => {
    const normalized = normalizers.reduce((s, m) => m.convert(s), text)
    const segments = segmenter ? segmenter.segment(normalized) : [normalized]
    let out = ''
    for (const segment of segments) out += converters.reduce((s, m) => m.convert(s), segment)
    return out
  }
}
