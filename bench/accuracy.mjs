/**
 * Accuracy bench: how close the parser's trees come to what a careful reader
 * identifies on real newspaper text, part by part.
 *
 *   npm run accuracy              # build, then the tables and the summary
 *   node bench/accuracy.mjs --verbose   # with every mismatch (expected vs got)
 *
 * PARTS. Every text of test/fixtures/corpus and test/fixtures/pages has one
 * hand-written reading, and is scored by the scorer of that reading's format:
 *   (a) d01–d22 and the sample page: expectations test/fixtures/expected/
 *       NAME.json (schema below), scored here item by item (recall and
 *       precision);
 *   (b) d23–d46, (c) d47–d120, (d) d121–d144, (e) d145–d165, (f) d166–d178,
 *       (g) d179–d198, (h) d199–d218, (i) d219–d234, (j) d235–d254, (k) d255–d274, (l) d275–d294, (m) d295–d314, (n) d315–d334, (o) d335–d354, (p) d355–d374, (q) d375–d394, (r) d395–d414, (s) d415–d431, (t) d432–d451, (u) d452–d468, (v) d469–d475, (w) d476–d490, (x) d491–d495, (y) d496–d500, (z) d501–d505, (aa) d506–d511, (ab) d512–d518, (ac) d519–d523, (ad) d524–d529, (ae) d530–d536, (af) d537–d542, (ag) d543–d548, (ah) d549–d556, (ai) d557–d560, (aj) d561–d566, (ak) d567–d571, (al) d572–d578, (am) d579–d582, (an) d583–d585, (ao) d586–d591, (ap) d592–d594, (aq) d595–d600, (ar) d601–d606, (as) d607–d611, (at) d612–d614, (au) d615–d621, (av) d622, (aw) d623–d627, (ax) d628–d633, (ay) d634–d639, (az) d640–d643, (ba) d644–d648, (bb) d649–d652, (bc) d653–d657, (bd) d658–d663, (be) d664–d667, (bf) d668–d673, (bg) d674–d678, (bh) d679–d687, (bi) d688–d691, (bj) d692–d695, (bk) d696–d698, (bl) d699–d703, (bm) d704–d707, (bn) d708–d713, (bo) d714–d716, (bp) d717–d722, (bq) d723–d728, (br) d729–d732, (bs) d733, (bt) d734–d739, (bu) d740–d743, (bv) d744–d748, (bw) d749–d752, (bx) d753–d754, (by) d755–d759, (bz) d760–d764, (ca) d765–d770, (cb) d771–d776, (cc) d777–d782, (cd) d783–d788, (ce) d789–d791, (cf) d792–d794, (cg) d795–d800, (ch) d801–d805, (ci) d806–d810, (cj) d811–d814, (ck) d815–d817, (cl) d818–d821, (cm) d822–d826, (cn) d827–d831, (co) d832–d835, (cp) d836–d839, (cq) d840–d844, (cr) d845–d849, (cs) d850–d855, (ct) d856–d859, (cu) d860, (cv) d861–d867, (cw) d868–d873, (cx) d874–d879, (cy) d880–d886, (cz) d887–d891, (da) d892–d899, (db) d900–d907, (dc) d908–d912, (dd) d913–d918, (de) d919–d922, (df) d923–d927, (dg) d928–d930, (dh) d931–d942, (di) d943–d949, (dj) d950–d953, (dk) d954–d956, (dl) d957–d960, (dm) d961–d966, (dn) d967–d968, (do) d969–d972, (dp) d973, (dq) d974–d975, (dr) d976–d978, (ds) d979–d980, (dt) d981–d983, (du) d984–d986, (dv) d987–d989, (dw) d990–d991, (dx) d992–d994, (dy) d995, (dz) d996, (ea) d997, (eb) d998–d999, (ec) d1000–d1001, (ed) d1002–d1003, (ee) d1004, (ef) d1005–d1007, (eg) d1008–d1010, (eh) d1011–d1013, (ei) d1014, (ej) d1015–d1016, (ek) d1017–d1018, (el) d1019, (em) d1020–d1021, (en) d1022–d1025, (eo) d1026–d1029, (ep) d1030–d1031, (eq) d1032–d1034, (er) d1035–d1038, (es) d1039–d1041, (et) d1042–d1044 and (eu) d1045 onward: gold views test/fixtures/gold/NAME.json
 *       (test/fixtures/gold/README.md), scored field by field by
 *       bench/gold-score.mjs, with the articles found by their headline.
 *       Parts (d) to (l) were held out: gathered and labelled by
 *       reading, and measured before any rule was written for them.
 * The summary gives each part, the gold views together, and all parts added
 * together (items of (a) and fields of the gold views counted alike), beside the
 * floors of test/fixtures/accuracy-floor.json that `npm test` holds them to.
 * The files' `notes` explain the judgement calls.
 *
 * SCORING. Both the expectation and the tree (read out by bench/extract.mjs)
 * are turned into ITEMS, grouped by field:
 *   script 1; per article: kicker 1, headline 1, each subheadline, each byline
 *   credit, dateline source 1, dateline place 1, dateline date 1, each
 *   dateline credit, paragraphs 1 (the count), each intertitle, each list
 *   ({style, items}), each caption, signature 1, each staff credit; at the
 *   root: each masthead, pageHeader, editorLine credit, caption, other line.
 * Within a field, expected and got items are paired one to one when equal.
 * Articles are paired by an order-preserving alignment that maximises the
 * number of equal items (so one split or merged article does not shift every
 * later one); an article left unpaired counts all its items as missed
 * (expected side) or as extras (got side).
 *
 * We report BOTH sides:
 *   recall    = right / expected   — how much of the reader's page the tree has
 *   precision = right / got        — how much of what the tree claims is right
 * so extra articles, a second headline, a caption made of body text… lower
 * precision without being hidden. The headline number is recall; precision
 * is printed beside it.
 *
 * EQUALITY. Texts are compared as printed (traditional stays traditional,
 * full-width stays full-width) after removing invisible characters
 * (whitespace, line breaks, controls, format and private-use characters such
 * as the U+E40C line mark of the SogouCS reposts). Credits: same names, same
 * role (absent = absent); affiliation only when the expectation states one.
 * Dates: same year, month and day (absent = absent). Lists: same item count
 * and same style after NFKC width folding (１． = 1.). Paragraphs: same count.
 *
 * Exit code 0 always (a measurement, not a test), unless a fixture throws
 * while parsing: then 1.
 *
 * EXPECTATION SCHEMA (validateExpectation below checks it):
 *   { script: 'simplified' | 'traditional',
 *     articles: [{ kicker?, headline?, subheadlines?, bylines?, dateline?,
 *                  paragraphs, intertitles?, lists?, captions?, signature?, staff? }],
 *     root?: { mastheads?, pageHeaders?, editorLines?, captions?, other? },
 *     notes?: [string] }
 *   credit = { role?, affiliation?, names: [string] }
 *   dateline = { source, place?, date?: { year?, month?, day? }, credits?: [credit] }
 *   list = { style, items }
 * A key is omitted rather than null or []; `paragraphs` is always present.
 * `headline` is required by the brief but may be omitted when the text prints
 * none (d22: the title was lost in the scrape; its notes say so).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseIssue } from 'baozhi'
import { extract } from './extract.mjs'
import { scoreGoldViews } from './gold-score.mjs'

const here = dirname(fileURLToPath(import.meta.url))
export const fixturesDir = join(here, '..', 'test', 'fixtures')
export const expectedDir = join(fixturesDir, 'expected')

// ---------------------------------------------------------------------------
// Fixtures

/**
 * The fixtures of part (a), those with a hand-written expectation
 * (expected/NAME.json): { name, path } for corpus/*.txt and pages/*.txt.
 * The other texts have gold views instead (gold/NAME.json, parts b and c).
 */
