import { Rule } from '../lint/rule';
import { unmatchedEnds } from './markerPairing';

export const summaryPairing: Rule = {
  id: 'summary-pairing',
  defaultSeverity: 'warning',
  description: "`End Summary` appears with no summary start before it.",
  check(ctx) {
    for (const end of unmatchedEnds(ctx.model, 'summary-start', 'summary-end')) {
      ctx.report({ range: end.range, message: `"${end.text}" has no summary start before it; expected "Summary:" or a SUMMARY heading first.` });
    }
  },
};
