// Hovers: what a TAG, a portion mark, the banner level, a caption, the E.O. line, a Classified By
// reason letter, a REF item, a REF citation or a REF item's cable named by post and number means.
import { TagKind } from '../data/tags';
import { TagVocabulary } from '../lint/vocabulary';
import { CableModel, EoLine, itemLetter, RefItem } from '../model/cable';
import { LEVEL_DESCRIPTIONS, LEVEL_NAMES, PortionMark } from '../model/levels';
import { eraOn, erasOfOrder, formatDeclDate, OrderEra, parseDeclInstruction } from '../rules/executiveOrders';
import { citationTargets, refItemForLetter } from '../rules/refLetters';
import { mentionAt } from '../rules/refMentions';
import { containsPosition, Position, Range } from '../text/types';
import { DOWNGRADE_MEANING, exemptionMeaning, MR_MEANING, NOT_APPLICABLE_MEANING, OADR_MEANING, SCHEDULE_MEANING } from './declMeanings';
import { captionMeaning } from './captions';
import { citingRanges } from './navigation';
import { Hover } from './protocol';
import { reasonMeaning } from './reasons';

const KIND_LABELS: Record<TagKind, string> = {
  subject: 'subject tag',
  program: 'program tag',
  geo: 'geographic tag',
  organization: 'organization tag',
  other: 'free-text tag',
};

/** Every control the portion-mark parser accepts (model/levels.ts CAVEAT_ALIASES), but REL TO. */
const CAVEAT_MEANINGS: Record<string, string> = {
  NF: 'NOFORN: not releasable to foreign nationals',
  NC: 'NOCONTRACT: not releasable to contractors or consultants',
  FGI: 'FGI: foreign government information',
  FOUO: 'FOUO: for official use only',
  ORCON: 'ORCON: dissemination and extraction controlled by the originator',
  PROPIN: 'PROPIN: proprietary information',
};

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function markdown(value: string, range: Range): Hover {
  return { contents: { kind: 'markdown', value }, range };
}

function caveatMeaning(caveat: string): string {
  if (caveat.startsWith('REL')) return `releasable to ${caveat.replace(/^REL(?: TO)?\s*/, '')}`;
  return CAVEAT_MEANINGS[caveat] ?? caveat;
}

export function portionMarkHover(mark: PortionMark, range: Range): Hover {
  const lines = [`**${mark.canonical}** portion mark. ${LEVEL_DESCRIPTIONS[mark.level]}.`];
  if (mark.caveats.length) lines.push(`Controls: ${mark.caveats.map(caveatMeaning).join('; ')}.`);
  if (!mark.wellFormed) lines.push(`Written \`${mark.raw}\`; the standard spelling is \`${mark.canonical}\`.`);
  return markdown(lines.join('\n\n'), range);
}

function tagHover(model: CableModel, position: Position, vocabulary: TagVocabulary): Hover | undefined {
  for (const field of model.tags) {
    const token = field.tokens.find((t) => containsPosition(t.range, position));
    if (!token) continue;
    const info = vocabulary.lookup(token.text);
    if (info) {
      const meaning = info.meaning ? `: ${info.meaning}` : '';
      return markdown(`**${info.code}** (${KIND_LABELS[info.kind]})${meaning}`, token.range);
    }
    const parts = vocabulary.splitMerged(token.text);
    if (parts) return markdown(`**${token.text}** is not a TAG: it looks like ${parts.map((p) => `\`${p}\``).join(' + ')} run together.`, token.range);
    const near = vocabulary.nearest(token.text, 3).map((t) => `\`${t.code}\``);
    return markdown(`**${token.text}** is not a known TAG.${near.length ? ` Did you mean ${near.join(', ')}?` : ''}`, token.range);
  }
  return undefined;
}

function formatLongDate(d: { year: number; month: number; day: number }): string {
  return `${d.day} ${MONTH_NAMES[d.month - 1]} ${d.year}`;
}

function eraDates(era: OrderEra): string {
  const from = era.from ? formatLongDate(era.from) : undefined;
  const to = era.to ? formatLongDate(era.to) : undefined;
  if (from && to) return `in force ${from} to ${to}`;
  if (from) return `in force from ${from}`;
  return `in force until ${to}`;
}

