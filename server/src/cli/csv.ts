// Streaming reader for the Cablegate `cables.csv` release: quoted fields with backslash escapes
// (`\"`), literal newlines inside fields. The file is read as raw bytes and cut into batches of
// whole rows (cheap: only quotes, backslashes, commas and line breaks matter, all ASCII, so no
// decoding); each batch is parsed and decoded where it is linted, on whichever thread that is.
// Memory stays at a few batches, whatever the file's size. Standard input (`--csv -`) is read
// the same way, a chunk at a time as batches are needed.
import { open } from 'node:fs/promises';
import { parseUsDate, ReleaseRecord } from '../service';

/** One row of cables.csv: id, date, refid, origin, classification, references, header, content. */
export interface CsvCable {
  /** 1-based row number in the file. */
  row: number;
  refid: string;
  text: string;
  record: ReleaseRecord;
  /** Why the row is not a whole cables.csv row (cut short, or not eight fields): reported, not linted. */
  problem?: string;
}

/** How a batch's rows ended: `insideQuotes` when the file ended inside a quoted field. */
export interface CsvEnd {
  insideQuotes: boolean;
}

/** Whole rows of the file, as raw bytes in a buffer of their own (so it can move to another thread). */
export interface CsvBatch {
  bytes: Uint8Array;
  /** Rows of the file before this batch. */
  rowsBefore: number;
  /** True for the file's last bytes, which may end without a line break. */
  last: boolean;
}

const enum State {
  FieldStart,
  Quoted,
  Escape,
  AfterQuote,
  Unquoted,
}

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** Bytes read before cutting a batch: large enough to amortise a thread hop, small enough to keep memory flat. */
const BATCH_BYTES = 1 << 20;

/**
 * Finds where rows end in raw CSV bytes, with the same states as the parser below (the bytes that
 * matter are ASCII, and UTF-8 never uses ASCII bytes inside a multi-byte character), and counts
 * the rows the parser will yield: a row with at least one byte that is not a line break.
 */
class RowCutter {
  private state = State.FieldStart;
  private rowHasBytes = false;
  /** Next byte to look at. */
  private at = 0;
  /** Just after the last row end seen, and the rows up to it. */
  lastRowEnd = 0;
  rowsToLastEnd = 0;

  /** Scans `bytes` up to `end` from where the last call stopped. */
  scan(bytes: Buffer, end: number): void {
    let i = this.at;
    let state = this.state;
    let rowHasBytes = this.rowHasBytes;
    // Where the next quote and backslash are, searched again only once passed.
    let nextQuote = -1;
    let nextBackslash = -1;
    while (i < end) {
      if (state === State.Quoted) {
        if (nextQuote < i) nextQuote = indexOrEnd(bytes, QUOTE, i, end);
        if (nextBackslash < i) nextBackslash = indexOrEnd(bytes, BACKSLASH, i, end);
        i = Math.min(nextQuote, nextBackslash);
        if (i >= end) break;
        state = bytes[i] === BACKSLASH ? State.Escape : State.AfterQuote;
        i++;
        continue;
      }
      const c = bytes[i++];
      if (state === State.Escape) state = State.Quoted;
      else if (c === LF || c === CR) {
        if (rowHasBytes) this.rowsToLastEnd++;
        rowHasBytes = false;
        state = State.FieldStart;
        this.lastRowEnd = i;
      } else {
        rowHasBytes = true;
        if (c === COMMA) state = State.FieldStart;
        else if (c === QUOTE && state !== State.Unquoted) state = State.Quoted;
        else if (state === State.FieldStart) state = State.Unquoted;
      }
    }
    this.at = i;
    this.state = state;
    this.rowHasBytes = rowHasBytes;
  }

  /** Forgets the bytes before the last row end (they left in a batch). */
  cut(): void {
    this.at -= this.lastRowEnd;
    this.lastRowEnd = 0;
    this.rowsToLastEnd = 0;
  }
}

/** Where `byte` next occurs in `bytes` from `from`, or `end` when not before it. */
function indexOrEnd(bytes: Buffer, byte: number, from: number, end: number): number {
  const i = bytes.indexOf(byte, from);
  return i < 0 || i > end ? end : i;
}

/** Fills `buffer` from `offset` with up to `length` bytes; resolves to how many, 0 at the end. */
export type ReadBytes = (buffer: Buffer, offset: number, length: number) => Promise<number>;