export function listFixtures() {
  const out = []
  for (const sub of ['corpus', 'pages']) {
    const dir = join(fixturesDir, sub)
    if (!existsSync(dir)) continue
    for (const file of readdirSync(dir).sort()) {
      const name = basename(file, '.txt')
      if (file.endsWith('.txt') && existsSync(join(expectedDir, `${name}.json`))) out.push({ name, path: join(dir, file) })
    }
  }
  return out
}

/** The gold-view parts, by the number of the text (dNN). */
export const GOLD_PARTS = [
  { id: 'b', label: '(b) d23–d46 gold views', first: 23, last: 46 },
  { id: 'c', label: '(c) d47–d120 gold views', first: 47, last: 120 },
  { id: 'd', label: '(d) d121–d144 held out', first: 121, last: 144 },
  { id: 'e', label: '(e) d145–d165 held out, 2nd', first: 145, last: 165 },
  { id: 'f', label: '(f) d166–d178 held out, 3rd', first: 166, last: 178 },
  { id: 'g', label: '(g) d179–d198 held out, 4th', first: 179, last: 198 },
  { id: 'h', label: '(h) d199–d218 held out, 5th', first: 199, last: 218 },
  { id: 'i', label: '(i) d219–d234 held out, 6th', first: 219, last: 234 },
  { id: 'j', label: '(j) d235–d254 held out, 7th', first: 235, last: 254 },
  { id: 'k', label: '(k) d255–d274 held out, 8th', first: 255, last: 274 },
  { id: 'l', label: '(l) d275–d294 held out, 9th', first: 275, last: 294 },
  { id: 'm', label: '(m) d295–d314 held out, 10th', first: 295, last: 314 },
  { id: 'n', label: '(n) d315–d334 held out, 11th', first: 315, last: 334 },
  { id: 'o', label: '(o) d335–d354 held out, 12th', first: 335, last: 354 },
  { id: 'p', label: '(p) d355–d374 held out, 13th', first: 355, last: 374 },
  { id: 'q', label: '(q) d375–d394 held out, 14th', first: 375, last: 394 },
  { id: 'r', label: '(r) d395–d414 held out, 15th', first: 395, last: 414 },
  { id: 's', label: '(s) d415–d431 held out, 16th', first: 415, last: 431 },
  { id: 't', label: '(t) d432–d451 held out, 17th', first: 432, last: 451 },
  { id: 'u', label: '(u) d452–d468 held out, 18th', first: 452, last: 468 },
  { id: 'v', label: '(v) d469–d475 held out, 19th', first: 469, last: 475 },
  { id: 'w', label: '(w) d476–d490 held out, 20th', first: 476, last: 490 },
  { id: 'x', label: '(x) d491–d495 held out, 21st', first: 491, last: 495 },
  { id: 'y', label: '(y) d496–d500 held out, 22nd', first: 496, last: 500 },
  { id: 'z', label: '(z) d501–d505 held out, 23rd', first: 501, last: 505 },
  { id: 'aa', label: '(aa) d506–d511 held out, 24th', first: 506, last: 511 },
  { id: 'ab', label: '(ab) d512–d518 held out, 25th', first: 512, last: 518 },
  { id: 'ac', label: '(ac) d519–d523 held out, 26th', first: 519, last: 523 },
  { id: 'ad', label: '(ad) d524–d529 held out, 27th', first: 524, last: 529 },
  { id: 'ae', label: '(ae) d530–d536 held out, 28th', first: 530, last: 536 },
  { id: 'af', label: '(af) d537–d542 held out, 29th', first: 537, last: 542 },
  { id: 'ag', label: '(ag) d543–d548 held out, 30th', first: 543, last: 548 },
  { id: 'ah', label: '(ah) d549–d556 held out, 31st', first: 549, last: 556 },
  { id: 'ai', label: '(ai) d557–d560 held out, 32nd', first: 557, last: 560 },
  { id: 'aj', label: '(aj) d561–d566 held out, 33rd', first: 561, last: 566 },
  { id: 'ak', label: '(ak) d567–d571 held out, 34th', first: 567, last: 571 },
  { id: 'al', label: '(al) d572–d578 held out, 35th', first: 572, last: 578 },
  { id: 'am', label: '(am) d579–d582 held out, 36th', first: 579, last: 582 },
  { id: 'an', label: '(an) d583–d585 held out, 37th', first: 583, last: 585 },
  { id: 'ao', label: '(ao) d586–d591 held out, 38th', first: 586, last: 591 },
  { id: 'ap', label: '(ap) d592–d594 held out, 39th', first: 592, last: 594 },
  { id: 'aq', label: '(aq) d595–d600 held out, 40th', first: 595, last: 600 },
  { id: 'ar', label: '(ar) d601–d606 held out, 41st', first: 601, last: 606 },
  { id: 'as', label: '(as) d607–d611 held out, 42nd', first: 607, last: 611 },
  { id: 'at', label: '(at) d612–d614 held out, 43rd', first: 612, last: 614 },
  { id: 'au', label: '(au) d615–d621 held out, 44th', first: 615, last: 621 },
  { id: 'av', label: '(av) d622 held out, 45th', first: 622, last: 622 },
  { id: 'aw', label: '(aw) d623–d627 held out, 46th', first: 623, last: 627 },
  { id: 'ax', label: '(ax) d628–d633 held out, 47th', first: 628, last: 633 },
  { id: 'ay', label: '(ay) d634–d639 held out, 48th', first: 634, last: 639 },
  { id: 'az', label: '(az) d640–d643 held out, 49th', first: 640, last: 643 },
  { id: 'ba', label: '(ba) d644–d648 held out, 50th', first: 644, last: 648 },
  { id: 'bb', label: '(bb) d649–d652 held out, 51st', first: 649, last: 652 },
  { id: 'bc', label: '(bc) d653–d657 held out, 52nd', first: 653, last: 657 },
  { id: 'bd', label: '(bd) d658–d663 held out, 53rd', first: 658, last: 663 },
  { id: 'be', label: '(be) d664–d667 held out, 54th', first: 664, last: 667 },
  { id: 'bf', label: '(bf) d668–d673 held out, 55th', first: 668, last: 673 },
  { id: 'bg', label: '(bg) d674–d678 held out, 56th', first: 674, last: 678 },
  { id: 'bh', label: '(bh) d679–d687 held out, 57th', first: 679, last: 687 },
  { id: 'bi', label: '(bi) d688–d691 held out, 58th', first: 688, last: 691 },
  { id: 'bj', label: '(bj) d692–d695 held out, 59th', first: 692, last: 695 },
  { id: 'bk', label: '(bk) d696–d698 held out, 60th', first: 696, last: 698 },
  { id: 'bl', label: '(bl) d699–d703 held out, 61st', first: 699, last: 703 },
  { id: 'bm', label: '(bm) d704–d707 held out, 62nd', first: 704, last: 707 },
  { id: 'bn', label: '(bn) d708–d713 held out, 63rd', first: 708, last: 713 },
  { id: 'bo', label: '(bo) d714–d716 held out, 64th', first: 714, last: 716 },
  { id: 'bp', label: '(bp) d717–d722 held out, 65th', first: 717, last: 722 },
  { id: 'bq', label: '(bq) d723–d728 held out, 66th', first: 723, last: 728 },
  { id: 'br', label: '(br) d729–d732 held out, 67th', first: 729, last: 732 },
  { id: 'bs', label: '(bs) d733 held out, 68th', first: 733, last: 733 },
  { id: 'bt', label: '(bt) d734–d739 held out, 69th', first: 734, last: 739 },
  { id: 'bu', label: '(bu) d740–d743 gathered, 70th', first: 740, last: 743 },
  { id: 'bv', label: '(bv) d744–d748 gathered, 71st', first: 744, last: 748 },
  { id: 'bw', label: '(bw) d749–d752 gathered, 72nd', first: 749, last: 752 },
  { id: 'bx', label: '(bx) d753–d754 gathered, 73rd', first: 753, last: 754 },
  { id: 'by', label: '(by) d755–d759 gathered, 74th', first: 755, last: 759 },
  { id: 'bz', label: '(bz) d760–d764 held out, 75th', first: 760, last: 764 },
  { id: 'ca', label: '(ca) d765–d770 held out, 76th', first: 765, last: 770 },
  { id: 'cb', label: '(cb) d771–d776 held out, 77th', first: 771, last: 776 },
  { id: 'cc', label: '(cc) d777–d782 held out, 78th', first: 777, last: 782 },
  { id: 'cd', label: '(cd) d783–d788 held out, 79th', first: 783, last: 788 },
  { id: 'ce', label: '(ce) d789–d791 held out, 80th', first: 789, last: 791 },
  { id: 'cf', label: '(cf) d792–d794 held out, 81st', first: 792, last: 794 },
  { id: 'cg', label: '(cg) d795–d800 held out, 82nd', first: 795, last: 800 },
  { id: 'ch', label: '(ch) d801–d805 held out, 83rd', first: 801, last: 805 },
  { id: 'ci', label: '(ci) d806–d810 held out, 84th', first: 806, last: 810 },
  { id: 'cj', label: '(cj) d811–d814 held out, 85th', first: 811, last: 814 },
  { id: 'ck', label: '(ck) d815–d817 held out, 86th', first: 815, last: 817 },
  { id: 'cl', label: '(cl) d818–d821 held out, 87th', first: 818, last: 821 },
  { id: 'cm', label: '(cm) d822–d826 held out, 88th', first: 822, last: 826 },
  { id: 'cn', label: '(cn) d827–d831 held out, 89th', first: 827, last: 831 },
  { id: 'co', label: '(co) d832–d835 held out, 90th', first: 832, last: 835 },
  { id: 'cp', label: '(cp) d836–d839 held out, 91st', first: 836, last: 839 },
  { id: 'cq', label: '(cq) d840–d844 held out, 92nd', first: 840, last: 844 },
  { id: 'cr', label: '(cr) d845–d849 held out, 93rd', first: 845, last: 849 },
  { id: 'cs', label: '(cs) d850–d855 gathered, 94th', first: 850, last: 855 },
  { id: 'ct', label: '(ct) d856–d859 held out, 95th', first: 856, last: 859 },
  { id: 'cu', label: '(cu) d860 held out, 96th', first: 860, last: 860 },
  { id: 'cv', label: '(cv) d861–d867 held out, 97th', first: 861, last: 867 },
  { id: 'cw', label: '(cw) d868–d873 held out, 98th', first: 868, last: 873 },
  { id: 'cx', label: '(cx) d874–d879 held out, 99th', first: 874, last: 879 },
  { id: 'cy', label: '(cy) d880–d886 held out, 100th', first: 880, last: 886 },
  { id: 'cz', label: '(cz) d887–d891 held out, 101st', first: 887, last: 891 },
  { id: 'da', label: '(da) d892–d899 held out, 102nd', first: 892, last: 899 },
  { id: 'db', label: '(db) d900–d907 held out, 103rd', first: 900, last: 907 },
  { id: 'dc', label: '(dc) d908–d912 held out, 104th', first: 908, last: 912 },
  { id: 'dd', label: '(dd) d913–d918 held out, 105th', first: 913, last: 918 },
  { id: 'de', label: '(de) d919–d922 held out, 106th', first: 919, last: 922 },
  { id: 'df', label: '(df) d923–d927 held out, 107th', first: 923, last: 927 },
  { id: 'dg', label: '(dg) d928–d930 held out, 108th', first: 928, last: 930 },
  { id: 'dh', label: '(dh) d931–d942 held out, 109th', first: 931, last: 942 },
  { id: 'di', label: '(di) d943–d949 held out, 110th', first: 943, last: 949 },
  { id: 'dj', label: '(dj) d950–d953 held out, 111th', first: 950, last: 953 },
  { id: 'dk', label: '(dk) d954–d956 held out, 112th', first: 954, last: 956 },
  { id: 'dl', label: '(dl) d957–d960 held out, 113th', first: 957, last: 960 },
  { id: 'dm', label: '(dm) d961–d966 held out, 114th', first: 961, last: 966 },
  { id: 'dn', label: '(dn) d967–d968 held out, 115th', first: 967, last: 968 },
  { id: 'do', label: '(do) d969–d972 held out, 116th', first: 969, last: 972 },
  { id: 'dp', label: '(dp) d973 held out, 117th', first: 973, last: 973 },
  { id: 'dq', label: '(dq) d974–d975 held out, 118th', first: 974, last: 975 },
  { id: 'dr', label: '(dr) d976–d978 held out, 119th', first: 976, last: 978 },
  { id: 'ds', label: '(ds) d979–d980 held out, 120th', first: 979, last: 980 },
  { id: 'dt', label: '(dt) d981–d983 held out, 121st', first: 981, last: 983 },
  { id: 'du', label: '(du) d984–d986 held out, 122nd', first: 984, last: 986 },
  { id: 'dv', label: '(dv) d987–d989 held out, 123rd', first: 987, last: 989 },
  { id: 'dw', label: '(dw) d990–d991 held out, 124th', first: 990, last: 991 },
  { id: 'dx', label: '(dx) d992–d994 held out, 125th', first: 992, last: 994 },
  { id: 'dy', label: '(dy) d995 held out, 126th', first: 995, last: 995 },
  { id: 'dz', label: '(dz) d996 held out, 127th', first: 996, last: 996 },
  { id: 'ea', label: '(ea) d997 held out, 128th', first: 997, last: 997 },
  { id: 'eb', label: '(eb) d998–d999 held out, 129th', first: 998, last: 999 },
  { id: 'ec', label: '(ec) d1000–d1001 held out, 130th', first: 1000, last: 1001 },
  { id: 'ed', label: '(ed) d1002–d1003 held out, 131st', first: 1002, last: 1003 },
  { id: 'ee', label: '(ee) d1004 held out, 132nd', first: 1004, last: 1004 },
  { id: 'ef', label: '(ef) d1005–d1007 held out, 133rd', first: 1005, last: 1007 },
  { id: 'eg', label: '(eg) d1008–d1010 held out, 134th', first: 1008, last: 1010 },
  { id: 'eh', label: '(eh) d1011–d1013 held out, 135th', first: 1011, last: 1013 },
  { id: 'ei', label: '(ei) d1014 held out, 136th', first: 1014, last: 1014 },
  { id: 'ej', label: '(ej) d1015–d1016 held out, 137th', first: 1015, last: 1016 },
  { id: 'ek', label: '(ek) d1017–d1018 held out, 138th', first: 1017, last: 1018 },
  { id: 'el', label: '(el) d1019 held out, 139th', first: 1019, last: 1019 },
  { id: 'em', label: '(em) d1020–d1021 held out, 140th', first: 1020, last: 1021 },
  { id: 'en', label: '(en) d1022–d1025 held out, 141st', first: 1022, last: 1025 },
  { id: 'eo', label: '(eo) d1026–d1029 held out, 142nd', first: 1026, last: 1029 },
  { id: 'ep', label: '(ep) d1030–d1031 held out, 143rd', first: 1030, last: 1031 },
  { id: 'eq', label: '(eq) d1032–d1034 held out, 144th', first: 1032, last: 1034 },
  { id: 'er', label: '(er) d1035–d1038 held out, 145th', first: 1035, last: 1038 },
  { id: 'es', label: '(es) d1039–d1041 held out, 146th', first: 1039, last: 1041 },
  { id: 'et', label: '(et) d1042–d1044 held out, 147th', first: 1042, last: 1044 },
  { id: 'eu', label: '(eu) d1045– held out, 148th', first: 1045, last: Infinity },
]
const numberOf = (name) => Number(/^d(\d+)$/.exec(name)?.[1] ?? NaN)