/** Every meaning a DECL instruction carries, one sentence each. */
export function declMeanings(text: string): string[] {
  const parsed = parseDeclInstruction(text);
  if (!parsed.ok) return [parsed.problem.message];
  const i = parsed.instruction;
  const out: string[] = [];
  if (i.date) out.push(`Declassify on ${formatLongDate(i.date.value)} (${formatDeclDate(i.date.value)}).`);
  for (const e of i.exemptions) out.push(`\`${e.code}\`: ${exemptionMeaning(e.code) ?? 'an exemption code'}.`);
  if (i.oadr) out.push(`\`OADR\`: ${OADR_MEANING}.`);
  if (i.mr) out.push(`\`MR\`: ${MR_MEANING}.`);
  if (i.notApplicable) out.push(`\`N/A\`: ${NOT_APPLICABLE_MEANING}.`);
  if (i.schedule) out.push(`\`${i.schedule.text}\`: ${SCHEDULE_MEANING}.`);
  if (i.downgrade) out.push(`${DOWNGRADE_MEANING}${i.downgrade.date ? ` (${formatLongDate(i.downgrade.date)})` : ''}.`);
  if (i.event) out.push(`Declassify on an event or after a period: "${i.event.text}".`);
  return out;
}

function eoHover(model: CableModel, eo: EoLine, position: Position): Hover {
  const lines: string[] = [];
  const order = eo.order?.text;
  const eras = order ? erasOfOrder(order) : [];
  if (order && eras.length) {
    lines.push(`**E.O. ${order}**: ${eras.map((era) => `${era.title}, ${eraDates(era)}`).join('; ')}.`);
  } else if (order) {
    lines.push(`**E.O. ${order}** is not an executive order on classification.`);
  }
  if (model.date) {
    const era = eraOn(model.date.value);
    lines.push(`On the cable date (${formatLongDate(model.date.value)}) the order in force was ${era.title}: DECL takes ${era.declInstructions}.`);
  }
  if (eo.notApplicable) lines.push(`\`N/A\`: ${NOT_APPLICABLE_MEANING}.`);
  if (eo.decl) lines.push(...declMeanings(eo.decl.text));
  const onDecl = eo.decl && containsPosition(eo.decl.range, position);
  const onOrder = eo.order && containsPosition(eo.order.range, position);
  const range = onDecl ? eo.decl!.range : onOrder ? eo.order!.range : eo.range;
  return markdown(lines.join('\n\n'), range);
}

/** The reason section an example citation names: the line's own, else the one of the cable's date (1.4 today). */
function exampleSection(model: CableModel, written: string | undefined): string {
  if (written === '1.4' || written === '1.5') return written;
  const era = model.date ? eraOn(model.date.value) : undefined;
  return era?.reasonLetters ? era.reasonSection! : '1.4';
}

function classifiedByHover(model: CableModel, position: Position): Hover | undefined {
  const by = model.classifiedBy;
  if (!by || !containsPosition(by.range, position)) return undefined;
  const section = by.section?.text.replace(/\s+/g, '');
  const letter = by.letters.find((l) => containsPosition(l.range, position));
  const cited = section ?? '1.4';
  const describe = (l: string) => `**${cited} (${l.toLowerCase()})**: ${reasonMeaning(cited, l) ?? `not a reason under section ${cited}`}.`;
  if (letter) return markdown(describe(letter.text), letter.range);
  const intro = section === '1.5' ? 'Reasons of E.O. 12958 section 1.5:' : section === '1.4' ? 'Reasons of section 1.4 (E.O. 12958 as amended, E.O. 13526):' : 'Classification reasons:';
  const letters = [...new Set(by.letters.map((l) => l.text.toLowerCase()))];
  if (!letters.length) return markdown(`No reason letters found; cite them as \`${exampleSection(model, section)} (b) and (d)\`.`, by.range);
  return markdown([intro, ...letters.map((l) => `- ${describe(l)}`)].join('\n'), by.section && containsPosition(by.section.range, position) ? by.section.range : by.range);
}

