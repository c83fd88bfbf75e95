/**
 * Ordinal lists run into the text: 一是…二是…, 一为…二为…, 一要…, 第一、…第二、…,
 * 首先…其次…最后…, (一)…(二)….
 *
 * A marker opens an item only when
 *   - it starts a clause (unit start, or after , ; : 。 ! ? or an ellipsis ……) — the first 一是
 *     may be glued to the words announcing the list (重点工作一是…) when three
 *     items or more follow in order,
 *   - its family's own constraint holds (第一 must be followed by 、 , :),
 *   - it continues a run 1, 2, 3… of the same family, at least two long,
 *   - and no item is trivially short (一是一、二是二 is an idiom, not a list).
 * planLists decides this once per unit, in one pass, so the rule's gates
 * are set lookups and the parse stays linear.
 */
import { tokenMatcher, type IToken } from 'chevrotain'
import type { List, ListItem } from '../../src/types'
import { endOf, startOf, type NodeFactory } from '../factory'
import { readNumber } from '../numerals'
import type { BaozhiParser, Dsl } from '../parser'
import { CircledMarker, ClauseBreak, ListMarker, Newline, SequenceMarker, Space, markerFamilies, type TokenSet } from '../tokens'
import { toInlines, type Atom } from './inline-nodes'

export interface PlannedMarker {
  list: number
  ordinal: number
  style: string
  first: boolean
}

/**
 * An ellipsis's marks, where a transcription leaves out what stood between (…各种情形。……(一)瀋陽城防工事構築……(二)平抑物價…):
 * a marker after them opens its clause, as after a clause's mark.
 */
const ELLIPSIS_MARKS: ReadonlySet<string> = new Set(['…', '⋯', '……'])

/** Markers that really open list items, by token. */
export type ListPlan = Map<IToken, PlannedMarker>

const SEQUENCE_ORDINALS: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3 }

function ordinalOf(token: IToken, previous: number | undefined): number | undefined {
  if (tokenMatcher(token, CircledMarker)) return token.image.charCodeAt(0) - 0x2460 + 1
  if (tokenMatcher(token, SequenceMarker)) {
    if (token.image === '最后') return previous === undefined ? undefined : previous + 1
    return SEQUENCE_ORDINALS[token.image]
  }
  return readNumber(token.image.replace(/^第|^其|是$|为$|要$|、$|\.$|^\(|\)$/g, ''))
}

/** Minimum content of an item, in characters that are not punctuation. */
const MIN_ITEM_CHARS = 2

/** Whether a UTF-16 unit counts as content: a Latin letter, a digit or a Han character. */
function isContent(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff)
  )
}

/** Whether the tokens from `from` to before `to` hold MIN_ITEM_CHARS content characters (counted by code, no strings made). */
function longEnough(tokens: IToken[], from: number, to: number): boolean {
  let chars = 0
  for (let i = from; i < to; i++) {
    const image = tokens[i]!.image
    for (let k = 0; k < image.length; k++) if (isContent(image.charCodeAt(k)) && ++chars >= MIN_ITEM_CHARS) return true
  }
  return false
}

/** A marker as a list reads it: its family's style and its ordinal. */
export interface Marker {
  style: string
  ordinal: number
  /** On a list's last marker: one item was passed over before it (第一、 第二、 第四，). */
  passedOver?: boolean
}

/**
 * The marker at `tokens[i]`, if one stands there that could open an item:
 * at a clause start (`previous`, the last token before it that is not
 * spacing, is a clause break or absent), its family's constraint met (第一
 * followed by 、 , :), its ordinal readable (最后 counts on from `last`, the
 * run's last marker).
 */
export function markerAt(tokens: IToken[], i: number, previous: IToken | undefined, last?: Marker): Marker | undefined {
  const token = tokens[i]!
  if (!tokenMatcher(token, ListMarker) || (previous !== undefined && !tokenMatcher(previous, ClauseBreak) && !ELLIPSIS_MARKS.has(previous.image))) return undefined
  const family = markerFamilies.get(token.tokenType)
  const next = tokens[i + 1]
  if (!family || (family.followedBy && (next === undefined || !family.followedBy.test(next.image)))) return undefined
  const ordinal = ordinalOf(token, last?.style === family.style ? last.ordinal : undefined)
  return ordinal === undefined ? undefined : { style: family.style, ordinal }
}

/**
 * The style whose first marker may be glued to the words before it, as a list is announced
 * (今年的重点工作一是在…;二是…;三是…), and the fewest items such a list needs: the later
 * markers each open a clause, as always.
 */
const GLUED_STYLE = '一是'
const MIN_GLUED_ITEMS = 3

