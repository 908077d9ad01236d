import { Rule } from '../lint/rule';

export const bannerUnderstates: Rule = {
  id: 'banner-understates',
  defaultSeverity: 'error',
  description: "A portion, the SUBJECT mark or the routing security line is classified higher than the banner: the cable would go out under-classified.",
  fix: "Raise the banner to the highest level found",
  check() {
    // TODO(rules): not implemented yet.
  },
};