// ---------------------------------------------------------------------------
// Validation of the expectation files

const ARTICLE_KEYS = new Set([
  'kicker', 'headline', 'subheadlines', 'bylines', 'dateline', 'paragraphs',
  'intertitles', 'lists', 'captions', 'signature', 'staff',
])
const ROOT_KEYS = new Set(['mastheads', 'pageHeaders', 'editorLines', 'captions', 'other'])

/** The problems of an expectation object, as messages; [] when valid. */
export function validateExpectation(value) {
  const errors = []
  const err = (path, message) => errors.push(`${path}: ${message}`)
  const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v)
  const text = (path, v) => {
    if (typeof v !== 'string' || v.trim() === '') err(path, 'must be a non-empty string')
  }
  const texts = (path, v) => {
    if (!Array.isArray(v) || v.length === 0) return err(path, 'must be a non-empty array (omit the key instead of [])')
    v.forEach((item, i) => text(`${path}[${i}]`, item))
  }
  const unknownKeys = (path, v, allowed) => {
    for (const key of Object.keys(v)) if (!allowed.has(key)) err(`${path}.${key}`, 'unknown key')
  }
  const nulls = (path, v) => {
    if (v === null) err(path, 'null is not allowed: omit the key')
    else if (Array.isArray(v)) v.forEach((item, i) => nulls(`${path}[${i}]`, item))
    else if (typeof v === 'object') for (const [k, item] of Object.entries(v)) nulls(`${path}.${k}`, item)
  }
  const credit = (path, v) => {
    if (!isObject(v)) return err(path, 'must be a credit object')
    unknownKeys(path, v, new Set(['role', 'affiliation', 'names']))
    if ('role' in v) text(`${path}.role`, v.role)
    if ('affiliation' in v) text(`${path}.affiliation`, v.affiliation)
    if (!Array.isArray(v.names) || v.names.length === 0) return err(`${path}.names`, 'must be a non-empty array')
    v.names.forEach((name, i) => {
      text(`${path}.names[${i}]`, name)
      if (typeof name === 'string' && /\s/.test(name)) err(`${path}.names[${i}]`, 'names are written without padding spaces')
    })
  }
  const credits = (path, v) => {
    if (!Array.isArray(v) || v.length === 0) return err(path, 'must be a non-empty array of credits')
    v.forEach((item, i) => credit(`${path}[${i}]`, item))
  }
  const int = (path, v, min) => {
    if (!Number.isInteger(v) || v < min) err(path, `must be an integer >= ${min}`)
  }

  nulls('$', value)
  if (!isObject(value)) return ['$: must be an object']
  unknownKeys('$', value, new Set(['script', 'articles', 'root', 'notes']))
  if (value.script !== 'simplified' && value.script !== 'traditional') err('$.script', "must be 'simplified' or 'traditional'")
  if (!Array.isArray(value.articles)) err('$.articles', 'must be an array')
  else {
    value.articles.forEach((article, i) => {
      const p = `$.articles[${i}]`
      if (!isObject(article)) return err(p, 'must be an object')
      unknownKeys(p, article, ARTICLE_KEYS)
      if ('kicker' in article) text(`${p}.kicker`, article.kicker)
      if ('headline' in article) text(`${p}.headline`, article.headline)
      for (const key of ['subheadlines', 'intertitles', 'captions']) if (key in article) texts(`${p}.${key}`, article[key])
      for (const key of ['bylines', 'staff']) if (key in article) credits(`${p}.${key}`, article[key])
      if ('signature' in article) credit(`${p}.signature`, article.signature)
      if (!('paragraphs' in article)) err(`${p}.paragraphs`, 'is required')
      else int(`${p}.paragraphs`, article.paragraphs, 0)
      if ('lists' in article) {
        if (!Array.isArray(article.lists) || article.lists.length === 0) err(`${p}.lists`, 'must be a non-empty array')
        else
          article.lists.forEach((list, j) => {
            const q = `${p}.lists[${j}]`
            if (!isObject(list)) return err(q, 'must be an object')
            unknownKeys(q, list, new Set(['style', 'items']))
            text(`${q}.style`, list.style)
            int(`${q}.items`, list.items, 2)
          })
      }
      if ('dateline' in article) {
        const d = article.dateline
        const q = `${p}.dateline`
        if (!isObject(d)) return err(q, 'must be an object')
        unknownKeys(q, d, new Set(['source', 'place', 'date', 'credits']))
        text(`${q}.source`, d.source)
        if ('place' in d) text(`${q}.place`, d.place)
        if ('credits' in d) credits(`${q}.credits`, d.credits)
        if ('date' in d) {
          if (!isObject(d.date)) err(`${q}.date`, 'must be an object')
          else {
            unknownKeys(`${q}.date`, d.date, new Set(['year', 'month', 'day']))
            if (Object.keys(d.date).length === 0) err(`${q}.date`, 'must have year, month or day')
            if ('year' in d.date) int(`${q}.date.year`, d.date.year, 1)
            if ('month' in d.date) int(`${q}.date.month`, d.date.month, 1)
            if ('day' in d.date) int(`${q}.date.day`, d.date.day, 1)
            if (d.date.month > 12) err(`${q}.date.month`, 'must be <= 12')
            if (d.date.day > 31) err(`${q}.date.day`, 'must be <= 31')
          }
        }
      }
    })
  }
  if ('root' in value) {
    const r = value.root
    if (!isObject(r)) err('$.root', 'must be an object')
    else {
      unknownKeys('$.root', r, ROOT_KEYS)
      if (Object.keys(r).length === 0) err('$.root', 'must not be empty (omit it)')
      for (const key of ['mastheads', 'pageHeaders', 'captions', 'other']) if (key in r) texts(`$.root.${key}`, r[key])
      if ('editorLines' in r) credits('$.root.editorLines', r.editorLines)
    }
  }
  if ('notes' in value) texts('$.notes', value.notes)
  return errors
}