/** After this many items in order, one missing item is passed over (第一、… 第二、… 第四，…). */
const ITEMS_BEFORE_A_GAP = 2

/**
 * `marker` as the list's next item after `last`, or undefined when it is
 * not: the same style, the next ordinal — or, once the list has run in
 * order to its second item or further, the one after it, an item the page
 * printed elsewhere (第一、… 第二、… 第四，…); only one may be passed over.
 * 一是… then 三是… is no list.
 */
export function nextItem(marker: Marker, last: Marker): Marker | undefined {
  if (marker.style !== last.style) return undefined
  if (marker.ordinal === last.ordinal + 1) return last.passedOver ? { ...marker, passedOver: true } : marker
  const gap = !last.passedOver && last.ordinal >= ITEMS_BEFORE_A_GAP && marker.ordinal === last.ordinal + 2
  return gap ? { ...marker, passedOver: true } : undefined
}

export function planLists(tokens: IToken[]): ListPlan {
  const plan: ListPlan = new Map()
  let listId = 0
  let run: { style: string; markers: IToken[]; indexes: number[]; ordinals: number[]; glued: boolean } | undefined

  const close = (endIndex: number) => {
    if (!run || run.markers.length < (run.glued ? MIN_GLUED_ITEMS : 2)) return
    const bounds = [...run.indexes, endIndex]
    for (let k = 0; k < run.markers.length; k++) if (!longEnough(tokens, bounds[k]! + 1, bounds[k + 1]!)) return
    listId++
    run.markers.forEach((marker, k) =>
      plan.set(marker, { list: listId, ordinal: run!.ordinals[k]!, style: run!.style, first: k === 0 }),
    )
  }

  let previous: IToken | undefined // last token that is not space or newline
  // (A marker opening a line opens a clause too, where the copy printed each item on its own line with no closing
  // mark: …落到实处 ⏎ 2、完善工作机制….)
  let lineStart = true
  /** The run's last marker. */
  let last: Marker | undefined
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!
    let marker = markerAt(tokens, i, lineStart ? undefined : previous, last)
    // (今年的重点工作一是…;二是…;三是…: the first 一是 glued to the words that announce the list.)
    let glued = false
    if (!marker && previous !== undefined) {
      const loose = markerAt(tokens, i, undefined, last)
      if (loose?.ordinal === 1 && loose.style === GLUED_STYLE) [marker, glued] = [loose, true]
    }
    const next = marker && !glued && run && last ? nextItem(marker, last) : undefined
    if (next) {
      run!.markers.push(token)
      run!.indexes.push(i)
      run!.ordinals.push(next.ordinal)
      last = next
    } else if (marker?.ordinal === 1) {
      close(i)
      run = { style: marker.style, markers: [token], indexes: [i], ordinals: [1], glued }
      last = marker
    }
    if (tokenMatcher(token, Newline)) lineStart = true
    else if (!tokenMatcher(token, Space)) {
      previous = token
      lineStart = false
    }
  }
  close(tokens.length)
  return plan
}

export function defineListRules($: Dsl & BaozhiParser, _t: TokenSet): void {
  const planned = () => $.ctx.lists.get($.LA(1))

  $.list = $.RULE('list', (): List => {
    const items: ListItem[] = []
    let listId = -1
    let style = ''
    $.AT_LEAST_ONE({
      GATE: () => listId === -1 || planned()?.list === listId,
      MAX_LOOKAHEAD: 1,
      DEF: () => {
        const marker = $.CONSUME(ListMarker)
        const atoms: Atom[] = []
        $.MANY({
          GATE: () => planned() === undefined,
          MAX_LOOKAHEAD: 1,
          DEF: () => atoms.push($.SUBRULE($.atom)),
        })
        $.ACTION(() => {
          const info = $.ctx.lists.get(marker)!
          listId = info.list
          style = info.style
          items.push(listItemNode(marker, [marker, ...atoms], info, $.ctx.factory))
        })
      },
    })
    return $.ACTION(() => listNode(style, items))
  })
}

/** One item: its marker, and the atoms read up to the next marker (`atoms` start with the marker). */
export function listItemNode(marker: IToken, atoms: Atom[], info: PlannedMarker, factory: NodeFactory): ListItem {
  const children = toInlines(atoms, factory)
  const end = children.at(-1)!.position.end.offset!
  return {
    type: 'listItem',
    ordinal: info.ordinal,
    marker: factory.source(startOf(marker), endOf(marker)),
    children,
    position: factory.position(startOf(marker), end),
  }
}

export function listNode(style: string, items: ListItem[]): List {
  return {
    type: 'list',
    style,
    children: items,
    position: {
      start: items[0]!.position.start,
      end: items.at(-1)!.position.end,
    },
  }
}
