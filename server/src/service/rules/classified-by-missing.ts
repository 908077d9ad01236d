import { Rule } from '../lint/rule';

export const classifiedByMissing: Rule = {
  id: 'classified-by-missing',
  defaultSeverity: 'error',
  description: "A classified cable has no Classified By line before paragraph 1.",
  fix: "Insert a Classified By skeleton",
  check() {
    // TODO(rules): not implemented yet.
  },
};
