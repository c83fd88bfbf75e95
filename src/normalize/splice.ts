/**
 * Rewriting a text in places and keeping where each offset came from: the
 * one way normalization's steps that move offsets (entities.ts, pinyin.ts,
 * unwrap.ts) build their text and their map back.
 */

/** A stretch of the text, `[start, end)`, read as `by` (empty: taken out). */
export interface Edit {
  start: number
  end: number
  by: string
}

export interface Spliced {
  text: string
  /** For each offset of `text` (and its end), the offset in the text it came from; absent when nothing changed. */
  toInput?: Int32Array
}

/**
 * The text with its edits (in order, none overlapping) made, and where each
 * offset of it came from: a kept character from itself, each unit of a
 * replacement from its stretch's start, what follows from the stretch's end.
 */
export function splice(text: string, edits: readonly Edit[]): Spliced {
  if (edits.length === 0) return { text }
  let out = ''
  const map: number[] = []
  let from = 0
  for (const { start, end, by } of edits) {
    for (let k = from; k < start; k++) map.push(k)
    out += text.slice(from, start) + by
    for (let k = 0; k < by.length; k++) map.push(start)
    from = end
  }
  for (let k = from; k < text.length; k++) map.push(k)
  out += text.slice(from)
  map.push(text.length)
  return { text: out, toInput: Int32Array.from(map) }
}
