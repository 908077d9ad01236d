import { Banner } from '../model/cable';
import { Rule } from '../lint/rule';
import { Span } from '../model/cable';
import { TextEdit } from '../text/types';

type Section = NonNullable<Banner['section']>;

/** `3` written where `01` stood becomes `03`: keep the width the drafter used. */
function renumber(span: Span, value: number): TextEdit {
  return { range: span.range, newText: String(value).padStart(span.text.length, '0') };
}

/** The total most sections state (the first one's on a tie), raised to cover the sections present. */
function expectedTotal(sections: readonly Section[], highestNumber: number): { total: number; bySections: boolean } {
  const counts = new Map<number, number>();
  for (const s of sections) counts.set(s.total.value, (counts.get(s.total.value) ?? 0) + 1);
  let total = sections[0].total.value;
  for (const [value, count] of counts) if (count > counts.get(total)!) total = value;
  return highestNumber > total ? { total: highestNumber, bySections: true } : { total, bySections: false };
}

/** Runs of sections: released files sometimes hold the cable twice, each copy restarting at section 1. */
function runs(sections: readonly Section[]): Section[][] {
  const out: Section[][] = [];
  for (const s of sections) {
    if (!out.length || s.number.value === 1) out.push([]);
    out[out.length - 1].push(s);
  }
  return out;
}

export const sectionNumbering: Rule = {
  id: 'section-numbering',
  defaultSeverity: 'warning',
  description: '`SECTION nn OF mm` markers are inconsistent: nn > mm, `01 OF 01`, out of order or missing sections, or totals that disagree.',
  fix: 'Renumber the sections',
  check(ctx) {
    // Most cables are one section without a marker.
    const sections: Section[] = [];
    for (const banner of ctx.model.banners) if (banner.section) sections.push(banner.section);
    if (!sections.length) return;
    const only = sections[0];
    if (sections.length === 1 && only.number.value === 1 && only.total.value === 1) {
      // Remove the marker and the space after it, keeping the rest of the banner.
      const end = { ...only.range.end };
      while (ctx.lines[end.line][end.character] === ' ') end.character++;
      ctx.report({
        range: only.range,
        message: '`SECTION 01 OF 01` is not used: a cable that fits in one section has no section marker.',
        fixes: [{ title: 'Remove the section marker', edits: [{ range: { start: only.range.start, end }, newText: '' }], preferred: true, safe: true }],
      });
      return;
    }
    const groups = runs(sections);
    const highest = Math.max(...groups.map((g) => g[0].number.value + g.length - 1));
    const { total, bySections } = expectedTotal(sections, highest);
    for (const group of groups) {
      group.forEach((s, i) => {
        const expected = group[0].number.value + i;
        if (s.number.value !== expected) {
          const previous = group[i - 1].number.text;
          ctx.report({
            range: s.number.range,
            message: `Section ${s.number.text} follows section ${previous}; expected section ${renumber(s.number, expected).newText}.`,
            fixes: [{ title: 'Renumber the section', edits: [renumber(s.number, expected)], preferred: true, safe: true }],
          });
        }
        if (s.total.value !== total) {
          const wanted = renumber(s.total, total).newText;
          const reason = bySections ? `the section numbers run to ${wanted}` : `the other sections say ${wanted}`;
          ctx.report({
            range: s.total.range,
            message: `Section total ${s.total.text} is wrong: ${reason}.`,
            fixes: [{ title: 'Correct the section total', edits: [renumber(s.total, total)], preferred: true, safe: true }],
          });
        }
      });
    }
  },
};
