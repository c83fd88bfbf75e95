/**
 * What the accuracy bench reads out of a baozhi tree: the same fields as the
 * hand-written expectations in test/fixtures/expected/*.json (see the schema
 * in bench/accuracy.mjs), but every field as a LIST, so that extra nodes
 * (a second headline, a second signature…) are visible and can be counted.
 *
 *   extract(tree) → {
 *     script,
 *     articles: [{ kicker: [text], headline: [text], subheadlines: [text],
 *                  bylines: [credit], dateline: { source, place?, date?, credits } | undefined,
 *                  paragraphs: n, intertitles: [text], lists: [{ style, items }],
 *                  captions: [text], signature: [credit], staff: [credit] }],
 *     root: { mastheads, pageHeaders, editorLines: [credit], captions, other },
 *   }
 *
 * How the tree maps to fields:
 *   - articles: the issue's `article` children, in order;
 *   - kicker / headline / subheadlines / intertitles / captions: the article's
 *     direct children of that type, as `toString` (layout breaks skipped);
 *   - bylines: the `credit` children of every `byline` (a byline without a
 *     credit child counts as one credit whose names are its whole text);
 *   - dateline: the FIRST `dateline` anywhere in the article (source, place,
 *     date — its calendar date, `resolved` where the issue date completed
 *     it — and its `credit` children);
 *   - paragraphs: the number of direct `paragraph` children, plus the rows
 *     of direct `table` children (the expectations count a table's printed
 *     row, header included, as one paragraph);
 *   - lists: every `list` in the article, as { style, items: listItem count };
 *   - signature: every direct `signature` child (role, names);
 *   - staff: the credits of `editorLine`s INSIDE the article (Hong Kong desk
 *     lines 編輯：/美術：). An editorLine at the top level is a page editor
 *     line (本版责编:…) and goes to root.editorLines, whatever precedes it;
 *   - root: mastheads by `paper`; pageHeaders, captions as text; editorLines'
 *     credits; every other top-level node that is not an article (paragraph,
 *     jumpLine, stamp, chrome, unknown) is `other`, as text;
 *   - page furniture is the page's wherever the tree puts it: a pageHeader,
 *     stamp or chrome line inside an article's heading group (a web page's
 *     港聞 / 發佈時間 under its title) counts at the root like one outside.
 */
import { toString, visit } from 'baozhi'

/** @typedef {{ role?: string, affiliation?: string, names: string[] }} Credit */

/** A credit node (or a signature) as a plain credit. */
function credit(node) {
  /** @type {Credit} */
  const out = { names: Array.isArray(node.names) ? [...node.names] : [] }
  if (node.role !== undefined) out.role = node.role
  if (node.affiliation !== undefined) out.affiliation = node.affiliation
  return out
}

/** The credits held by a byline or an editor line. */
function creditsOf(node) {
  const credits = (node.children ?? []).filter((child) => child.type === 'credit').map(credit)
  return credits.length > 0 ? credits : [{ names: [toString(node)] }]
}

function childrenOfType(node, type) {
  return (node.children ?? []).filter((child) => child.type === type)
}

/** The fields of one article. */
export function extractArticle(article) {
  const texts = (type) => childrenOfType(article, type).map((node) => toString(node))

  let dateline
  visit(article, 'dateline', (node) => {
    dateline = {
      source: node.source,
      credits: (node.children ?? []).filter((child) => child.type === 'credit').map(credit),
    }
    if (node.place !== undefined) dateline.place = node.place
    if (node.date) {
      const date = {}
      // (The calendar date, where the issue date completed the printed numbers: the expectations record it.)
      const numbers = node.date.resolved ?? node.date
      for (const key of ['year', 'month', 'day']) if (numbers[key] !== undefined) date[key] = numbers[key]
      dateline.date = date
    }
    return false // EXIT: the first dateline only
  })

  const lists = []
  visit(article, 'list', (node) => {
    lists.push({ style: node.style, items: (node.children ?? []).filter((child) => child.type === 'listItem').length })
  })

  return {
    kicker: texts('kicker'),
    headline: texts('headline'),
    subheadlines: texts('subheadline'),
    bylines: childrenOfType(article, 'byline').flatMap(creditsOf),
    dateline,
    paragraphs:
      childrenOfType(article, 'paragraph').length +
      childrenOfType(article, 'table').reduce((rows, table) => rows + table.children.length, 0),
    intertitles: texts('intertitle'),
    lists,
    captions: texts('caption'),
    signature: childrenOfType(article, 'signature').map(credit),
    staff: childrenOfType(article, 'editorLine').flatMap(creditsOf),
  }
}

/** Page furniture: the page's, even inside an article's heading group. */
const FURNITURE = new Set(['pageHeader', 'stamp', 'chrome'])

/** The fields of a whole tree. */
export function extract(tree) {
  const root = { mastheads: [], pageHeaders: [], editorLines: [], captions: [], other: [] }
  const articles = []
  const addRoot = (node) => {
    switch (node.type) {
      case 'masthead':
        root.mastheads.push(node.paper ?? toString(node))
        break
      case 'pageHeader':
        root.pageHeaders.push(toString(node))
        break
      case 'editorLine':
        root.editorLines.push(...creditsOf(node))
        break
      case 'caption':
        root.captions.push(toString(node))
        break
      default:
        root.other.push(toString(node))
    }
  }
  for (const node of tree.children ?? []) {
    if (node.type !== 'article') {
      addRoot(node)
      continue
    }
    articles.push(extractArticle(node))
    for (const child of node.children ?? []) if (FURNITURE.has(child.type)) addRoot(child)
  }
  return { script: tree.data?.script, articles, root }
}
