/**
 * An XLSX checked as a ZIP before exceljs opens it (reliability.md, "Bombs and huge input"): the
 * central directory is read for the parts, their sizes and names; each part is inflated once with
 * its declared size as the ceiling, so a part that lies about its size stops at that size; the
 * sheets' cell references and the ranges exceljs expands cell by cell (merged cells, data
 * validations, column definitions) are measured. A file that is not sound is "damaged", with what
 * is wrong; one beyond a limit says which limit.
 */
import { inflateRawSync } from 'node:zlib';
import { type Limits, limitError, limitMessage } from '../limits.js';

/** A damaged ZIP or sheet: `message` says what is wrong. */
export class ZipDamage extends Error {
  override name = 'ZipDamage';
}

export interface ZipPart {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the part's local header. */
  offset: number;
}

/** XLSX's largest sheet: 1,048,576 rows of 16,384 columns (A to XFD). */
export const MAX_SHEET_ROWS = 1_048_576;
export const MAX_SHEET_COLUMNS = 16_384;

const u16 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u32 = (b: Uint8Array, i: number) =>
  (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;
const u64 = (b: Uint8Array, i: number) => u32(b, i) + u32(b, i + 4) * 2 ** 32;

/** The parts listed in a ZIP's central directory; throws `ZipDamage` when it cannot be read. */
export function readZipDirectory(bytes: Uint8Array): ZipPart[] {
  const end = findEndOfDirectory(bytes);
  let count = u16(bytes, end + 10);
  let size = u32(bytes, end + 12);
  let start = u32(bytes, end + 16);
  if (count === 0xffff || size === 0xffffffff || start === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || u32(bytes, locator) !== 0x07064b50)
      throw new ZipDamage('its ZIP64 directory is missing');
    const record = u64(bytes, locator + 8);
    if (record + 56 > bytes.length || u32(bytes, record) !== 0x06064b50)
      throw new ZipDamage('its ZIP64 directory is missing');
    count = u64(bytes, record + 32);
    size = u64(bytes, record + 40);
    start = u64(bytes, record + 48);
  }
  if (start + size > bytes.length)
    throw new ZipDamage(
      'it ends before its ZIP directory: the file is cut short (download or save it again)',
    );
  const parts: ZipPart[] = [];
  let at = start;
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50)
      throw new ZipDamage(`its ZIP directory breaks off at entry ${k + 1} of ${count}`);
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    const part: ZipPart = {
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      offset: u32(bytes, at + 42),
    };
    readZip64Extra(bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), part);
    parts.push(part);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return parts;
}

function findEndOfDirectory(bytes: Uint8Array): number {
  const last = bytes.length - 22;
  for (let i = last; i >= 0 && i >= last - 0xffff; i--) if (u32(bytes, i) === 0x06054b50) return i;
  throw new ZipDamage(
    bytes.length >= 4 && u32(bytes, 0) === 0x04034b50
      ? 'it ends before its ZIP directory: the file is cut short (download or save it again)'
      : 'it is not a ZIP archive',
  );
}

/** ZIP64 sizes and offset, for the fields the directory entry marks 0xFFFFFFFF. */
function readZip64Extra(extra: Uint8Array, part: ZipPart): void {
  for (let i = 0; i + 4 <= extra.length; ) {
    const id = u16(extra, i);
    const length = u16(extra, i + 2);
    if (id === 0x0001) {
      let j = i + 4;
      const take = () => {
        const v = j + 8 <= i + 4 + length ? u64(extra, j) : Number.NaN;
        j += 8;
        return v;
      };
      if (part.size === 0xffffffff) part.size = take();
      if (part.compressedSize === 0xffffffff) part.compressedSize = take();
      if (part.offset === 0xffffffff) part.offset = take();
    }
    i += 4 + length;
  }
}

/** Parts smaller than this are not held to the ratio limit (Apache POI's grace size is 100 KB). */
const RATIO_GRACE = 1 << 20;

/**
 * Check an XLSX's ZIP against the limits and for damage before exceljs reads it; throws an
 * `InputError` for a limit, a `ZipDamage` for a damaged file.
 */
export function checkXlsxZip(bytes: Uint8Array, file: string, limits: Limits): void {
  const parts = readZipDirectory(bytes);
  if (parts.length > limits.xlsxParts)
    throw limitError(file, 'xlsxParts', limitMessage.xlsxParts(parts.length, limits));
  let total = 0;
  for (const part of parts) {
    if (!Number.isFinite(part.size) || !Number.isFinite(part.compressedSize))
      throw new ZipDamage(`the sizes of its part ${part.name} cannot be read`);
    total += part.size;
    if (part.size > RATIO_GRACE && part.size > limits.xlsxRatio * Math.max(1, part.compressedSize))
      throw limitError(
        file,
        'xlsxRatio',
        limitMessage.xlsxRatio(part.name, part.size / Math.max(1, part.compressedSize), limits),
      );
  }
  if (total > limits.xlsxInflated)
    throw limitError(file, 'xlsxInflated', limitMessage.xlsxInflated(total, limits));
  for (const part of parts) {
    const data = inflatePart(bytes, part);
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(part.name)) checkSheetXml(data, part.name, file, limits);
  }
}

