#!/usr/bin/env node
// Scores the project's parseIssue() against hand-made gold views.
//
// ORIGIN: copied from the steering workspace's shared/gold/score.mjs, the
// scorer written with the gold views of d23–d46 (format: test/fixtures/gold/
// README.md). Its logic is kept as it was: norm(), view() (the tree reduced to
// the gold view), goldView(), score() (one point per field, the article found
// by its headline, a spurious article a miss) and the "fields C/T (P%)" line.
// Added here, around it: exports, the article counts score() already made
// (found / expected / spurious, now returned), the checkout, gold folder and
// text folder defaulting to this repository, validateGoldView() for the
// fixture tests, and scoreGoldViews() for bench/accuracy.mjs and the floor
// test (test/accuracy-floor.test.ts). The view is the shared scorer's
// exactly, so the figures here are the ones it gives. (A dateline's date
// the tree infers from the issue date, 廿二日 → 5月22日, 昨日 → 5月21日, counts
// against gold views that label only what is printed: d107, d112.)
//
// usage: node bench/gold-score.mjs [CHECKOUT GOLD_DIR TEXT_DIR] [--verbose]
//   (defaults: this checkout, test/fixtures/gold, test/fixtures/corpus; build
//   first: npm run build). Imports the built package of CHECKOUT (its
// package.json exports['.']), parses each TEXT_DIR/<gold.file>, reduces the
// AST to the gold view, and prints per-document and total field accuracy.
// Last line: "fields C/T (P%)".
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
export const defaultGoldDir = join(repo, 'test', 'fixtures', 'gold');
export const defaultTextDir = join(repo, 'test', 'fixtures', 'corpus');

export async function loadPackage(dir) {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  let entry = pkg.exports?.['.'] ?? pkg.exports ?? pkg.module ?? pkg.main;
  const pick = (e) => (typeof e === 'string' ? e : e && (pick(e.import) || pick(e.default) || pick(e.node) || pick(e.require)));
  entry = pick(entry);
  if (!entry) throw new Error('no entry point in package.json');
  return import(pathToFileURL(resolve(dir, entry)).href);
}

// Traditional -> simplified for lenient comparison, when opencc-js is installed there.
let t2s = (s) => s;
function loadConverter(checkout) {
  try {
    const req = createRequire(join(resolve(checkout), 'package.json'));
    const OpenCC = req('opencc-js');
    const conv = OpenCC.Converter({ from: 'hk', to: 'cn' });
    t2s = (s) => conv(s);
  } catch { /* compare as printed */ }
}
loadConverter(repo);

const PUNCT = { ',': ',', '(': '(', ')': ')', ':': ':', ';': ';', '!': '!', '?': '?', '〔': '(', '〕': ')', '【': '(', '】': ')', '／': '/' };
const norm = (s) => t2s(String(s ?? ''))
  .replace(/[,():;!?〔〕【】／]/g, (c) => PUNCT[c])
  .replace(/[\s\u3000]+/g, ' ')
  .replace(/^[—\-–\s]+|[—\-–\s]+$/g, '')
  .trim();
/** A name in Latin letters, its words set apart by spaces: Alan K Chow (the gold views keep the spaces). */
const LATIN_NAME = /^[A-Za-z][A-Za-z.'-]*(?: [A-Za-z][A-Za-z.'-]*)+$/;
const normRole = (r) => norm(r).replace(/^(本报|本版|本刊|本台)/, '');

