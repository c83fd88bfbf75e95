import { constants } from 'node:buffer'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
// Node can decode GB18030/GBK/Big5 but has no encoder for them: iconv-lite
// (dev dependency) writes the legacy bytes at test time, from the UTF-8
// fixtures, so no binary fixture is committed.
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { chineseScore, decodeBytes, MIN_CHINESE_SCORE } from '../src/io/decode'
import { root } from './helpers/build'
import { fixturePages } from './helpers/fixture-pages.mjs'
import { mulberry32 } from './helpers/random.mjs'

const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'))
const bytes = (...b: number[]) => new Uint8Array(b)

function utf16be(s: string): Uint8Array {
  const le = Buffer.from(s, 'utf16le')
  return new Uint8Array(le.swap16())
}

describe('decodeBytes', () => {
  it('decodes UTF-8', () => {
    expect(decodeBytes(utf8('忻州日报\n本报讯'))).toEqual({ text: '忻州日报\n本报讯', encoding: 'utf-8' })
  })

  it('decodes astral Han characters', () => {
    expect(decodeBytes(utf8('𠮷野家'))).toMatchObject({ text: '𠮷野家' })
  })

  it('decodes an empty file to empty text', () => {
    expect(decodeBytes(bytes())).toEqual({ text: '', encoding: 'utf-8' })
  })

  it('strips a UTF-8 BOM', () => {
    const result = decodeBytes(bytes(0xef, 0xbb, 0xbf, ...utf8('忻州')))
    expect(result).toEqual({ text: '忻州', encoding: 'utf-8 (BOM)' })
  })

  it('keeps a BOM-like character that is not at the start', () => {
    expect(decodeBytes(utf8('a\ufeffb'))).toMatchObject({ text: 'a\ufeffb' })
  })

  it('decodes UTF-16LE with a BOM and strips the BOM', () => {
    const result = decodeBytes(new Uint8Array(Buffer.from('\ufeff忻州日报 ABC', 'utf16le')))
    expect(result).toEqual({ text: '忻州日报 ABC', encoding: 'utf-16le' })
  })

  it('decodes UTF-16BE with a BOM and strips the BOM', () => {
    const result = decodeBytes(utf16be('\ufeff忻州日报 ABC'))
    expect(result).toEqual({ text: '忻州日报 ABC', encoding: 'utf-16be' })
  })

  it('rejects UTF-16 with a BOM but an odd number of bytes', () => {
    const good = Buffer.from('\ufeff忻州', 'utf16le')
    const result = decodeBytes(new Uint8Array([...good, 0x41]))
    expect(result).toEqual({ error: expect.stringMatching(/not valid UTF-16LE/) })
  })

  it('rejects UTF-16 text that contains NUL characters', () => {
    const result = decodeBytes(new Uint8Array(Buffer.from('\ufeffab\u0000c', 'utf16le')))
    expect(result).toEqual({ error: expect.stringMatching(/binary/) })
  })

  it('rejects binary data (NUL bytes) and says where', () => {
    expect(decodeBytes(bytes(0x61, 0x62, 0x00, 0x63))).toEqual({
      error: 'binary data (NUL byte at offset 2)',
    })
  })

  it('rejects invalid UTF-8 and names the first bad byte', () => {
    const result = decodeBytes(bytes(...utf8('abc'), 0xff, 0xfe, 0xfd))
    expect(result).toHaveProperty('error')
    const { error } = result as { error: string }
    expect(error).toMatch(/not valid UTF-8/)
    expect(error).toContain('0xff at offset 3')
    expect(error).not.toContain('\n')
  })

  it('rejects a truncated multi-byte sequence at the end', () => {
    const whole = utf8('忻州')
    const result = decodeBytes(whole.subarray(0, whole.length - 1))
    expect(result).toEqual({ error: expect.stringContaining('at offset 3') })
  })

  it('rejects UTF-8-encoded surrogates and overlongs', () => {
    expect(decodeBytes(bytes(0xed, 0xa0, 0x80))).toEqual({ error: expect.stringContaining('offset 0') })
    expect(decodeBytes(bytes(0x41, 0xc0, 0xaf))).toEqual({ error: expect.stringContaining('0xc0 at offset 1') })
  })

  it('decodes short GBK text', () => {
    // 日报 in GBK/GB18030: C8 D5 B1 A8
    expect(decodeBytes(bytes(0xc8, 0xd5, 0xb1, 0xa8))).toEqual({ text: '日报', encoding: 'gb18030' })
  })
})

const fixture = (path: string) => readFileSync(join(root, path), 'utf8')
const encode = (text: string, encoding: string) => new Uint8Array(iconv.encode(text, encoding))

