import { Rule } from '../lint/rule';

export const refUndefined: Rule = {
  id: 'ref-undefined',
  defaultSeverity: 'warning',
  description: "An in-text citation (`REF B`, `(ref b)`, `REFTEL A`) names a letter missing from the REF list, or a bare `reftel` is ambiguous.",
  check() {
    // TODO(rules): not implemented yet.
  },
};