/** A REF item as a hover names it: `**REF B**: STATE 22222`. */
function describeItem(item: RefItem): string {
  return `**${item.letter ? `REF ${itemLetter(item)}` : 'REF'}**: ${item.text}`;
}

function citationHover(model: CableModel, position: Position): Hover | undefined {
  const citation = model.citations.find((c) => containsPosition(c.range, position));
  if (!citation) return undefined;
  // A bare `reftel` names the only REF there is (`reftels`, all of them).
  const lines = citation.letters.length
    ? citation.letters.map((l) => {
        const item = refItemForLetter(model, l.text);
        return item ? describeItem(item) : `**REF ${l.text.toUpperCase()}** is not in the REF list.`;
      })
    : citationTargets(model, citation).map(describeItem);
  return lines.length ? markdown(lines.join('\n\n'), citation.range) : undefined;
}

/** A caption line (`SIPDIS`, `SENSITIVE/NOFORN`), or a caption on the banner line: what each caption means. */
function captionHover(model: CableModel, position: Position): Hover | undefined {
  // Captions on one line share its span; a caption on the banner line has its own, as written (`E F T O`).
  const onLine = model.captions.filter((c) => containsPosition(c.range, position));
  const onBanner = onLine.length ? [] : model.banners.flatMap((b) => b.captions.filter((c) => containsPosition(c.range, position)));
  const names = onLine.length ? onLine.map((c) => c.name) : onBanner.map((c) => c.text);
  const meanings = names.map(captionMeaning).filter((m): m is string => m !== undefined);
  return meanings.length ? markdown(meanings.join('\n\n'), (onLine[0] ?? onBanner[0]).range) : undefined;
}

/** A REF list item: the cable id it reads as (the JSON output's `references[].id`) and how often the text cites it. */
function refItemHover(model: CableModel, position: Position): Hover | undefined {
  const item = model.refs?.items.find((i) => containsPosition(i.range, position));
  if (!item) return undefined;
  const label = `**${item.letter ? `REF ${itemLetter(item)}` : 'REF'}**`;
  const cable = item.id ? `cable ${item.id}` : `${item.text} (not read as a cable id)`;
  // As find-references lists them: letters naming it, a bare `reftel` naming it, mentions by post and number.
  const count = citingRanges(model, item).length;
  const cited = count === 0 ? 'not cited in the text' : count === 1 ? 'cited once in the text' : `cited ${count} times in the text`;
  // ref-unused stays silent then too: a `reftel` among several items may mean any of them.
  const maybe = model.citations.some((c) => !c.letters.length && !citationTargets(model, c).length) ? ' A bare `reftel` in the text may mean it too.' : '';
  return markdown(`${label}: ${cable}, ${cited}.${maybe}`, item.range);
}

/** A mention by post and number (`Wellington 847`) reads as a citation of the items it names. */
function mentionHover(model: CableModel, position: Position): Hover | undefined {
  const mention = mentionAt(model, position);
  return mention && markdown(mention.items.map(describeItem).join('\n\n'), mention.range);
}

export function hover(model: CableModel, position: Position, vocabulary: TagVocabulary): Hover | undefined {
  const tag = tagHover(model, position, vocabulary);
  if (tag) return tag;
  for (const p of model.paragraphs) {
    if (p.mark && containsPosition(p.mark.range, position)) return portionMarkHover(p.mark, p.mark.range);
  }
  for (const s of model.subjects) {
    if (s.mark && containsPosition(s.mark.range, position)) return portionMarkHover(s.mark, s.mark.range);
  }
  for (const b of model.banners) {
    if (containsPosition(b.levelText.range, position)) {
      const section = b.section ? ` Section ${b.section.number.value} of ${b.section.total.value}.` : '';
      return markdown(`**${LEVEL_NAMES[b.level]}** banner. ${LEVEL_DESCRIPTIONS[b.level]}.${section}`, b.levelText.range);
    }
  }
  const eo = model.eoLines.find((e) => containsPosition(e.range, position));
  if (eo) return eoHover(model, eo, position);
  return classifiedByHover(model, position) ?? captionHover(model, position) ?? refItemHover(model, position) ?? citationHover(model, position) ?? mentionHover(model, position);
}