/** Reads a CSV file as batches of whole rows, each in a fresh buffer. */
export async function* readCsvBatches(path: string, batchBytes = BATCH_BYTES): AsyncGenerator<CsvBatch> {
  const file = await open(path, 'r');
  try {
    yield* cutCsvBatches(async (buffer, offset, length) => (await file.read(buffer, offset, length, null)).bytesRead, batchBytes);
  } finally {
    await file.close();
  }
}

/**
 * Reads a CSV stream (standard input) as batches of whole rows, as readCsvBatches reads a file.
 * Chunks are pulled only when a batch needs them, so a stream paused by the consumer pauses its
 * producer (backpressure): no more than a batch and a chunk are held here.
 */
export async function* readCsvStreamBatches(stream: AsyncIterable<Uint8Array | string>, batchBytes = BATCH_BYTES): AsyncGenerator<CsvBatch> {
  const chunks = stream[Symbol.asyncIterator]();
  let chunk: Buffer = Buffer.alloc(0);
  let at = 0;
  const read: ReadBytes = async (buffer, offset, length) => {
    while (at === chunk.length) {
      const next = await chunks.next();
      if (next.done) return 0;
      chunk = typeof next.value === 'string' ? Buffer.from(next.value) : Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
      at = 0;
    }
    const copied = chunk.copy(buffer, offset, at, Math.min(chunk.length, at + length));
    at += copied;
    return copied;
  };
  try {
    yield* cutCsvBatches(read, batchBytes);
  } finally {
    // Stopped early (an error downstream): let the stream release what it holds.
    await chunks.return?.();
  }
}

/** Cuts the bytes `read` gives into batches of whole rows, each in a fresh buffer. */
async function* cutCsvBatches(read: ReadBytes, batchBytes: number): AsyncGenerator<CsvBatch> {
  const cutter = new RowCutter();
  let rowsBefore = 0;
  let buffer = Buffer.from(new ArrayBuffer(batchBytes));
  let filled = 0;
  for (;;) {
    let eof = false;
    while (filled < buffer.length && !eof) {
      const bytesRead = await read(buffer, filled, buffer.length - filled);
      filled += bytesRead;
      eof = bytesRead === 0;
    }
    cutter.scan(buffer, filled);
    if (eof) {
      if (filled) yield { bytes: buffer.subarray(0, filled), rowsBefore, last: true };
      return;
    }
    const end = cutter.lastRowEnd;
    // A row longer than the buffer: read on into a larger one.
    const next = Buffer.from(new ArrayBuffer(Math.max(batchBytes, end ? 0 : 2 * buffer.length, filled - end + batchBytes / 2)));
    buffer.copy(next, 0, end, filled);
    if (end) {
      yield { bytes: buffer.subarray(0, end), rowsBefore, last: false };
      rowsBefore += cutter.rowsToLastEnd;
      cutter.cut();
    }
    filled -= end;
    buffer = next;
  }
}

/** Bytes that end a run of text outside quotes. */
const endsUnquotedRun = (c: number) => c === COMMA || c === QUOTE || c === LF || c === CR;

/**
 * Parses the rows of a batch (bytes starting at a row's start) into arrays of fields. Text is
 * decoded a run at a time between the bytes that matter, never as one string for the batch:
 * small strings stay in V8's young generation, where they cost least. Runs end before ASCII
 * bytes, where UTF-8 decoding restarts, so the text is what decoding the whole file gives (a BOM
 * kept; it can only reach the unused id column).
 */
