/**
 * The built-in token types an extension may use: categories to join (an
 * extension token with `categories: [tokens.FlashSource]` becomes a
 * dateline source without new rules) and tokens to consume in new rules.
 */
export { AnyToken } from './index'
export { DateToken, DatelineDate, RelativeDate } from './dates'
export { Newline, Space } from './spacing'
export { ListMarker } from './lists'
export {
  ClauseBreak,
  Colon,
  Comma,
  Dash,
  LBook,
  LLenticular,
  LParen,
  RBook,
  RLenticular,
  RParen,
  SentenceEnd,
  Slash,
} from './punctuation'
export { Alnum, Other } from './text'
export {
  Affiliation,
  CaptionCue,
  CaptionEnd,
  EditorRole,
  FlashSource,
  Paper,
  Place,
  ReporterRole,
  Role,
  WireSource,
} from './words'