function textOf(node) {
  if (node == null) return '';
  if (typeof node.value === 'string') return node.value;
  if (Array.isArray(node.children)) return node.children.map(textOf).join('');
  return '';
}
function* walk(node) {
  if (!node || typeof node !== 'object') return;
  yield node;
  if (Array.isArray(node.children)) for (const c of node.children) yield* walk(c);
}
const all = (node, type) => [...walk(node)].filter((n) => n.type === type);
const creditsOf = (node) => {
  const cs = all(node, 'credit');
  if (cs.length) return cs.map((c) => ({ role: normRole(c.role), names: (c.names ?? []).map(norm).sort() }));
  if (node.role || node.names) return [{ role: normRole(node.role), names: (node.names ?? []).map(norm).sort() }];
  return [];
};
const key = (x) => JSON.stringify(x);
export function view(root) {
  const masthead = all(root, 'masthead')[0];
  return {
    masthead: masthead ? norm(masthead.paper ?? textOf(masthead)) : null,
    editorLines: all(root, 'editorLine').flatMap(creditsOf),
    captions: all(root, 'caption').map((c) => norm(textOf(c))),
    articles: all(root, 'article').map((a) => {
      const d = all(a, 'dateline')[0];
      return {
        kicker: all(a, 'kicker').map((n) => norm(textOf(n)))[0] ?? null,
        headline: norm(all(a, 'headline').map(textOf).join('')),
        subheadlines: all(a, 'subheadline').map((n) => norm(textOf(n))),
        byline: all(a, 'byline').flatMap(creditsOf),
        dateline: d ? {
          source: norm(d.source), place: d.place ? norm(d.place) : null,
          month: d.date?.month ?? null, day: d.date?.day ?? null, credits: creditsOf(d),
        } : null,
        signature: all(a, 'signature').flatMap((s) => (s.names ?? []).map(norm)),
        lists: all(a, 'list').map((l) => ({ style: norm(l.style), items: (l.children ?? []).filter((c) => c.type === 'listItem').length })),
        paragraphs: (a.children ?? []).filter((c) => c.type === 'paragraph').length,
      };
    }),
  };
}

export function goldView(g) {
  const cred = (cs) => (cs ?? []).map((c) => ({ role: normRole(c.role), names: c.names.map(norm).sort() }));
  return {
    masthead: g.masthead ? norm(g.masthead) : null,
    editorLines: cred(g.editorLines),
    captions: (g.captions ?? []).map(norm),
    articles: g.articles.map((a) => ({
      kicker: a.kicker ? norm(a.kicker) : null,
      headline: norm(a.headline),
      subheadlines: (a.subheadlines ?? []).map(norm),
      byline: cred(a.byline),
      dateline: a.dateline ? {
        source: norm(a.dateline.source), place: a.dateline.place ? norm(a.dateline.place) : null,
        month: a.dateline.month ?? null, day: a.dateline.day ?? null, credits: cred(a.dateline.credits),
      } : null,
      signature: (a.signature ?? []).map(norm),
      lists: (a.lists ?? []).map((l) => ({ style: norm(l.style), items: l.items })),
      paragraphs: a.paragraphs,
    })),
  };
}

export const ARTICLE_FIELDS = ['kicker', 'subheadlines', 'byline', 'dateline', 'signature', 'lists', 'paragraphs'];

export function score(gold, got, label) {
  let correct = 0, total = 0;
  let found = 0, spurious = 0; // (added) the article counts
  const misses = [];
  const check = (name, g, v) => {
    total++;
    if (key(g) === key(v)) correct++;
    else misses.push(`${name}: want ${key(g)} got ${key(v)}`);
  };
  check('masthead', gold.masthead, got.masthead);
  check('editorLines', gold.editorLines, got.editorLines);
  check('captions', gold.captions, got.captions);
  const unused = new Set(got.articles.keys());
  for (const ga of gold.articles) {
    const i = [...unused].find((j) => got.articles[j].headline === ga.headline);
    total++; // the article itself, found by its headline
    if (i === undefined) {
      total += ARTICLE_FIELDS.length;
      misses.push(`article missing: ${ga.headline}`);
      continue;
    }
    correct++;
    found++;
    unused.delete(i);
    for (const f of ARTICLE_FIELDS) {
      if (f === 'paragraphs' && ga.paragraphs == null) continue;
      check(`[${ga.headline.slice(0, 12)}] ${f}`, ga[f], got.articles[i][f]);
    }
  }
  for (const j of unused) { total++; spurious++; misses.push(`spurious article: ${got.articles[j].headline.slice(0, 30)}`); }
  return { label, correct, total, misses, articles: gold.articles.length, found, spurious };
}

