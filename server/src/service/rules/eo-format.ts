import { Rule } from '../lint/rule';

export const eoFormat: Rule = {
  id: 'eo-format',
  defaultSeverity: 'warning',
  description: "The E.O. line is misspelled (`EO 12958`, `E.O.12958`, missing colon) or names a number that is not an executive order on classification.",
  fix: "Normalize the E.O. line / use the nearest valid order",
  check() {
    // TODO(rules): not implemented yet.
  },
};
