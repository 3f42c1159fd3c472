/**
 * Fixed ZIP entry times. exceljs hands every part to JSZip with `new Date()` as its modification
 * time, and neither `writeBuffer({ zip })` (passed to JSZip's `generateAsync`, which has no date
 * option) nor exceljs itself lets a caller choose it. So after writing, the DOS time and date of
 * every entry are overwritten in both the local headers and the central directory. The CRCs
 * cover only the data, so the archive stays valid.
 */

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * A copy of `zip` with every entry's modification time set to `date` (UTC, 2-second
 * resolution, clamped to 1980-01-01…2107-12-31 as DOS dates allow). Throws on a malformed archive.
 */
export function toFixedZipTimes(zip: Uint8Array, date: Date): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const { time, day } = toDosDateTime(date);
  const end = findEndOfCentralDirectory(view);
  const entries = view.getUint16(end + 10, true);
  let p = view.getUint32(end + 16, true);
  for (let i = 0; i < entries; i++) {
    if (p + 46 > view.byteLength || view.getUint32(p, true) !== CENTRAL) throw new Error('malformed ZIP');
    view.setUint16(p + 12, time, true);
    view.setUint16(p + 14, day, true);
    const local = view.getUint32(p + 42, true);
    if (local + 30 > view.byteLength || view.getUint32(local, true) !== LOCAL)
      throw new Error('malformed ZIP');
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, day, true);
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return out;
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const last = view.byteLength - 22;
  for (let p = last; p >= 0 && p >= last - 0xffff; p--) {
    if (view.getUint32(p, true) === EOCD) return p;
  }
  throw new Error('malformed ZIP');
}

/** MS-DOS time (2-second units) and date of a moment in UTC, as JSZip encodes them. */
export function toDosDateTime(date: Date): { time: number; day: number } {
  const min = Date.UTC(1980, 0, 1);
  const max = Date.UTC(2107, 11, 31, 23, 59, 58);
  const d = new Date(Math.min(max, Math.max(min, date.getTime())));
  const time = (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | Math.floor(d.getUTCSeconds() / 2);
  const day = ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate();
  return { time, day };
}