// ---------------------------------------------------------------------------
// Items and equality

/** Invisible characters, ignored when texts are compared. */
const INVISIBLE = /[\s\p{Cc}\p{Cf}\p{Co}\p{Z}]/gu
export const normalizeText = (s) => String(s ?? '').replace(INVISIBLE, '')

const sameText = (a, b) => normalizeText(a) === normalizeText(b)
const sameOptional = (a, b) => (a === undefined && b === undefined) || (a !== undefined && b !== undefined && sameText(a, b))
const sameNames = (a, b) => a.length === b.length && a.every((name, i) => sameText(name, b[i]))
/** `expected` decides whether affiliation is compared. */
const sameCredit = (expected, got) =>
  sameNames(expected.names, got.names ?? []) &&
  sameOptional(expected.role, got.role) &&
  (expected.affiliation === undefined || sameOptional(expected.affiliation, got.affiliation))
const sameDate = (a, b) => ['year', 'month', 'day'].every((key) => a[key] === b[key])
const sameList = (a, b) => a.items === b.items && normalizeText(a.style).normalize('NFKC') === normalizeText(b.style).normalize('NFKC')

/** How items of each field are compared. */
const EQUAL = {
  kicker: sameText,
  headline: sameText,
  subheadlines: sameText,
  bylines: sameCredit,
  'dateline.source': sameText,
  'dateline.place': sameText,
  'dateline.date': sameDate,
  'dateline.credits': sameCredit,
  paragraphs: (a, b) => a === b,
  intertitles: sameText,
  lists: sameList,
  captions: sameText,
  signature: sameCredit,
  staff: sameCredit,
}
const ROOT_EQUAL = {
  mastheads: sameText,
  pageHeaders: sameText,
  editorLines: sameCredit,
  captions: sameText,
  other: sameText,
}
export const ARTICLE_FIELDS = Object.keys(EQUAL)
export const ROOT_FIELDS = Object.keys(ROOT_EQUAL)

