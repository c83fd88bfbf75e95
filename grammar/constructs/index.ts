/**
 * The constructs, in the orders the page is read in. Each construct's file
 * holds everything about its convention (construct.ts); this file only
 * declares
 *
 * - the order the line tests are tried in: the first that recognises a
 *   line gives its reading (so a narrower convention comes before a wider
 *   one: a page citation after a byline before either alone, page
 *   furniture before credits, credits before datelines, captions before
 *   headings);
 * - the order of the second looks at a line's neighbours;
 * - the placement of each kind of row (src/assemble/assembler.ts walks the
 *   rows through this table), and the node each kind becomes among a
 *   heading group's lines.
 */
import type { Kind } from '../../src/assemble/row'
import type { LineTest, Placer, Refinement, RowNode } from './construct'
import { bylineNode, placeByline, readByline, readCitedByline, readSourcedCredit } from './byline'
import { readClippingTitle } from './clipping-title'
import { captionNode, placeCaption, readCaption, truncatedCaptions, unindentedCaptions } from './caption'
import { chromeNode, controlOptions, placeChrome, readChrome } from './chrome'
import { placeDateline, readDateline } from './dateline'
import { placeEditorLine, readContactLine, readEditorLine, readStaffWithCounters } from './editor-line'
import { extensionNode, placeExtension } from './extension'
import { readHeading, runTogetherTitles } from './heading-group'
import { placeJumpLine, readJumpLine } from './jump-line'
import { placeMasthead, readMasthead, unknownPapers } from './masthead'
import { pageHeaderNode, placePageHeader, readPageHeader } from './page-header'
import { dashedAttributions, placeText, questionsOverBody } from './paragraph'
import { photoNews, readPhotoCreditLine, readTrailingPhotoCredit } from './photo-credit'
import { placeSourceNote, readSourceNote, sourceNoteNode } from './source-note'
import { placeStamp, readStamp, readStampedByline, stampNode } from './stamp'
import { markTables, placeTable } from './table'

/** The line tests in the order they are tried, extensions' constructs after a cited byline. */
export function lineTests(extensions?: LineTest): LineTest[] {
  return [
    readClippingTitle,
    readCitedByline,
    ...(extensions ? [extensions] : []),
    readPageHeader,
    readStampedByline,
    readStamp,
    readChrome,
    readMasthead,
    readJumpLine,
    readContactLine,
    readStaffWithCounters,
    readSourceNote,
    readByline,
    readSourcedCredit,
    readEditorLine,
    readPhotoCreditLine,
    readDateline,
    readTrailingPhotoCredit,
    readCaption,
    readHeading,
  ]
}

/** The second looks, in the order they build on each other. */
export const REFINEMENTS: readonly Refinement[] = [
  unknownPapers,
  controlOptions,
  photoNews,
  unindentedCaptions,
  truncatedCaptions,
  markTables,
  questionsOverBody,
  dashedAttributions,
  runTogetherTitles,
]

/** How each kind of row is placed. */
export const PLACEMENTS: Record<Kind, Placer> = {
  masthead: placeMasthead,
  pageHeader: placePageHeader,
  stamp: placeStamp,
  chrome: placeChrome,
  jumpLine: placeJumpLine,
  editorLine: placeEditorLine,
  byline: placeByline,
  dateline: placeDateline,
  caption: placeCaption,
  heading: placeText,
  body: placeText,
  tableCell: placeTable,
  sourceNote: placeSourceNote,
  extension: placeExtension,
}

/** The node each kind of row becomes among a heading group's lines. */
export const ROW_NODES: Partial<Record<Kind, RowNode>> = {
  byline: bylineNode,
  caption: captionNode,
  sourceNote: sourceNoteNode,
  extension: extensionNode,
  pageHeader: pageHeaderNode,
  stamp: stampNode,
  chrome: chromeNode,
}
