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
import { displayLines } from './display-lines'
import { bylineNode, bylineTails, echoedAuthorFields, readAuthorBox, readAuthorIs, readNameFirstCredit, readNamesFiledFrom, placeByline, readByline, readUnnamedCredit, readNamesUnderRoleLabel, readCitedByline, readOfficeUnderTitle, readSourcedCredit, readTitledByline, readWriterUnderTitle } from './byline'
import { CLIPPING_TITLE_PATTERNS, readClippingTitle } from './clipping-title'
import { pairedSectionHeads } from './intertitle'
import { captionNode, placeCaption, readCaption, readCaptionedLead, readClosingCaption, doubledCaptions, truncatedCaptions, captionRuns, captionsUnderFileNames, captionUnderPhotoByline, namedSceneCaptions, galleryOverDateline, photoTitleRuns, pointedNotes, unindentedCaptions } from './caption'
import { CHROME_PATTERNS, chromeNode, controlOptions, latinPageTop, repeatedBanner, listingBullets, summaryFields, placeChrome, readChrome, readCutTeaser, watermarks, leakedAttributes } from './chrome'
import { APP_BANNER_PATTERNS, appBanners } from './app-banner'
import { PAGE_LINK_PATTERNS, markdownLinks, tailLinks, relatedLinks } from './page-links'
import { PAGE_TITLE_PATTERNS, altTextEchoes, echoedTitles, gluedPageTitles, readTitleWithSite } from './page-titles'
import { TITLE_INDEX_PATTERNS, titleIndex } from './title-index'
import { placeDateline, readDateline, readTitledLead } from './dateline'
import { EDITOR_LINE_PATTERNS, placeEditorLine, staffFieldsInText, readContactLine, readEditorLine, readFieldRow, readCreditFields, readNamesUnderStaffLabel, readSpacedFieldRow, readStaffInFooter, readStaffWithCounters, readStaffClosingSiteRow } from './editor-line'
import { extensionNode, placeExtension } from './extension'
import { cutTitles, readHeading, runTogetherTitles } from './heading-group'
import { SITE_FIELD_PATTERNS, readSiteFields } from './site-fields'
import { columnLabels } from './heading-lines'
import { END_MARK_PATTERNS, latinEndMarks, placeEndMark, readEndMark } from './end-mark'
import { JUMP_LINE_PATTERNS, placeJumpLine, readGluedJump, readJumpLine, titlesWithPointers } from './jump-line'
import { placeMasthead, readMasthead, unknownPapers } from './masthead'
import { PAGE_HEADER_PATTERNS, pageDateOverText, pageHeaderNode, pageLists, placePageHeader, readPageHeader } from './page-header'
import { NOTICE_PATTERNS, helplineEntries, placeNotice, readNotice } from './notice'
import { dashedAttributions, placeText, questionsOverBody } from './paragraph'
import { wrappedText } from './wrapped-text'
import { photoNews, readPhotoCreditLine, readProviderCreditLine, readTrailingPhotoCredit } from './photo-credit'
import { SOURCE_NOTE_PATTERNS, placeSourceNote, readSourceNote, readSourceThenStaff, sourceNoteNode, sourceValuesUnderLabel } from './source-note'
import { readClosingBracket } from './signature'
import { STAMP_PATTERNS, placeStamp, readDatePart, readFieldsWithCredits, readListedField, readStamp, readStampedByline, readWriterBeforeStamp, stampNeighbours, stampNode } from './stamp'
import { TITLE_BAR_PATTERNS, columnBarsOverTitles, longTitlesOverStamps, readPostMeta, readTitleDateNames, readTitledStamp } from './title-bar'
import { markTables, placeTable } from './table'
import { RECORD_FIELD_PATTERNS, readRecordField } from './record-fields'
import { MARKDOWN_PATTERNS, frontMatterTitle, readMarkdownLine } from './markdown'
import { SIDEBAR_PATTERNS } from './sidebar'
import { LISTING_DATE_PATTERNS, readListingDate } from './listing-date'
import { HOTLINE_COLUMN_PATTERNS, bulletedLabels } from './hotline-column'
import { NAVIGATION_PATTERNS, brokenBreadcrumbs, channelByCrumb, channelLabels, channelUnderFields, crumbsOverTitle, menuRuns } from './navigation'

/**
 * The line tests in the order they are tried: extensions' constructs after
 * the three that split a line in rows first (a clipping's index line, a
 * cited byline, a title with its byline); the stamps and site fields that
 * split one come among the furniture.
 */
