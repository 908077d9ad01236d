import { Rule } from '../lint/rule';

export const commentPairing: Rule = {
  id: 'comment-pairing',
  defaultSeverity: 'warning',
  description: "`End Comment` or `End Note` appears with no start before it.",
  check() {
    // TODO(rules): not implemented yet.
  },
};
