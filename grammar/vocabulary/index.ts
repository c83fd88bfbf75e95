/**
 * The words baozhi's conventions are built from, grouped by convention and
 * organised in units by region (units/): the local and national press of
 * the mainland, Hong Kong, Taiwan. A user's extension is a unit of the same
 * kind.
 *
 * Everything the lexer recognises as a word of the newspaper trade comes
 * from here; tokens and the text-run pattern are generated from these lists
 * (grammar/tokens/words.ts), so adding a word is enough to teach it.
 * Words are matched against normalized text — width-folded (ASCII digits
 * and brackets) and, for traditional input, converted to simplified — so
 * write them in simplified script with ASCII digits.
 */
import { forums } from './units/forums'
import { hongKong } from './units/hong-kong'
import { mainland } from './units/mainland'
import { places } from './units/places'
import { taiwan } from './units/taiwan'

export interface Vocabulary {
  /** Sources that form a dateline alone: 本报讯, 新京报讯, 明报专讯…. */
  flashSources: string[]
  /** Sources followed by a place and a date: 本报北京5月9日电, 新华社…. */
  wireSources: string[]
  /** Who a credit belongs to: 本报记者, 本版责编. */
  affiliations: string[]
  /** Roles of the people who report a story. */
  reporterRoles: string[]
  /** Roles of desk staff: editor lines, never an article's author. */
  editorRoles: string[]
  /** Words that open a photo caption: 图为…. */
  captionCues: string[]
  /** Paper names a masthead line starts with. */
  papers: string[]
  /**
   * Places datelines name, so a place glued to a reporter's name
   * (中央社记者戴雅真台北29日电) can be split off. Unknown places still work
   * where a separator or the source stands before them (本报嘉兴5月9日电).
   */
  places: string[]
  /** Section names printed alone on a line (港闻, 要闻): page furniture. */
  sections: string[]
  /** Words that end a photo caption: 资料图片. */
  captionEnds: string[]
  /** Web page interface text copied with a story, alone on a line: 打印, 文字大小. */
  chrome: string[]
  /** Labels of the boxes set beside a story, over their own headline: 相关链接, 编辑点评. */
  sidebarLabels: string[]
}

/** A named part of a vocabulary: a region's conventions, or a user's extension. */
export interface VocabularyUnit extends Partial<Vocabulary> {
  /** Shown in error messages about the unit. */
  name: string
}

/** The vocabulary's keys, in the order units are merged. */
export const VOCABULARY_KEYS: ReadonlyArray<keyof Vocabulary> = [
  'flashSources',
  'wireSources',
  'affiliations',
  'reporterRoles',
  'editorRoles',
  'captionCues',
  'papers',
  'places',
  'sections',
  'captionEnds',
  'chrome',
  'sidebarLabels',
]

/** The union of some units' words (duplicates removed, order kept). */
export function mergeVocabulary(...units: Array<Partial<Vocabulary>>): Vocabulary {
  const merged = Object.fromEntries(VOCABULARY_KEYS.map((key) => [key, [] as string[]])) as unknown as Vocabulary
  for (const unit of units) {
    for (const key of VOCABULARY_KEYS) for (const word of unit[key] ?? []) if (!merged[key].includes(word)) merged[key].push(word)
  }
  return merged
}

/** The built-in units, in the order they are merged. */
export const builtinUnits: VocabularyUnit[] = [mainland, hongKong, taiwan, places, forums]

export const defaultVocabulary: Vocabulary = mergeVocabulary(...builtinUnits)
