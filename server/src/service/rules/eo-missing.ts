import { Rule } from '../lint/rule';

export const eoMissing: Rule = {
  id: 'eo-missing',
  defaultSeverity: 'error',
  description: "The cable has no E.O. line.",
  fix: "Insert an E.O. line matching the banner",
  check() {
    // TODO(rules): not implemented yet.
  },
};
