// Workspace symbols: each cable found by its subject, post and serial.
import { CableModel, SubjectField } from '../model/cable';
import { SymbolInformation, SymbolKind } from './protocol';

/** The subject's words without the portion mark opening them: `(U) A SMALL CABLE` -> `A SMALL CABLE`. */
function subjectName(subject: SubjectField): string {
  const mark = subject.mark;
  return mark ? subject.text.slice(mark.range.end.character - mark.range.start.character).trimStart() : subject.text;
}

/** The one symbol a cable contributes: its subject, in the container `RANGOON 001422`. */
export function cableSymbol(model: CableModel, uri: string): SymbolInformation | undefined {
  const subject = model.subjects[0];
  const banner = model.banners[0];
  const refid = model.preamble?.metadata?.refid?.text;
  const container = banner?.post ? [banner.post.text, banner.serial?.text].filter(Boolean).join(' ') : refid;
  const name = (subject && subjectName(subject)) || container;
  if (!name) return undefined;
  const range = subject?.range ?? banner?.range ?? model.preamble?.metadata?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return { name, kind: SymbolKind.Module, location: { uri, range }, ...(container && container !== name ? { containerName: container } : {}) };
}

/** Every word of the query appears in the name or container (any case); an empty query matches all. */
export function matchesQuery(symbol: SymbolInformation, query: string): boolean {
  const haystack = `${symbol.name} ${symbol.containerName ?? ''}`.toUpperCase();
  return query.toUpperCase().split(/\s+/).filter(Boolean).every((word) => haystack.includes(word));
}
