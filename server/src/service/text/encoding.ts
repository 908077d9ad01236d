// How a cable file's bytes are to be read: decided here once for every reader (cable-lint and the
// desktop server from disk, the web extension through the editor's file system), each of which
// decodes with its own platform's decoder.

export type Encoding = 'utf8' | 'utf16le' | 'utf16be';

/** The encoding and the length of the BOM in bytes (0: none), or `binary`: not a cable, not read. */
export type ByteLayout = { encoding: Encoding; bomLength: number } | 'binary';

/** How far into a file NUL bytes (binary, or UTF-16 without a BOM) are looked for. */
const SNIFFED_BYTES = 8192;
/** How far into a file the zero bytes of UTF-16 without a BOM are counted. */
const UTF16_SAMPLE_BYTES = 4096;

export function byteLayout(bytes: Uint8Array): ByteLayout {
  // NUL bytes mean binary with or without a UTF-8 BOM: the BOM must not change whether a file is read.
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return hasNul(bytes, 3) ? 'binary' : { encoding: 'utf8', bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf16le', bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf16be', bomLength: 2 };
  if (!hasNul(bytes, 0)) return { encoding: 'utf8', bomLength: 0 };
  const utf16 = utf16WithoutBom(bytes);
  return utf16 ? { encoding: utf16, bomLength: 0 } : 'binary';
}

function hasNul(bytes: Uint8Array, from: number): boolean {
  return bytes.subarray(from, from + SNIFFED_BYTES).includes(0);
}

/**
 * UTF-16 without a BOM, as text of mostly Latin characters writes it: a zero in nearly every
 * high byte (odd offsets for little-endian, even for big-endian) and none in the low bytes.
 */
function utf16WithoutBom(bytes: Uint8Array): Encoding | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, UTF16_SAMPLE_BYTES) & ~1);
  if (sample.length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const half = sample.length / 2;
  if (oddZeros > half * 0.9 && evenZeros === 0) return 'utf16le';
  if (evenZeros > half * 0.9 && oddZeros === 0) return 'utf16be';
  return undefined;
}
