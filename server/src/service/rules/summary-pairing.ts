import { Rule } from '../lint/rule';

export const summaryPairing: Rule = {
  id: 'summary-pairing',
  defaultSeverity: 'warning',
  description: "`End Summary` appears with no summary start before it.",
  check() {
    // TODO(rules): not implemented yet.
  },
};
