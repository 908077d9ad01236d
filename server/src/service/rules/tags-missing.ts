import { Rule } from '../lint/rule';

export const tagsMissing: Rule = {
  id: 'tags-missing',
  defaultSeverity: 'error',
  description: "The cable has no TAGS line.",
  fix: "Insert `TAGS: `",
  check() {
    // TODO(rules): not implemented yet.
  },
};
