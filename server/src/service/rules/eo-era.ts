import { Rule } from '../lint/rule';

export const eoEra: Rule = {
  id: 'eo-era',
  defaultSeverity: 'warning',
  description: "The executive order named was not in force on the cable's date.",
  fix: "Replace with the order in force",
  check() {
    // TODO(rules): not implemented yet.
  },
};
