import { Rule } from '../lint/rule';

export const classifiedByReason: Rule = {
  id: 'classified-by-reason',
  defaultSeverity: 'warning',
  description: "Classified By cites reason letters or a section that the order in force does not have.",
  check() {
    // TODO(rules): not implemented yet.
  },
};
