// The facts of a cable in the CLI's JSON contract (`cable` object): a stable, documented shape.
import { CableModel, itemLetter } from './cable';
import { formatDate } from './dates';
import { LEVEL_NAMES } from './levels';

export interface CableSummary {
  classification: string | null;
  caveats: string[];
  post: string | null;
  serial: string | null;
  date: string | null;
  eo: string | null;
  tags: string[];
  subject: string | null;
  references: Array<{ letter: string | null; text: string; id: string | null }>;
  sections: number;
  paragraphs: Array<{ number: number | null; marking: string | null; line: number }>;
}

export function summarizeCable(model: CableModel): CableSummary {
  const banner = model.banners[0];
  const refid = /^\d{2}([A-Z][A-Z-]*?)(\d+)$/.exec(model.preamble?.metadata?.refid?.text ?? '');
  const declaredSections = Math.max(0, ...model.banners.map((b) => b.section?.total.value ?? 0));
  return {
    classification: model.classification ? LEVEL_NAMES[model.classification.level] : null,
    caveats: model.classification?.caveats ?? [],
    post: banner?.post?.text ?? refid?.[1] ?? null,
    serial: banner?.serial?.text ?? refid?.[2] ?? null,
    date: model.date ? formatDate(model.date.value) : null,
    eo: model.eoLines[0]?.order?.text ?? null,
    tags: model.tags[0]?.tokens.map((t) => t.text) ?? [],
    subject: model.subjects[0]?.text ?? null,
    references: (model.refs?.items ?? []).map((item) => ({
      letter: itemLetter(item) ?? null,
      text: item.text,
      id: item.id,
    })),
    sections: Math.max(1, declaredSections, model.sections.length),
    paragraphs: model.paragraphs
      .filter((p) => !p.quoted && (p.number || p.mark))
      .map((p) => ({ number: p.number?.value ?? null, marking: p.mark ? p.mark.canonical.slice(1, -1) : null, line: p.range.start.line + 1 })),
  };
}
