import { Rule } from '../lint/rule';

export const sectionNumbering: Rule = {
  id: 'section-numbering',
  defaultSeverity: 'warning',
  description: "`SECTION nn OF mm` markers are inconsistent: nn > mm, `01 OF 01`, out of order or missing sections, or totals that disagree.",
  fix: "Renumber the sections",
  check() {
    // TODO(rules): not implemented yet.
  },
};
