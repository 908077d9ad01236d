import { Rule } from '../lint/rule';

export const paragraphNumbering: Rule = {
  id: 'paragraph-numbering',
  defaultSeverity: 'warning',
  description: "Paragraph numbers skip, repeat or go backwards, a lone paragraph is numbered, or a pilcrow was garbled into a leading 1 (`11.` for `1.`).",
  fix: "Renumber paragraphs / restore the garbled number",
  check() {
    // TODO(rules): not implemented yet.
  },
};
