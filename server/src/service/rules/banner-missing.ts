import { Rule } from '../lint/rule';

export const bannerMissing: Rule = {
  id: 'banner-missing',
  defaultSeverity: 'error',
  description: "No classification line (banner) stands before the E.O./TAGS block.",
  fix: "Insert an `UNCLAS` banner placeholder",
  check() {
    // TODO(rules): not implemented yet.
  },
};
