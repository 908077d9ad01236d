import { Rule } from '../lint/rule';
import { itemLetter } from '../model/cable';
import { citationTargets, citedItems } from './refLetters';
import { isNamedInText } from './refMentions';

export const refUnused: Rule = {
  id: 'ref-unused',
  defaultSeverity: 'info',
  description: 'A lettered REF item is never cited in the text.',
  check(ctx) {
    const { model } = ctx;
    // A bare `reftel` among several items could mean any of them (ref-undefined says so): stay silent.
    if (model.citations.some((c) => !c.letters.length && !citationTargets(model, c).length)) return;
    const items = model.refs?.items ?? [];
    if (!items.length) return;
    const cited = citedItems(model);
    for (const item of items) {
      const letter = itemLetter(item);
      if (!letter || !item.letter || cited.has(item)) continue;
      // Cited by post and number instead (`see HCMC 789`): asked last, as it reads the body.
      if (isNamedInText(model, item)) continue;
      ctx.report({ range: item.letter.range, message: `REF ${letter} is never cited in the text; expected a citation like (REF ${letter}).` });
    }
  },
};
