import { Rule } from '../lint/rule';

export const portionMarkingMissing: Rule = {
  id: 'portion-marking-missing',
  defaultSeverity: 'error',
  description: "A numbered paragraph has no portion mark.",
  fix: "Insert a portion mark (one action per level)",
  check() {
    // TODO(rules): not implemented yet.
  },
};
