/**
 * Bytes to text, before any CSV parser runs (export-formats.md §1): a UTF-8 BOM is dropped,
 * `FF FE` means UTF-16LE, otherwise strict UTF-8 with a fallback to Windows-1252.
 */
import iconv from 'iconv-lite';

export interface Decoded {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** NUL bytes removed from the text. */
  nulBytes: number;
}

/** Decode an export's bytes; NUL characters are removed and counted (SurveyMonkey leaves them in). */
export function decodeBytes(bytes: Uint8Array): Decoded {
  let encoding: Decoded['encoding'];
  let text: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8-bom';
    text = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(3));
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      encoding = 'utf-8';
    } catch {
      // Not TextDecoder('windows-1252'): Node decodes that as Latin-1 (see stream.ts).
      text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'win1252');
      encoding = 'windows-1252';
    }
  }
  let nulBytes = 0;
  if (text.includes('\0')) {
    text = text.replace(/\0/g, () => {
      nulBytes++;
      return '';
    });
  }
  return { text, encoding, nulBytes };
}
