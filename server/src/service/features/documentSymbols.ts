// The outline: a "Header" with the banner and header fields, then the body by section, heading
// and paragraph (`¶3 (C) Cambodia, Laos, and...`). Breadcrumbs follow from the nesting.
import { Block, CableModel, Heading, Paragraph } from '../model/cable';
import { paragraphSequence } from '../rules/paragraphSequence';
import { comparePositions, Position, Range } from '../text/types';
import { DocumentSymbol, SymbolKind } from './protocol';

/** How much of a paragraph's first words its name shows. */
const LEAD_LENGTH = 24;

/** The first words of a paragraph, cut at a word boundary: `Cambodia, Laos, and...`. */
export function shortLead(lead: string, max = LEAD_LENGTH): string {
  const text = lead.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return (space > 0 ? cut.slice(0, space) : text.slice(0, max)).replace(/[\s,;:-]+$/, '') + '...';
}

/**
 * `¶3 (C) Cambodia, Laos, and...`. `readAs` is the number the paragraph sequence reads when a
 * garbled pilcrow turned `¶3.` into `13.`: the outline shows what the cable means.
 */
export function paragraphName(p: Paragraph, readAs?: number): string {
  const number = readAs !== undefined ? String(readAs) : p.number ? String(p.number.value) : '';
  const mark = p.mark ? ` ${p.mark.raw}` : '';
  const lead = shortLead(p.lead);
  return `¶${number}${mark}${lead ? ' ' + lead : ''}`;
}

function clampPosition(p: Position, range: Range): Position {
  if (comparePositions(p, range.start) < 0) return range.start;
  return comparePositions(p, range.end) > 0 ? range.end : p;
}

/**
 * The selection cut to the symbol's range: editors reject a whole outline whose selection sticks
 * out, and a paragraph just begun (`3. `) has a start marker that takes the blank its range trims.
 */
function selectionWithin(selection: Range, range: Range): Range {
  return { start: clampPosition(selection.start, range), end: clampPosition(selection.end, range) };
}

function symbol(name: string, kind: SymbolKind, range: Range, selectionRange: Range = range, detail?: string, children: DocumentSymbol[] = []): DocumentSymbol {
  return { name: name || '(empty)', kind, range, selectionRange: selectionWithin(selectionRange, range), detail, children };
}

function cover(ranges: Range[]): Range | undefined {
  if (!ranges.length) return undefined;
  let start: Position = ranges[0].start;
  let end: Position = ranges[0].end;
  for (const r of ranges) {
    if (comparePositions(r.start, start) < 0) start = r.start;
    if (comparePositions(r.end, end) > 0) end = r.end;
  }
  return { start, end };
}

function headerSymbol(model: CableModel): DocumentSymbol | undefined {
  const children: DocumentSymbol[] = [];
  const banner = model.banners[0];
  if (banner) children.push(symbol(banner.levelText.text, SymbolKind.Constant, banner.range, banner.levelText.range, banner.text.slice(banner.levelText.text.length).trim() || undefined));
  const eo = model.eoLines[0];
  if (eo) {
    const detail = eo.decl ? `DECL: ${eo.decl.text}` : eo.notApplicable?.text;
    children.push(symbol(`E.O. ${eo.order?.text ?? ''}`.trim(), SymbolKind.Property, eo.range, eo.keyword.range, detail));
  }
  const tags = model.tags[0];
  if (tags) children.push(symbol('TAGS', SymbolKind.Property, tags.range, tags.keyword.range, tags.tokens.map((t) => t.text).join(', ')));
  const subject = model.subjects[0];
  if (subject) children.push(symbol('SUBJECT', SymbolKind.String, subject.range, subject.keyword.range, subject.text));
  for (const item of model.refs?.items ?? []) {
    const letter = item.letter?.text.replace(/[^A-Za-z]/g, '');
    children.push(symbol(letter ? `REF ${letter}` : 'REF', SymbolKind.Key, item.range, item.letter?.range ?? item.range, item.text));
  }
  const by = model.classifiedBy;
  if (by) {
    const reasons = by.section ? `${by.section.text} ${by.letters.map((l) => `(${l.text.toLowerCase()})`).join(' ')}`.trim() : undefined;
    children.push(symbol('Classified By', SymbolKind.Property, by.range, by.keyword.range, reasons));
  }
  const range = cover(children.map((c) => c.range));
  if (!range) return undefined;
  return symbol('Header', SymbolKind.Namespace, range, children[0].selectionRange, model.classification ? undefined : 'no banner', children);
}

function quotationSymbol(q: Block, range: Range): DocumentSymbol {
  return symbol(q.start.text.toUpperCase(), SymbolKind.Object, range, q.start.range);
}

/**
 * Garbled numbers (`13.` read as 3) and what they mean; empty when the numbering is not garbled.
 * Numbers read as written (`¶1.` next to a garbled `13.`) are left out: nothing to explain there.
 */
function garbledReadings(model: CableModel): Map<Paragraph, number> {
  const sequence = paragraphSequence(model);
  if (!sequence.garbled) return new Map();
  return new Map(sequence.main.map((p, i): [Paragraph, number] => [p, sequence.values[i]]).filter(([p, value]) => p.number?.value !== value));
}

/**
 * Symbols of paragraphs read as written, by paragraph: after an edit the editor's re-parse keeps
 * the paragraphs it did not touch (incremental.ts), and their symbols need not be built again.
 * A symbol is never changed once built.
 */
