/**
 * XLSX bytes to records with exceljs: the first worksheet with data, every cell as text
 * (numbers as written, dates as ISO `YYYY-MM-DD HH:MM:SS` read in UTC, formulas by their result).
 */
import ExcelJS from 'exceljs';
import { isBlankRecord, type RawTable } from './table.js';

/** Parse XLSX bytes into a `RawTable`; the sheet row number is the record's line. */
export async function parseXlsx(bytes: Uint8Array, file: string): Promise<RawTable> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types want a Node Buffer; the bytes are not copied.
  await workbook.xlsx.load(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer,
  );
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  const table: RawTable = {
    file,
    records: [],
    encoding: 'xlsx',
    delimiter: null,
    blankRecords: 0,
    notes: [],
  };
  if (!sheet) return table;
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    if (isBlankRecord(cells)) table.blankRecords++;
    else table.records.push({ cells, row: rowNumber, line: rowNumber });
  });
  return table;
}

/** The text of an exceljs cell value of any kind. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      return result === undefined || (typeof result === 'object' && !(result instanceof Date))
        ? ''
        : cellText(result as ExcelJS.CellValue);
    }
    if ('hyperlink' in value) {
      const text = (value as ExcelJS.CellHyperlinkValue).text as unknown;
      return typeof text === 'string' ? text : cellText(text as ExcelJS.CellValue);
    }
    if ('error' in value) return '';
  }
  return String(value);
}

function isoDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`;
}
