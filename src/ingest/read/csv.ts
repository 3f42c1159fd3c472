/**
 * CSV bytes to records with papaparse: encoding and delimiter chosen by us, never guessed by the
 * parser; physical line numbers tracked so errors can point at the line an editor shows.
 */
import Papa from 'papaparse';
import { message } from '../messages.js';
import { decodeBytes } from './decode.js';
import { detectDelimiter, detectNewline } from './delimiter.js';
import { isBlankRecord, type RawTable } from './table.js';

/** Parse CSV (or TSV) bytes into a `RawTable`. */
export function parseCsv(bytes: Uint8Array, file: string): RawTable {
  const decoded = decodeBytes(bytes);
  const notes: RawTable['notes'] = [];
  if (decoded.encoding === 'windows-1252')
    notes.push({ code: 'encoding_fallback', message: message.decodedAsWindows1252() });
  if (decoded.nulBytes > 0) notes.push({ code: 'nul_bytes', message: message.nulBytes(decoded.nulBytes) });
  const text = decoded.text;
  const delimiter = detectDelimiter(text);
  const newline = detectNewline(text);
  const table: RawTable = {
    file,
    records: [],
    encoding: decoded.encoding,
    delimiter,
    blankRecords: 0,
    notes,
  };
  let line = 1;
  let row = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    newline,
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    step: (result) => {
      const cells = result.data;
      let breaks = 0;
      for (const cell of cells) breaks += countLineBreaks(cell);
      row++;
      if (isBlankRecord(cells)) table.blankRecords++;
      else table.records.push({ cells, row, line });
      line += 1 + breaks;
    },
  });
  // papaparse reports the empty string after a final newline as a blank record; it is no record at all.
  if (text.endsWith('\n') || text.endsWith('\r')) table.blankRecords = Math.max(0, table.blankRecords - 1);
  return table;
}

function countLineBreaks(cell: string): number {
  let n = 0;
  for (let i = 0; i < cell.length; i++) {
    const ch = cell.charCodeAt(i);
    if (ch === 10) n++;
    else if (ch === 13 && cell.charCodeAt(i + 1) !== 10) n++;
  }
  return n;
}
