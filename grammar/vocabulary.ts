/**
 * The words baozhi's conventions are built from, grouped by convention.
 *
 * Everything the lexer recognises as a word of the newspaper trade comes
 * from here; tokens and the text-run pattern are generated from these lists
 * (grammar/tokens/words.ts), so adding a word is enough to teach it.
 * Words are matched against width-folded text (full-width ＡＢ１（ become
 * ASCII), so write them with ASCII digits and brackets.
 */
export interface Vocabulary {
  /** Sources that form a dateline alone: 本报讯, 新京报讯…. */
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
}

export const defaultVocabulary: Vocabulary = {
  flashSources: ['本报讯'],
  wireSources: ['本报', '新华社'],
  affiliations: ['本报', '本版', '新华社'],
  // Longer roles first within a list is not needed: the lexer sorts by length.
  reporterRoles: ['记者', '通讯员', '实习生', '见习记者', '实习记者', '特约记者', '特派记者'],
  editorRoles: ['责编', '责任编辑', '编辑', '美编', '校对'],
  captionCues: ['图为'],
  papers: ['忻州日报', '人民日报', '光明日报', '经济日报', '科技日报', '新华每日电讯'],
}