/** A part's bytes, inflated with its declared size as the ceiling; `ZipDamage` if it is not that size. */
export function inflatePart(bytes: Uint8Array, part: ZipPart): Uint8Array {
  const at = part.offset;
  if (at + 30 > bytes.length || u32(bytes, at) !== 0x04034b50)
    throw new ZipDamage(`its part ${part.name} is missing from the archive (cut short?)`);
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  if (start + part.compressedSize > bytes.length) throw new ZipDamage(`its part ${part.name} is cut short`);
  const raw = bytes.subarray(start, start + part.compressedSize);
  if (part.method === 0) {
    if (part.size !== part.compressedSize) throw new ZipDamage(`its part ${part.name} has a wrong size`);
    return raw;
  }
  if (part.method !== 8)
    throw new ZipDamage(
      `its part ${part.name} is compressed with method ${part.method}, which XLSX does not use`,
    );
  let data: Uint8Array;
  try {
    // One byte over the declared size tells a part that lies about its size, without inflating the rest.
    data = inflateRawSync(raw, { maxOutputLength: Math.max(1, part.size + 1) });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ZipDamage(
      code === 'ERR_BUFFER_TOO_LARGE'
        ? `its part ${part.name} inflates to more than the ${part.size} bytes it declares`
        : `its part ${part.name} cannot be inflated (${(error as Error).message})`,
    );
  }
  if (data.byteLength !== part.size)
    throw new ZipDamage(
      `its part ${part.name} inflates to ${data.byteLength} bytes where it declares ${part.size}`,
    );
  return data;
}

/** A1-style reference → 1-based row and column; undefined when it is not one. */
function decodeRef(ref: string): { row: number; column: number } | undefined {
  const m = /^\$?([A-Z]{1,7})\$?(\d{1,10})$/i.exec(ref.trim());
  if (!m) return undefined;
  let column = 0;
  for (const ch of m[1]!.toUpperCase()) column = column * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), column };
}

/** Cells of an A1 range (`B2:B1048576`, or one cell); NaN when it cannot be read. */
function rangeCells(range: string): number {
  const [a, b = a] = range.split(':');
  const from = decodeRef(a ?? '');
  const to = decodeRef(b ?? '');
  if (!from || !to) return Number.NaN;
  return (Math.abs(to.row - from.row) + 1) * (Math.abs(to.column - from.column) + 1);
}

/**
 * A sheet's XML measured before exceljs builds it: every row and cell reference inside XLSX's
 * 1,048,576 × 16,384, column definitions too, and merged and validated ranges (which exceljs
 * expands one cell at a time) within `sheetCells`.
 */
function checkSheetXml(data: Uint8Array, part: string, file: string, limits: Limits): void {
  // References are ASCII, so latin1 reads them at once, whatever the text around them.
  const xml = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1');
  const refs = /<(row|c)\b[^>]*?\sr="([^"]*)"/g;
  for (let m = refs.exec(xml); m !== null; m = refs.exec(xml)) {
    if (m[1] === 'row') {
      const row = Number(m[2]);
      if (!Number.isInteger(row) || row < 1 || row > MAX_SHEET_ROWS)
        throw new ZipDamage(`${part} has a row numbered ${m[2]}, outside the 1,048,576 rows of a sheet`);
    } else {
      const ref = decodeRef(m[2]!);
      if (!ref || ref.row < 1 || ref.row > MAX_SHEET_ROWS || ref.column > MAX_SHEET_COLUMNS)
        throw new ZipDamage(`${part} has a cell at ${m[2]}, outside a sheet's A1:XFD1048576`);
    }
  }
  const cols = /<col\b[^>]*>/g;
  for (let m = cols.exec(xml); m !== null; m = cols.exec(xml)) {
    const max = Number(/\smax="(\d+)"/.exec(m[0])?.[1] ?? 0);
    const min = Number(/\smin="(\d+)"/.exec(m[0])?.[1] ?? 0);
    if (max > MAX_SHEET_COLUMNS || min > MAX_SHEET_COLUMNS)
      throw new ZipDamage(`${part} defines columns up to ${max}, beyond a sheet's 16,384`);
  }
  let spanned = 0;
  const ranges = /<(mergeCell|dataValidation)\b[^>]*?\s(?:ref|sqref)="([^"]*)"/g;
  for (let m = ranges.exec(xml); m !== null; m = ranges.exec(xml)) {
    for (const range of m[2]!.trim().split(/\s+/)) {
      const cells = rangeCells(range);
      if (Number.isNaN(cells))
        throw new ZipDamage(`${part} has a ${m[1]} range "${range}" that cannot be read`);
      spanned += cells;
      if (spanned > limits.sheetCells)
        throw limitError(
          file,
          'sheetCells',
          limitMessage.sheetCells(
            `the merged cells and data validations of ${part} (up to ${range})`,
            spanned,
            limits,
          ),
        );
    }
  }
}
