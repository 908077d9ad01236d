import { Rule } from '../lint/rule';

export const refUnused: Rule = {
  id: 'ref-unused',
  defaultSeverity: 'info',
  description: "A lettered REF item is never cited in the text.",
  check() {
    // TODO(rules): not implemented yet.
  },
};