const plainSymbols = new WeakMap<Paragraph, DocumentSymbol>();

function paragraphSymbol(p: Paragraph, readings: Map<Paragraph, number>): DocumentSymbol {
  const readAs = readings.get(p);
  const plain = readAs === undefined ? plainSymbols.get(p) : undefined;
  if (plain) return plain;
  const marking = p.mark ? p.mark.canonical : 'unmarked';
  const detail = readAs !== undefined && p.number ? `${marking} · written ${p.number.text}` : marking;
  const built = symbol(paragraphName(p, readAs), SymbolKind.Field, p.range, p.start, detail);
  if (readAs === undefined) plainSymbols.set(p, built);
  return built;
}

/** The part of `range` inside `limit` (`range` itself when they do not meet). */
function clip(range: Range, limit: Range): Range {
  const start = comparePositions(range.start, limit.start) < 0 ? limit.start : range.start;
  const end = comparePositions(range.end, limit.end) > 0 ? limit.end : range.end;
  return comparePositions(start, end) <= 0 ? { start, end } : range;
}

/** The end of the line before `line`: where a stretch ending at a heading on `line` stops. */
function endOfLineBefore(model: CableModel, line: number): Position {
  const before = Math.max(0, line - 1);
  return { line: before, character: model.lines.lines[before]?.length ?? 0 };
}

/**
 * Paragraphs of one stretch of the body (`limit`), quoted ones grouped under their quotation.
 * A quotation running across headings or sections shows in each, cut to that stretch.
 */
function bodySymbols(model: CableModel, paragraphs: Paragraph[], readings: Map<Paragraph, number>, limit: Range): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const open = new Map<Block, DocumentSymbol>();
  for (const p of paragraphs) {
    const q = p.quoted ? model.quotations.find((b) => comparePositions(b.range.start, p.range.start) <= 0 && comparePositions(p.range.start, b.range.end) <= 0) : undefined;
    if (!q) {
      out.push(paragraphSymbol(p, readings));
      continue;
    }
    let group = open.get(q);
    if (!group) {
      group = quotationSymbol(q, clip(q.range, limit));
      open.set(q, group);
      out.push(group);
    }
    group.children.push(paragraphSymbol(p, readings));
    // The last quoted paragraph may run past `END TEXT` onto the rest of its line.
    group.range = cover([group.range, p.range])!;
  }
  return out;
}

/**
 * Headings with the paragraphs that follow them; paragraphs before the first heading stand alone.
 * `limit`: the stretch of the document they share (the whole body, or one section).
 */
function headedSymbols(model: CableModel, headings: Heading[], paragraphs: Paragraph[], readings: Map<Paragraph, number>, limit: Range): DocumentSymbol[] {
  const before = paragraphs.filter((p) => !headings.length || comparePositions(p.range.start, headings[0].range.start) < 0);
  const out = bodySymbols(model, before, readings, headings.length ? { start: limit.start, end: endOfLineBefore(model, headings[0].range.start.line) } : limit);
  headings.forEach((h, i) => {
    const next = headings[i + 1]?.range.start;
    const mine = paragraphs.filter((p) => comparePositions(p.range.start, h.range.start) > 0 && (!next || comparePositions(p.range.start, next) < 0));
    const children = bodySymbols(model, mine, readings, { start: h.range.start, end: next ? endOfLineBefore(model, next.line) : limit.end });
    const range = cover([h.range, ...(h.underline ? [h.underline] : []), ...children.map((c) => c.range)])!;
    out.push(symbol(h.text.trim(), SymbolKind.String, range, h.range, undefined, children));
  });
  return out;
}

/** Headings proper: a `BEGIN TEXT:` line standing alone is a quotation's edge, shown as the quotation. */
function realHeadings(model: CableModel): Heading[] {
  const edges = new Set(model.quotations.flatMap((q) => [q.start.range.start.line, q.end?.range.start.line]));
  return model.headings.filter((h) => !edges.has(h.range.start.line));
}

export function documentSymbols(model: CableModel): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  const headings = realHeadings(model);
  const header = headerSymbol(model);
  if (header) out.push(header);
  const sections = model.sections;
  const readings = garbledReadings(model);
  if (sections.length <= 1) {
    const lastLine = model.lines.lineCount - 1;
    const whole = { start: { line: 0, character: 0 }, end: { line: lastLine, character: model.lines.lines[lastLine]?.length ?? 0 } };
    out.push(...headedSymbols(model, headings, model.paragraphs, readings, whole));
    return out;
  }
  sections.forEach((section, i) => {
    const inSection = <T extends { range: Range }>(items: T[]) => items.filter((x) => comparePositions(x.range.start, section.range.start) >= 0 && comparePositions(x.range.start, section.range.end) <= 0);
    const banner = section.banner;
    const name = banner?.section ? `Section ${banner.section.number.text} of ${banner.section.total.text}` : `Section ${i + 1}`;
    // The first section opens with the header; its body starts where the header ends.
    const start = i === 0 ? { line: model.bodyStart, character: 0 } : section.range.start;
    const range = { start: comparePositions(start, section.range.end) <= 0 ? start : section.range.start, end: section.range.end };
    const children = headedSymbols(model, inSection(headings), model.paragraphs.filter((p) => p.section === i), readings, range);
    if (i === 0 && !children.length) return;
    const selection = i === 0 || !banner ? { start: range.start, end: range.start } : banner.range;
    out.push(symbol(name, SymbolKind.Module, range, selection, banner?.text, children));
  });
  return out;
}
