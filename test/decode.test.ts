import { describe, expect, it } from 'vitest'
import { decodeBytes } from '../src/io/decode'

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

  it('rejects GBK bytes for now (no legacy-encoding detection yet)', () => {
    // 日报 in GBK/GB18030: C8 D5 B1 A8
    expect(decodeBytes(bytes(0xc8, 0xd5, 0xb1, 0xa8))).toHaveProperty('error')
  })
})
