import { Rule } from '../lint/rule';

export const bannerFormat: Rule = {
  id: 'banner-format',
  defaultSeverity: 'warning',
  description: "The banner is misspelled: a classified level not letter-spaced, broken spacing, `UNCLASSIFIED` for `UNCLAS`, or lowercase.",
  fix: "Normalize the banner spelling",
  check() {
    // TODO(rules): not implemented yet.
  },
};