export function* parseCsvRows(data: Uint8Array, last: boolean, end?: CsvEnd): Generator<string[]> {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const n = bytes.length;
  let state = State.FieldStart;
  let field = '';
  let row: string[] = [];
  let nextQuote = -1;
  let nextBackslash = -1;
  let i = 0;
  while (i < n) {
    if (state === State.Quoted) {
      // Jump to the next byte that matters inside quotes.
      if (nextQuote < i) nextQuote = indexOrEnd(bytes, QUOTE, i, n);
      if (nextBackslash < i) nextBackslash = indexOrEnd(bytes, BACKSLASH, i, n);
      const stop = Math.min(nextQuote, nextBackslash);
      if (stop > i) field += bytes.toString('utf8', i, stop);
      i = stop;
      if (i >= n) break;
      state = bytes[i] === BACKSLASH ? State.Escape : State.AfterQuote;
      i++;
      continue;
    }
    const c = bytes[i];
    if (state === State.Escape) {
      state = State.Quoted;
      // The escaped character is taken as it is; one that is not ASCII is decoded with the run it starts.
      if (c >= 0x80) continue;
      field += String.fromCharCode(c);
    } else if (state === State.AfterQuote && c === QUOTE) {
      // A doubled quote inside a quoted field is one quote.
      field += '"';
      state = State.Quoted;
    } else if (c === COMMA) {
      row.push(field);
      field = '';
      state = State.FieldStart;
    } else if (c === LF || c === CR) {
      if (row.length || field || state !== State.FieldStart) {
        row.push(field);
        yield row;
      }
      row = [];
      field = '';
      state = State.FieldStart;
    } else if (state === State.FieldStart && c === QUOTE) {
      state = State.Quoted;
    } else {
      // Text outside quotes, up to the next comma, quote or line break (a quote here is text).
      let end = i + 1;
      while (end < n && !endsUnquotedRun(bytes[end])) end++;
      field += bytes.toString('utf8', i, end);
      if (state === State.FieldStart) state = State.Unquoted;
      i = end;
      continue;
    }
    i++;
  }
  // Set before the last row is handed over, so its reader knows it was cut short.
  if (end && last && (state === State.Quoted || state === State.Escape)) end.insideQuotes = true;
  if (last && (row.length || field)) {
    row.push(field);
    yield row;
  }
}

/** id, date, refid, origin, classification, references, header, content. */
const CSV_FIELDS = 8;

/** Why a row is not a whole cables.csv row, if it is not: its fields would be read as the wrong columns. */
function rowProblem(fields: readonly string[], end: CsvEnd, row: number): string | undefined {
  if (end.insideQuotes) return `Row ${row} is cut short: the file ends inside one of its quoted fields (is the file truncated?); not checked.`;
  if (fields.length === CSV_FIELDS) return undefined;
  return `Row ${row} has ${fields.length} field${fields.length === 1 ? '' : 's'}; a cables.csv row has ${CSV_FIELDS} (id, date, refid, origin, classification, references, header, content); not checked.`;
}

/** The column names, as a CSV export (a spreadsheet's, pandas') writes them in a first row. */
const HEADER = ['id', 'date', 'refid', 'origin', 'classification', 'references', 'header', 'content'];

/**
 * Whether a row is a header row naming the eight columns in their order (in any case). A BOM
 * may open the file: the parser keeps it, and a quote after it, in the first field (`\ufeff"id"`).
 * No cable's row reads so: its refid column would be "refid".
 */
export function isHeaderRow(fields: readonly string[]): boolean {
  const name = (field: string, i: number) => (i ? field : field.replace(/^\ufeff(?:"(.*)"$)?/, (_, quoted?: string) => quoted ?? '')).trim().toLowerCase();
  return fields.length === HEADER.length && fields.every((field, i) => name(field, i) === HEADER[i]);
}

/** Whether the batch starts with the file's first row and that row is a header row (skipped by csvCables). */
export function startsWithHeaderRow(batch: CsvBatch): boolean {
  if (batch.rowsBefore) return false;
  const first = parseCsvRows(batch.bytes, batch.last).next();
  return !first.done && isHeaderRow(first.value);
}

/**
 * The cables of a batch, with the release's date and classification kept as a record. A header
 * row, as the file's first row, is left out; rows keep their numbers in the file.
 */
export function* csvCables(batch: CsvBatch): Generator<CsvCable> {
  let number = batch.rowsBefore;
  const end: CsvEnd = { insideQuotes: false };
  for (const fields of parseCsvRows(batch.bytes, batch.last, end)) {
    number++;
    if (number === 1 && !end.insideQuotes && isHeaderRow(fields)) continue;
    const [, date = '', refid = '', , classification = '', , header = '', content = ''] = fields;
    const problem = rowProblem(fields, end, number);
    yield {
      row: number,
      // A row of the wrong shape has no trustworthy refid column: it is named by its number.
      refid: (fields.length === CSV_FIELDS && refid) || `row ${number}`,
      text: header ? `${header}\n${content}` : content,
      record: { refid: refid || undefined, date: parseUsDate(date), classification: classification || undefined },
      ...(problem ? { problem } : {}),
    };
  }
}