const asList = (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])

/** An article (expected, or extracted: fields may be lists) as items by field. */
export function articleItems(article) {
  const d = article.dateline
  return {
    kicker: asList(article.kicker),
    headline: asList(article.headline),
    subheadlines: asList(article.subheadlines),
    bylines: asList(article.bylines),
    'dateline.source': d ? asList(d.source) : [],
    'dateline.place': d ? asList(d.place) : [],
    'dateline.date': d ? asList(d.date) : [],
    'dateline.credits': d ? asList(d.credits) : [],
    paragraphs: asList(article.paragraphs),
    intertitles: asList(article.intertitles),
    lists: asList(article.lists),
    captions: asList(article.captions),
    signature: asList(article.signature),
    staff: asList(article.staff),
  }
}

/**
 * Pair equal items one to one. Returns the number of pairs and the leftovers
 * on both sides (for --verbose).
 */
function matchItems(expected, got, equal) {
  const used = new Array(got.length).fill(false)
  const missed = []
  let right = 0
  for (const e of expected) {
    const j = got.findIndex((g, k) => !used[k] && equal(e, g))
    if (j === -1) missed.push(e)
    else {
      used[j] = true
      right++
    }
  }
  return { right, missed, extra: got.filter((_, k) => !used[k]) }
}

/** Field-by-field comparison of two item maps. */
function compareFields(expectedItems, gotItems, fields, equal, prefix) {
  const results = []
  for (const field of fields) {
    const e = expectedItems[field] ?? []
    const g = gotItems[field] ?? []
    if (e.length === 0 && g.length === 0) continue
    const { right, missed, extra } = matchItems(e, g, equal[field])
    results.push({ field: `${prefix}${field}`, key: field, expected: e.length, got: g.length, right, missed, extra })
  }
  return results
}