/**
 * (added) Score every gold view of goldDir whose name passes `select`:
 * { docs: [score() result per document], correct, total, articles, found, spurious }.
 * A document whose text is missing is skipped with a note; one that throws
 * scores 0 of all its fields, as in the original. `prepare` may give each
 * document another text and view to score, in file order (a copy of the
 * page that changes what a reader sees on it: bench/variations.mjs).
 */
export function scoreGoldViews(parseIssue, { goldDir = defaultGoldDir, textDir = defaultTextDir, select = () => true, prepare = (gold, text) => ({ gold, text }) } = {}) {
  const docs = [];
  const golds = readdirSync(goldDir).filter((f) => f.endsWith('.json') && select(f.replace(/\.json$/, ''))).sort();
  for (const f of golds) {
    const printed = JSON.parse(readFileSync(join(goldDir, f), 'utf8'));
    const path = join(textDir, printed.file);
    if (!existsSync(path)) { docs.push({ label: printed.file, note: `text ${printed.file} not found` }); continue; }
    const { gold: g, text } = prepare(printed, readFileSync(path, 'utf8'));
    let r;
    try {
      const ast = parseIssue(text);
      r = score(goldView(g), view(ast), g.file);
    } catch (e) {
      const n = 3 + g.articles.length * (1 + ARTICLE_FIELDS.length);
      r = { label: g.file, correct: 0, total: n, misses: [`threw: ${e?.message ?? e}`], articles: g.articles.length, found: 0, spurious: 0 };
    }
    docs.push(r);
  }
  const scored = docs.filter((d) => !d.note);
  const sum = (k) => scored.reduce((n, d) => n + d[k], 0);
  return { docs, correct: sum('correct'), total: sum('total'), articles: sum('articles'), found: sum('found'), spurious: sum('spurious') };
}

/**
 * (added) The problems of a gold view object, as messages; [] when valid.
 * The shape of test/fixtures/gold/README.md: every key present, null where
 * the README allows it.
 */