export function lineTests(extensions?: LineTest): LineTest[] {
  return [
    readClippingTitle,
    readCitedByline,
    readTitledByline,
    ...(extensions ? [extensions] : []),
    readMarkdownLine,
    readRecordField,
    readListingDate,
    readStaffClosingSiteRow,
    readPageHeader,
    readTitledStamp,
    readTitleDateNames,
    readPostMeta,
    readTitleWithSite,
    readListedField,
    readDatePart,
    readStampedByline,
    readWriterBeforeStamp,
    readFieldsWithCredits,
    readStamp,
    readStaffInFooter,
    readChrome,
    readMasthead,
    readJumpLine,
    readGluedJump,
    readEndMark,
    readContactLine,
    readNotice,
    readStaffWithCounters,
    readSpacedFieldRow,
    readFieldRow,
    readSourceThenStaff,
    readSourceNote,
    readNamesUnderRoleLabel,
    readNamesUnderStaffLabel,
    readAuthorBox,
    readAuthorIs,
    readNameFirstCredit,
    readNamesFiledFrom,
    readByline,
    readUnnamedCredit,
    readSourcedCredit,
    readEditorLine,
    readCreditFields,
    readPhotoCreditLine,
    readProviderCreditLine,
    readTitledLead,
    readCaptionedLead,
    readDateline,
    readClosingCaption,
    readTrailingPhotoCredit,
    readCaption,
    readClosingBracket,
    readCutTeaser,
    readWriterUnderTitle,
    readOfficeUnderTitle,
    readSiteFields,
    readHeading,
  ]
}

/** The second looks, in the order they build on each other. */
export const REFINEMENTS: readonly Refinement[] = [
  unknownPapers,
  pageLists,
  pageDateOverText,
  markdownLinks,
  leakedAttributes,
  frontMatterTitle,
  summaryFields,
  listingBullets,
  brokenBreadcrumbs,
  latinPageTop,
  repeatedBanner,
  watermarks,
  crumbsOverTitle,
  channelByCrumb,
  longTitlesOverStamps,
  columnBarsOverTitles,
  menuRuns,
  displayLines,
  titlesWithPointers,
  controlOptions,
  titleIndex,
  appBanners,
  stampNeighbours,
  sourceValuesUnderLabel,
  channelLabels,
  channelUnderFields,
  gluedPageTitles,
  echoedTitles,
  altTextEchoes,
  columnLabels,
  helplineEntries,
  // (A photo's caption under its file name is read before photo news, whose text may stand under it.)
  captionsUnderFileNames,
  namedSceneCaptions,
  photoNews,
  bylineTails,
  echoedAuthorFields,
  bulletedLabels,
  unindentedCaptions,
  pointedNotes,
  truncatedCaptions,
  doubledCaptions,
  captionRuns,
  captionUnderPhotoByline,
  galleryOverDateline,
  photoTitleRuns,
  markTables,
  wrappedText,
  questionsOverBody,
  dashedAttributions,
  runTogetherTitles,
  cutTitles,
  tailLinks,
  relatedLinks,
  pairedSectionHeads,
  staffFieldsInText,
  // (Last: END closes a post only under a sentence the rows as they finally read end.)
  latinEndMarks,
]

/** How each kind of row is placed. */
export const PLACEMENTS: Record<Kind, Placer> = {
  masthead: placeMasthead,
  pageHeader: placePageHeader,
  stamp: placeStamp,
  chrome: placeChrome,
  jumpLine: placeJumpLine,
  endMark: placeEndMark,
  notice: placeNotice,
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

/** Every pattern of the furniture constructs, for the test that checks none backtracks. */
export const FURNITURE_PATTERNS: readonly RegExp[] = [
  ...PAGE_HEADER_PATTERNS,
  ...STAMP_PATTERNS,
  ...TITLE_BAR_PATTERNS,
  ...CHROME_PATTERNS,
  ...APP_BANNER_PATTERNS,
  ...PAGE_LINK_PATTERNS,
  ...PAGE_TITLE_PATTERNS,
  ...TITLE_INDEX_PATTERNS,
  ...JUMP_LINE_PATTERNS,
  ...END_MARK_PATTERNS,
  ...NOTICE_PATTERNS,
  ...SOURCE_NOTE_PATTERNS,
  ...EDITOR_LINE_PATTERNS,
  ...CLIPPING_TITLE_PATTERNS,
  ...RECORD_FIELD_PATTERNS,
  ...MARKDOWN_PATTERNS,
  ...LISTING_DATE_PATTERNS,
  ...HOTLINE_COLUMN_PATTERNS,
  ...NAVIGATION_PATTERNS,
  ...SIDEBAR_PATTERNS,
  ...SITE_FIELD_PATTERNS,
]
