import { Rule } from '../lint/rule';

export const bannerOverstates: Rule = {
  id: 'banner-overstates',
  defaultSeverity: 'warning',
  description: "The banner is classified but every portion is marked lower.",
  fix: "Lower the banner to the highest portion level",
  check() {
    // TODO(rules): not implemented yet.
  },
};