const sum = (results, key) => results.reduce((n, r) => n + r[key], 0)

/** Compare one expected article with one extracted article. */
export function compareArticle(expected, got, prefix = '') {
  return compareFields(articleItems(expected), articleItems(got), ARTICLE_FIELDS, EQUAL, prefix)
}

/**
 * Order-preserving alignment of expected and extracted articles maximising
 * the number of right items (weighted LCS). Returns pairs [i, j]; j or i is
 * -1 for an unpaired article.
 */
function alignArticles(expected, got) {
  const n = expected.length
  const m = got.length
  const score = expected.map((e) => got.map((g) => sum(compareArticle(e, g), 'right')))
  const best = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(0))
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--) {
      const pair = score[i][j] > 0 ? score[i][j] + best[i + 1][j + 1] : -1
      best[i][j] = Math.max(pair, best[i + 1][j], best[i][j + 1])
    }
  const pairs = []
  let i = 0
  let j = 0
  while (i < n && j < m) {
    if (score[i][j] > 0 && best[i][j] === score[i][j] + best[i + 1][j + 1]) pairs.push([i++, j++])
    else if (best[i][j] === best[i + 1][j]) pairs.push([i++, -1])
    else pairs.push([-1, j++])
  }
  while (i < n) pairs.push([i++, -1])
  while (j < m) pairs.push([-1, j++])
  return pairs
}

