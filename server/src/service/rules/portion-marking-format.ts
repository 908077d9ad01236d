import { Rule } from '../lint/rule';

export const portionMarkingFormat: Rule = {
  id: 'portion-marking-format',
  defaultSeverity: 'warning',
  description: "A portion mark is malformed or unknown: `C)`, `( C )`, `(c)`, `(S N/F)`, `(CONFIDENTIAL)`.",
  fix: "Normalize the portion mark",
  check() {
    // TODO(rules): not implemented yet.
  },
};