/** Simplified: the sample page (忻州日报). Traditional: CNA (Taiwan) and 蘋果日報 (Hong Kong). */
const sample = fixture('examples/sample/xinzhou-daily-page.txt')
const d21 = fixture('test/fixtures/corpus/d21.txt')
const d22 = fixture('test/fixtures/corpus/d22.txt')
const d01 = fixture('test/fixtures/corpus/d01.txt')

/**
 * d01 without the lines holding 着, 枱 and 啲: iconv-lite writes them as
 * Big5-HKSCS codes (FED3, FD5E, 9DF8) that Node's Big5 decoder (ICU, without
 * HKSCS) reads as private-use characters (U+E2E5, U+E1F5, U+ECDA), so they
 * cannot round-trip.
 */
const NOT_IN_NODE_BIG5 = /[着枱啲]/
const d01Big5 = d01
  .split('\n')
  .filter((line) => !NOT_IN_NODE_BIG5.test(line))
  .join('\n')

/** Deterministic bytes: mulberry32, seeded. */
function randomBytes(seed: number, length: number, map: (byte: number) => number = (b) => b): Uint8Array {
  const next = mulberry32(seed)
  return Uint8Array.from({ length }, () => map(Math.floor(next() * 256)))
}

function expectOneLineError(result: ReturnType<typeof decodeBytes>, pattern: RegExp) {
  expect(result).toEqual({ error: expect.stringMatching(pattern) })
  expect((result as { error: string }).error).not.toContain('\n')
}

describe('decodeBytes: GB18030, GBK and Big5', () => {
  it('decodes the simplified sample page written in GB18030', () => {
    expect(decodeBytes(encode(sample, 'gb18030'))).toEqual({ text: sample, encoding: 'gb18030' })
  })

  it('decodes the sample page written in GBK, reported as gb18030 (its superset)', () => {
    const gbk = encode(sample, 'gbk')
    // Every character of the page is a two-byte GBK code: the same bytes.
    expect(Buffer.from(gbk).equals(Buffer.from(encode(sample, 'gb18030')))).toBe(true)
    expect(decodeBytes(gbk)).toEqual({ text: sample, encoding: 'gb18030' })
  })

  it('decodes GB18030 four-byte codes (outside GBK) and GBK 0x80 (€)', () => {
    const text = '𠮷野家 2020年价格 €\n' + sample
    const bytes = encode(text, 'gb18030')
    expect(Array.from(bytes.subarray(0, 4))).toEqual([0x95, 0x34, 0xb2, 0x35]) // 𠮷
    expect(decodeBytes(bytes)).toEqual({ text, encoding: 'gb18030' })
    // cp936 writes € as the single byte 0x80; the GB18030 decoder reads it back.
    const gbk = encode('欧元 € 报价', 'gbk')
    expect(gbk).toContain(0x80)
    expect(decodeBytes(gbk)).toEqual({ text: '欧元 € 报价', encoding: 'gb18030' })
  })

  it('decodes traditional Taiwan text (CNA, d21 and d22) written in Big5', () => {
    for (const text of [d21, d22]) {
      expect(decodeBytes(encode(text, 'big5'))).toEqual({ text, encoding: 'big5' })
    }
  })

  it('decodes traditional Hong Kong text (d01, 18 of its 20 lines) written in Big5', () => {
    expect(d01.split('\n')).toHaveLength(20)
    expect(d01Big5.split('\n')).toHaveLength(18)
    expect(decodeBytes(encode(d01Big5, 'big5'))).toEqual({ text: d01Big5, encoding: 'big5' })
  })

  it('still detects the whole of d01 as Big5; its HKSCS characters come back as private use', () => {
    // Documents a limit of Node's Big5 decoder, not of the detection.
    const result = decodeBytes(encode(d01, 'big5'))
    expect(result).toMatchObject({ encoding: 'big5' })
    const text = (result as { text: string }).text
    expect(text).toContain('\ue2e5') // was 着
    expect(text.replace('\ue2e5', '着').replace('\ue1f5', '枱').replace('\uecda', '啲')).toBe(d01)
  })

  it('prefers UTF-8 when the bytes are valid UTF-8, even if they also decode as GB18030', () => {
    const text = '忻州日报 忻州在线'
    const bytes = utf8(text)
    // Mojibake, but no decoding error: 蹇诲窞鏃ユ姤 蹇诲窞鍦ㄧ嚎
    expect(() => new TextDecoder('gb18030', { fatal: true }).decode(bytes)).not.toThrow()
    expect(decodeBytes(bytes)).toEqual({ text, encoding: 'utf-8' })
    expect(decodeBytes(utf8(sample))).toEqual({ text: sample, encoding: 'utf-8' })
  })

  it('scores real text far above the threshold and the wrong codec far below', () => {
    for (const text of [sample, d21, d22, d01Big5]) expect(chineseScore(text)).toBeGreaterThan(0.55)
    const gb = encode(sample, 'gb18030')
    const big5 = encode(d21, 'big5')
    expect(() => new TextDecoder('big5', { fatal: true }).decode(gb)).toThrow()
    const misread = new TextDecoder('gb18030', { fatal: true }).decode(big5) // decodes, as garbage
    expect(chineseScore(misread)).toBeLessThan(0)
    expect(MIN_CHINESE_SCORE).toBe(0.3)
  })

  it('rejects random bytes with a one-line error', () => {
    for (let seed = 1; seed <= 20; seed++) {
      // Raw: almost always binary (a NUL byte), otherwise not text.
      expectOneLineError(decodeBytes(randomBytes(seed, 1024)), /^(binary data \(NUL byte at offset \d+\)|not valid UTF-8 )/)
      // Without NUL bytes, and with only high bytes: no codec gives Chinese text.
      expectOneLineError(decodeBytes(randomBytes(seed, 1024, (b) => b || 1)), /^not valid UTF-8 /)
      expectOneLineError(decodeBytes(randomBytes(seed, 256, (b) => b | 0x80)), /^not valid UTF-8 /)
    }
  })

  it('rejects random Han characters that decode without error but do not read as Chinese', () => {
    for (let seed = 1; seed <= 50; seed++) {
      // 64 random GB2312 Han codes (lead B0–F7, trail A1–FE): valid GB18030 and Big5 bytes.
      const raw = randomBytes(seed, 128)
      const bytes = raw.map((b, i) => (i % 2 === 0 ? 0xb0 + (b % 72) : 0xa1 + (b % 94)))
      expect(() => new TextDecoder('gb18030', { fatal: true }).decode(bytes)).not.toThrow()
      const result = decodeBytes(bytes)
      expectOneLineError(result, /does not read as Chinese text \(score -?\d\.\d\d < 0\.3\)/)
    }
  })

  it('rejects a PNG header: with its NUL bytes as binary, without them as not text', () => {
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52)
    expectOneLineError(decodeBytes(png), /^binary data \(NUL byte at offset 8\)$/)
    // The 8-byte signature alone decodes in GB18030 (0x89 0x50 is a code) but
    // holds a control character (0x1a): rejected.
    expectOneLineError(decodeBytes(png.subarray(0, 8)), /^not valid UTF-8 \(byte 0x89 at offset 0\)/)
  })
})

