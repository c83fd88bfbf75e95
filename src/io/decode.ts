/**
 * Turn the bytes of an input file into text, or say in one line why not.
 *
 * Accepted: UTF-8 (with or without a BOM, which is stripped), UTF-16LE and
 * UTF-16BE with a BOM. Rejected: binary data (NUL bytes) and bytes that are
 * not valid in the detected encoding. Legacy encodings (GB18030, Big5) are
 * not detected yet: they are rejected as invalid UTF-8; add their detection
 * here, after the BOM checks and before the UTF-8 fallback.
 */

export type DecodeResult =
  | { text: string; encoding: string }
  | { error: string }

export function decodeBytes(bytes: Uint8Array): DecodeResult {
  // UTF-16 first: its ASCII characters contain NUL bytes.
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return decodeUtf16(bytes, 'utf-16le')
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return decodeUtf16(bytes, 'utf-16be')
  }

  const nul = bytes.indexOf(0)
  if (nul !== -1) return { error: `binary data (NUL byte at offset ${nul})` }

  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  try {
    // ignoreBOM: false (the default) makes the decoder strip a leading BOM.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return { text, encoding: bom ? 'utf-8 (BOM)' : 'utf-8' }
  } catch {
    const at = firstInvalidUtf8(bytes)
    const where = at === -1 ? '' : ` (byte 0x${hex(bytes[at] ?? 0)} at offset ${at})`
    return {
      error: `not valid UTF-8${where}; only UTF-8, and UTF-16 with a BOM, are supported`,
    }
  }
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodeResult {
  const name = encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE'
  let text: string
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    return { error: `not valid ${name} despite its byte order mark` }
  }
  const nul = text.indexOf('\u0000')
  if (nul !== -1) return { error: `binary data (NUL character in ${name} text)` }
  return { text, encoding: name.toLowerCase() }
}

function hex(byte: number): string {
  return byte.toString(16).padStart(2, '0')
}

/**
 * Offset of the first byte that starts an ill-formed UTF-8 sequence, or -1.
 * Follows the well-formed byte sequences table of the Unicode Standard
 * (Table 3-7), as the WHATWG decoder does.
 */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    if (b < 0x80) {
      i += 1
      continue
    }
    let need: number
    let lo = 0x80
    let hi = 0xbf
    if (b >= 0xc2 && b <= 0xdf) need = 1
    else if (b === 0xe0) [need, lo] = [2, 0xa0]
    else if (b >= 0xe1 && b <= 0xec) need = 2
    else if (b === 0xed) [need, hi] = [2, 0x9f]
    else if (b >= 0xee && b <= 0xef) need = 2
    else if (b === 0xf0) [need, lo] = [3, 0x90]
    else if (b >= 0xf1 && b <= 0xf3) need = 3
    else if (b === 0xf4) [need, hi] = [3, 0x8f]
    else return i
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined) return i
      const [min, max] = k === 1 ? [lo, hi] : [0x80, 0xbf]
      if (c < min || c > max) return i
    }
    i += need + 1
  }
  return -1
}
