import { Rule } from '../lint/rule';

export const tagsComposition: Rule = {
  id: 'tags-composition',
  defaultSeverity: 'info',
  description: "The TAGS line lacks a subject tag or a geographic tag, or repeats a tag.",
  check() {
    // TODO(rules): not implemented yet.
  },
};