describe('decodeBytes: UTF-16 without a byte order mark', () => {
  const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'))
  const LE_ERROR = /^looks like UTF-16LE without a byte order mark \(NUL byte at offset \d+\); read it with --encoding utf-16le$/
  const BE_ERROR = /^looks like UTF-16BE without a byte order mark \(NUL byte at offset \d+\); read it with --encoding utf-16be$/

  it('is named, with the --encoding that reads it, instead of called binary data', () => {
    expectOneLineError(decodeBytes(utf16le(sample)), LE_ERROR)
    expectOneLineError(decodeBytes(utf16be(sample)), BE_ERROR)
    expect(decodeBytes(utf16le(sample), { encoding: 'utf-16le' })).toEqual({ text: sample, encoding: 'utf-16le' })
    expect(decodeBytes(utf16be(sample), { encoding: 'utf-16be' })).toEqual({ text: sample, encoding: 'utf-16be' })
  })

  it('gets the byte order right for every fixture page, ideographic spaces (U+3000) and all', () => {
    // Pages with few ASCII characters have most of their NUL bytes in
    // characters such as 一 (U+4E00) and 　 (U+3000), on the "wrong" side.
    for (const { name, text } of fixturePages()) {
      expect((decodeBytes(utf16le(text)) as { error: string }).error, name).toMatch(LE_ERROR)
      expect((decodeBytes(utf16be(text)) as { error: string }).error, name).toMatch(BE_ERROR)
    }
    expect((decodeBytes(utf16le('Plain ASCII, 2021.\n')) as { error: string }).error).toMatch(LE_ERROR)
  })

  it('still calls binary data binary: an odd length, NUL characters, no text, or too short to tell', () => {
    const text = '忻州日报 2021年5月10日 星期一\n'
    expectOneLineError(decodeBytes(utf16le(text)), LE_ERROR)
    expect(decodeBytes(utf16le(text).subarray(1))).toEqual({ error: 'binary data (NUL byte at offset 8)' })
    expect(decodeBytes(utf16le(text + '\u0000'))).toEqual({ error: 'binary data (NUL byte at offset 9)' })
    expect(decodeBytes(utf16le(text.slice(0, 15)))).toEqual({ error: 'binary data (NUL byte at offset 9)' })
    // NUL-free in both byte orders, but no text in either: U+E000… or U+00E0, U+01E0…
    const privateUse = Array.from({ length: 32 }, (_, k) => (k % 2 === 0 ? k : 0xe0))
    expect(decodeBytes(bytes(...privateUse))).toEqual({ error: 'binary data (NUL byte at offset 0)' })
    for (let seed = 1; seed <= 200; seed++) {
      const raw = randomBytes(seed, 256, (b) => (b < 26 ? 0 : b)) // ~10% NUL bytes
      expectOneLineError(decodeBytes(raw), /^binary data \(NUL byte at offset \d+\)$/)
    }
  })
})

