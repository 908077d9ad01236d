import { Rule } from '../lint/rule';

export const refFormat: Rule = {
  id: 'ref-format',
  defaultSeverity: 'warning',
  description: "REF letters are out of order or repeated, or an item is malformed.",
  fix: "Reletter the REF items",
  check() {
    // TODO(rules): not implemented yet.
  },
};