/**
 * Score an extraction (bench/extract.mjs) against an expectation.
 * Returns { expected, got, right, results } where results lists every field
 * compared: { field, key, expected, got, right, missed, extra }.
 */
export function compare(expectation, extracted) {
  const results = []
  results.push(...compareFields(
    { script: asList(expectation.script) },
    { script: asList(extracted.script) },
    ['script'],
    { script: (a, b) => a === b },
    '',
  ))
  const empty = articleItems({})
  for (const [i, j] of alignArticles(expectation.articles, extracted.articles)) {
    const e = i >= 0 ? expectation.articles[i] : {}
    const g = j >= 0 ? extracted.articles[j] : {}
    const label = i >= 0 ? `article ${i + 1}` : `extra article (got ${j + 1})`
    const where = i >= 0 && j >= 0 && i !== j ? ` (got ${j + 1})` : i >= 0 && j < 0 ? ' (missing)' : ''
    const eItems = i >= 0 ? articleItems(e) : empty
    const gItems = j >= 0 ? articleItems(g) : empty
    results.push(...compareFields(eItems, gItems, ARTICLE_FIELDS, EQUAL, `${label}${where} `))
  }
  const root = expectation.root ?? {}
  results.push(...compareFields(
    Object.fromEntries(ROOT_FIELDS.map((f) => [f, asList(root[f])])),
    Object.fromEntries(ROOT_FIELDS.map((f) => [f, asList(extracted.root?.[f])])),
    ROOT_FIELDS,
    ROOT_EQUAL,
    'root ',
  ))
  for (const r of results) if (r.field.startsWith('root ')) r.key = `root.${r.key}`
  return { expected: sum(results, 'expected'), got: sum(results, 'got'), right: sum(results, 'right'), results }
}

// ---------------------------------------------------------------------------
// Report