describe('decodeBytes: a forced encoding', () => {
  it('decodes with the codec asked for and names it', () => {
    const gb = encode(sample, 'gb18030')
    expect(decodeBytes(gb, { encoding: 'gbk' })).toEqual({ text: sample, encoding: 'gbk' })
    expect(decodeBytes(gb, { encoding: 'GB18030' })).toEqual({ text: sample, encoding: 'gb18030' })
    expect(decodeBytes(encode(d21, 'big5'), { encoding: 'big5' })).toEqual({ text: d21, encoding: 'big5' })
    expect(decodeBytes(utf8(sample), { encoding: 'utf8' })).toEqual({ text: sample, encoding: 'utf-8' })
    const le = new Uint8Array(Buffer.from('忻州日报', 'utf16le')) // no BOM: not detected, but forceable
    expect(decodeBytes(le, { encoding: 'utf-16le' })).toEqual({ text: '忻州日报', encoding: 'utf-16le' })
  })

  it('reads text too short to be detected', () => {
    const name = encode('郝龍斌', 'big5') // a name: no frequent character, score 0
    expect(decodeBytes(name)).toHaveProperty('error')
    expect(decodeBytes(name, { encoding: 'big5' })).toEqual({ text: '郝龍斌', encoding: 'big5' })
  })

  it('skips detection: forced UTF-8 is not retried as GB18030', () => {
    expectOneLineError(decodeBytes(encode(sample, 'gb18030'), { encoding: 'utf-8' }), /^not valid utf-8 \(the encoding asked for\)$/)
  })

  it('a wrong forced codec is a one-line error naming it', () => {
    expectOneLineError(decodeBytes(encode(sample, 'gb18030'), { encoding: 'big5' }), /^not valid big5 \(the encoding asked for\)$/)
  })

  it('an unknown label is an error', () => {
    expect(decodeBytes(utf8('忻州'), { encoding: 'x' })).toEqual({ error: 'unknown encoding "x"' })
    // A WHATWG label Node cannot decode with.
    expect(decodeBytes(utf8('忻州'), { encoding: 'iso-2022-kr' })).toEqual({ error: 'unknown encoding "iso-2022-kr"' })
  })

  it('still rejects binary data', () => {
    expectOneLineError(decodeBytes(bytes(0x61, 0x00, 0x62), { encoding: 'gbk' }), /^binary data/)
  })
})

// Past what Node decodes into one string the answer is a size, not "not
// valid": Node's UTF-8 decoder throws ERR_STRING_TOO_LONG, and its ICU codecs
// (UTF-16, GB18030, Big5) call any data past their input limit invalid. The
// buffers are real (up to 512 MB; zero-filled ones cost no memory until
// written).
describe('decodeBytes: inputs too large for one string', () => {
  const MAX = constants.MAX_STRING_LENGTH

  it('UTF-8 whose text would outgrow a string is too large, not invalid', () => {
    expectOneLineError(decodeBytes(new Uint8Array(MAX + 1).fill(0x61)), /^too large: 512 MB, more UTF-8 than Node decodes into one string; split the file$/)
  })

  it('UTF-16 with a BOM past the decoder’s limit is too large', () => {
    const bytes = new Uint8Array(MAX / 2 + 4)
    bytes.set([0xff, 0xfe])
    expectOneLineError(decodeBytes(bytes), /^too large: 256 MB, more UTF-16LE than Node decodes/)
  })

  it('bytes that are not UTF-8 and too large for the legacy codecs say both', () => {
    expectOneLineError(
      decodeBytes(new Uint8Array(MAX + 1).fill(0x80)),
      /^not valid UTF-8 \(byte 0x80 at offset 0\), and at 512 MB too large to try GB18030 or Big5; split the file$/,
    )
  })

  it('a forced codec past its limit is too large', () => {
    expectOneLineError(decodeBytes(new Uint8Array(MAX + 1), { encoding: 'gbk' }), /^too large: 512 MB, more gbk than Node decodes/)
  })
})
