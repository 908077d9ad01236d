// Streaming reader for the Cablegate `cables.csv` release: quoted fields with backslash escapes
// (`\"`), literal newlines inside fields. Memory stays at one row, whatever the file's size.
import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { parseUsDate, ReleaseRecord } from '../service';

/** One row of cables.csv: id, date, refid, origin, classification, references, header, content. */
export interface CsvCable {
  /** 1-based row number in the file. */
  row: number;
  refid: string;
  text: string;
  record: ReleaseRecord;
}

const enum State {
  FieldStart,
  Quoted,
  Escape,
  AfterQuote,
  Unquoted,
}

/** Yields the rows of a CSV file as arrays of fields. */
export async function* readCsvRows(path: string): AsyncGenerator<string[]> {
  const decoder = new StringDecoder('utf8');
  let state = State.FieldStart;
  let field = '';
  let row: string[] = [];
  const stream = createReadStream(path, { highWaterMark: 1 << 20 });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    const text = decoder.write(chunk);
    const n = text.length;
    let i = 0;
    const rows: string[][] = [];
    while (i < n) {
      if (state === State.Quoted) {
        // Jump to the next character that matters inside quotes.
        let q = text.indexOf('"', i);
        let b = text.indexOf('\\', i);
        if (q < 0) q = n;
        if (b < 0) b = n;
        const stop = Math.min(q, b);
        field += text.slice(i, stop);
        i = stop;
        if (i >= n) break;
        state = text.charCodeAt(i) === 92 ? State.Escape : State.AfterQuote;
        i++;
        continue;
      }
      const c = text.charCodeAt(i);
      if (state === State.Escape) {
        field += text[i];
        state = State.Quoted;
        i++;
        continue;
      }
      if (state === State.AfterQuote && c === 34) {
        // A doubled quote inside a quoted field is one quote.
        field += '"';
        state = State.Quoted;
        i++;
        continue;
      }
      if (c === 44 /* , */) {
        row.push(field);
        field = '';
        state = State.FieldStart;
      } else if (c === 10 /* \n */ || c === 13 /* \r */) {
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        if (row.length || field || state !== State.FieldStart) {
          row.push(field);
          rows.push(row);
        }
        row = [];
        field = '';
        state = State.FieldStart;
      } else if (state === State.FieldStart && c === 34) {
        state = State.Quoted;
      } else {
        field += text[i];
        if (state === State.FieldStart) state = State.Unquoted;
      }
      i++;
    }
    for (const r of rows) yield r;
  }
  field += decoder.end();
  if (row.length || field) {
    row.push(field);
    yield row;
  }
}

/** The cables of a cables.csv file, with the release's date and classification kept as a record. */
export async function* readCsvCables(path: string): AsyncGenerator<CsvCable> {
  let number = 0;
  for await (const fields of readCsvRows(path)) {
    number++;
    const [, date = '', refid = '', , classification = '', , header = '', content = ''] = fields;
    yield {
      row: number,
      refid: refid || `row ${number}`,
      text: header ? `${header}\n${content}` : content,
      record: { refid: refid || undefined, date: parseUsDate(date), classification: classification || undefined },
    };
  }
}
