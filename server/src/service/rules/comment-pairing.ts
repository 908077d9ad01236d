import { Rule } from '../lint/rule';
import { unmatchedEnds } from './markerPairing';

export const commentPairing: Rule = {
  id: 'comment-pairing',
  defaultSeverity: 'warning',
  description: "`End Comment` or `End Note` appears with no start before it.",
  check(ctx) {
    for (const end of unmatchedEnds(ctx.model, 'comment-start', 'comment-end')) {
      const word = /note/i.test(end.text) ? 'Note:' : 'Comment:';
      ctx.report({ range: end.range, message: `"${end.text}" has no start before it; expected "${word}" earlier.` });
    }
  },
};