const pct = (a, b) => (b === 0 ? '   -  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`)
const show = (v) => (typeof v === 'string' ? `「${v.replace(/\n/g, '⏎').replace(/\ue40c/g, '⏎')}」` : JSON.stringify(v))
/** Display width (CJK counts 2) for padding the table. */
const width = (s) => [...s].reduce((n, ch) => n + (ch.codePointAt(0) > 0x2e80 ? 2 : 1), 0)
const pad = (s, n) => s + ' '.repeat(Math.max(0, n - width(s)))

/**
 * Part (a): every fixture with an expectation, compared. Returns
 * { rows, byField, failed, right, expected, got }.
 */
export function measureExpectations() {
  const rows = []
  const byField = new Map()
  let failed = 0
  for (const { name, path } of listFixtures()) {
    const expectation = JSON.parse(readFileSync(join(expectedDir, `${name}.json`), 'utf8'))
    const problems = validateExpectation(expectation)
    if (problems.length > 0) {
      rows.push({ name, note: `invalid expectation: ${problems[0]}` })
      continue
    }
    let tree
    try {
      tree = parseIssue(readFileSync(path, 'utf8'))
    } catch (error) {
      failed++
      rows.push({ name, note: `PARSE FAILED: ${error?.message ?? error}` })
      continue
    }
    const score = compare(expectation, extract(tree))
    rows.push({ name, ...score })
    for (const r of score.results) {
      const f = byField.get(r.key) ?? { expected: 0, got: 0, right: 0 }
      f.expected += r.expected
      f.got += r.got
      f.right += r.right
      byField.set(r.key, f)
    }
  }
  const scored = rows.filter((row) => !row.note)
  return { rows, byField, failed, right: sum(scored, 'right'), expected: sum(scored, 'expected'), got: sum(scored, 'got') }
}

/** Parts (b) and (c): the gold views of each part, scored (bench/gold-score.mjs). */
export function measureGoldViews() {
  return GOLD_PARTS.map((part) => {
    const result = scoreGoldViews(parseIssue, { select: (name) => numberOf(name) >= part.first && numberOf(name) <= part.last })
    const byNumber = (x, y) => numberOf(x.label.replace(/\.txt$/, '')) - numberOf(y.label.replace(/\.txt$/, ''))
    return { ...part, ...result, docs: [...result.docs].sort(byNumber) }
  })
}

/** Percent rounded DOWN to 0.1 (the form of the recorded floors). */
export const floorPercent = (right, total) => (total === 0 ? 0 : Math.floor((1000 * right) / total) / 10)

/** The gold-view parts added together: { correct, total }. */
const goldTotal = (gold) => gold.reduce((sum, p) => ({ correct: sum.correct + p.correct, total: sum.total + p.total }), { correct: 0, total: 0 })

/**
 * Every part's accuracy, as floorPercent values: { a, b, c, d, e, f,
 * gold, all } (a: recall of the expectations; b to f: fields of the gold views,
 * one key per part of GOLD_PARTS; gold: those parts together; all: items
 * and fields added together).
 */
export function summarize(a, gold) {
  const sum = goldTotal(gold)
  return {
    a: floorPercent(a.right, a.expected),
    ...Object.fromEntries(gold.map((p) => [p.id, floorPercent(p.correct, p.total)])),
    gold: floorPercent(sum.correct, sum.total),
    all: floorPercent(a.right + sum.correct, a.expected + sum.total),
  }
}

export const floorFile = join(fixturesDir, 'accuracy-floor.json')

/** The recorded floors, one per part and for gold and all, in percent. */
export function readFloors(path = floorFile) {
  const { floors } = JSON.parse(readFileSync(path, 'utf8'))
  return floors
}

/**
 * The parts below their floor, as messages; [] when every part is at or above
 * its floor. A floor with no measured value is a problem too.
 */
export function checkFloors(measured, floors) {
  const problems = []
  for (const [part, floor] of Object.entries(floors)) {
    const value = measured[part]
    if (typeof value !== 'number') problems.push(`${part}: no measured value (floor ${floor}%)`)
    else if (value < floor) problems.push(`${part}: ${value}% is below its floor ${floor}%`)
  }
  return problems
}

export function main(argv = process.argv.slice(2)) {
  const verbose = argv.includes('--verbose') || argv.includes('-v')
  const a = measureExpectations()
  const { rows, byField, failed } = a
  const lines = []
  lines.push('(a) d01–d22 and the sample page: hand-written expectations (test/fixtures/expected)')
  lines.push(`${pad('fixture', 20)} ${'right/expected'.padStart(15)}  recall   ${'right/got'.padStart(10)}  precision`)
  for (const row of rows) {
    if (row.note) {
      lines.push(`${pad(row.name, 20)} ${row.note}`)
      continue
    }
    lines.push(
      `${pad(row.name, 20)} ${`${row.right}/${row.expected}`.padStart(15)}  ${pct(row.right, row.expected)}  ${`${row.right}/${row.got}`.padStart(10)}  ${pct(row.right, row.got)}`,
    )
  }
  const scored = rows.filter((row) => !row.note)
  lines.push('-'.repeat(68))
  lines.push(
    `${pad('TOTAL', 20)} ${`${a.right}/${a.expected}`.padStart(15)}  ${pct(a.right, a.expected)}  ${`${a.right}/${a.got}`.padStart(10)}  ${pct(a.right, a.got)}`,
  )
  lines.push('')
  lines.push('by field:')
  for (const [key, f] of [...byField].sort((x, y) => y[1].expected - x[1].expected)) {
    lines.push(
      `  ${pad(key, 22)} ${`${f.right}/${f.expected}`.padStart(9)}  ${pct(f.right, f.expected)}  ${`${f.right}/${f.got}`.padStart(9)}  ${pct(f.right, f.got)}`,
    )
  }
  if (verbose) {
    for (const row of scored) {
      const bad = row.results.filter((r) => r.missed.length > 0 || r.extra.length > 0)
      if (bad.length === 0) continue
      lines.push('')
      lines.push(`== ${row.name}`)
      for (const r of bad) {
        lines.push(`  ${r.field}:`)
        for (const item of r.missed) lines.push(`    expected ${show(item)}`)
        for (const item of r.extra) lines.push(`    got      ${show(item)}`)
      }
    }
  }

  const gold = measureGoldViews()
  for (const part of gold) {
    lines.push('')
    lines.push(`${part.label}: gold views (test/fixtures/gold), bench/gold-score.mjs`)
    lines.push(`${pad('text', 20)} ${'fields'.padStart(9)}  ${'%'.padStart(6)}  articles found`)
    for (const doc of part.docs) {
      if (doc.note) {
        lines.push(`${pad(doc.label, 20)} ${doc.note}`)
        continue
      }
      const spurious = doc.spurious ? `, ${doc.spurious} spurious` : ''
      lines.push(`${pad(doc.label, 20)} ${`${doc.correct}/${doc.total}`.padStart(9)}  ${pct(doc.correct, doc.total)}  ${doc.found}/${doc.articles}${spurious}`)
      if (verbose) for (const m of doc.misses) lines.push(`    - ${m}`)
    }
    lines.push('-'.repeat(68))
    lines.push(`${pad('TOTAL', 20)} ${`${part.correct}/${part.total}`.padStart(9)}  ${pct(part.correct, part.total)}  ${part.found}/${part.articles}, ${part.spurious} spurious`)
  }

  const sum = goldTotal(gold)
  const goldIds = gold.map((p) => `(${p.id})`).join('+')
  const measured = summarize(a, gold)
  const floors = existsSync(floorFile) ? readFloors() : {}
  const floorOf = (id) => (id in floors ? `floor ${floors[id].toFixed(1)}%` : 'no floor')
  const articles = (p) => `articles found ${p.found}/${p.articles}, ${p.spurious} spurious`
  lines.push('')
  lines.push('summary (percent rounded down to 0.1, as the floors are recorded)')
  lines.push(`  (a) d01–d22 + sample page  recall ${`${a.right}/${a.expected}`.padStart(9)}  ${measured.a.toFixed(1).padStart(5)}%  ${floorOf('a')}  (precision ${pct(a.right, a.got).trim()})`)
  for (const p of gold) {
    lines.push(`  ${pad(p.label, 26)} fields ${`${p.correct}/${p.total}`.padStart(9)}  ${measured[p.id].toFixed(1).padStart(5)}%  ${floorOf(p.id)}  ${articles(p)}`)
  }
  lines.push(`  ${pad(`gold views ${goldIds}`, 26)} fields ${`${sum.correct}/${sum.total}`.padStart(9)}  ${measured.gold.toFixed(1).padStart(5)}%  ${floorOf('gold')}`)
  lines.push(`  ${pad(`all parts (a)+${goldIds}`, 26)}  items ${`${a.right + sum.correct}/${a.expected + sum.total}`.padStart(9)}  ${measured.all.toFixed(1).padStart(5)}%  ${floorOf('all')}`)
  const below = checkFloors(measured, floors)
  for (const problem of below) lines.push(`  BELOW THE FLOOR: ${problem}`)
  console.log(lines.join('\n'))
  if (failed > 0) {
    console.error(`\n${failed} fixture(s) failed to parse`)
    return 1
  }
  return 0
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main()
}
