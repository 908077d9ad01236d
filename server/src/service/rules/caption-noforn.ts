import { Rule } from '../lint/rule';

export const captionNoforn: Rule = {
  id: 'caption-noforn',
  defaultSeverity: 'warning',
  description: "A NOFORN portion (`/NF`) without a NOFORN caption line, or a NOFORN caption with no NOFORN portion.",
  fix: "Add the NOFORN caption",
  check() {
    // TODO(rules): not implemented yet.
  },
};