export function validateGoldView(g) {
  const errors = [];
  const err = (path, message) => errors.push(`${path}: ${message}`);
  const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
  const str = (path, v, { empty = false, nullable = false } = {}) => {
    if (v === null && nullable) return;
    if (typeof v !== 'string' || (!empty && v === '')) err(path, `must be a ${empty ? '' : 'non-empty '}string${nullable ? ' or null' : ''}`);
  };
  const intOrNull = (path, v, min, max) => {
    if (v === null) return;
    if (!Number.isInteger(v) || v < min || v > max) err(path, `must be an integer ${min}–${max} or null`);
  };
  const keys = (path, v, allowed) => {
    for (const k of Object.keys(v)) if (!allowed.includes(k)) err(`${path}.${k}`, 'unknown key');
    for (const k of allowed) if (!(k in v)) err(`${path}.${k}`, 'is required');
  };
  const credits = (path, v) => {
    if (!Array.isArray(v)) return err(path, 'must be an array');
    v.forEach((c, i) => {
      const p = `${path}[${i}]`;
      if (!isObject(c)) return err(p, 'must be a credit object');
      keys(p, c, ['role', 'names']);
      str(`${p}.role`, c.role, { empty: true });
      if (!Array.isArray(c.names) || c.names.length === 0) return err(`${p}.names`, 'must be a non-empty array');
      c.names.forEach((n, j) => {
        str(`${p}.names[${j}]`, n);
        // (A name in Latin letters keeps the spaces between its words: Alan K Chow.)
        if (typeof n === 'string' && /\s/.test(n) && !LATIN_NAME.test(n)) err(`${p}.names[${j}]`, 'names are written without padding spaces');
      });
    });
  };
  const strings = (path, v) => {
    if (!Array.isArray(v)) return err(path, 'must be an array');
    v.forEach((s, i) => str(`${path}[${i}]`, s));
  };
  if (!isObject(g)) return ['$: must be an object'];
  keys('$', g, ['file', 'masthead', 'editorLines', 'captions', 'articles', 'notes']);
  if (typeof g.file !== 'string' || !/^[\w-]+\.txt$/.test(g.file)) err('$.file', 'must be NAME.txt');
  str('$.masthead', g.masthead, { nullable: true });
  credits('$.editorLines', g.editorLines);
  strings('$.captions', g.captions);
  str('$.notes', g.notes);
  // (Empty when the page prints no story: a page of photos and their captions.)
  if (!Array.isArray(g.articles)) return [...errors, '$.articles: must be an array'];
  if (g.articles.length === 0 && !(Array.isArray(g.captions) && g.captions.length > 0)) return [...errors, '$.articles: a page with no story must name its captions'];
  g.articles.forEach((a, i) => {
    const p = `$.articles[${i}]`;
    if (!isObject(a)) return err(p, 'must be an object');
    keys(p, a, ['kicker', 'headline', 'subheadlines', 'byline', 'dateline', 'signature', 'lists', 'paragraphs']);
    str(`${p}.kicker`, a.kicker, { nullable: true });
    str(`${p}.headline`, a.headline, { empty: true });
    strings(`${p}.subheadlines`, a.subheadlines);
    credits(`${p}.byline`, a.byline);
    strings(`${p}.signature`, a.signature);
    intOrNull(`${p}.paragraphs`, a.paragraphs, 0, 10_000);
    if (!Array.isArray(a.lists)) err(`${p}.lists`, 'must be an array');
    else a.lists.forEach((l, j) => {
      const q = `${p}.lists[${j}]`;
      if (!isObject(l)) return err(q, 'must be an object');
      keys(q, l, ['style', 'items']);
      str(`${q}.style`, l.style);
      if (!Number.isInteger(l.items) || l.items < 2) err(`${q}.items`, 'must be an integer >= 2');
    });
    if (a.dateline !== null) {
      const d = a.dateline;
      const q = `${p}.dateline`;
      if (!isObject(d)) return err(q, 'must be an object or null');
      keys(q, d, ['source', 'place', 'month', 'day', 'credits']);
      str(`${q}.source`, d.source, { nullable: true });
      str(`${q}.place`, d.place, { nullable: true });
      intOrNull(`${q}.month`, d.month, 1, 12);
      intOrNull(`${q}.day`, d.day, 1, 31);
      credits(`${q}.credits`, d.credits);
    }
  });
  return errors;
}

async function main(argv) {
  const flags = argv.filter((a) => a.startsWith('--'));
  const [checkout = repo, goldDir = defaultGoldDir, textDir = defaultTextDir] = argv.filter((a) => !a.startsWith('--'));
  const verbose = flags.includes('--verbose');
  loadConverter(checkout);
  const mod = await loadPackage(resolve(checkout));
  if (typeof mod.parseIssue !== 'function') { console.log('no parseIssue export'); console.log('fields 0/1 (0%)'); return 1; }
  const result = scoreGoldViews(mod.parseIssue, { goldDir, textDir });
  for (const r of result.docs) {
    if (r.note) { console.log(`${r.label}: ${r.note}`); continue; }
    console.log(`${r.label}: ${r.correct}/${r.total}`);
    if (verbose) for (const m of r.misses) console.log(`   - ${m}`);
  }
  const C = result.correct, T = result.total;
  const pct = T ? ((100 * C) / T).toFixed(1) : '0';
  console.log(`fields ${C}/${T} (${pct}%)`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
