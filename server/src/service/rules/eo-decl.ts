import { Rule } from '../lint/rule';

export const eoDecl: Rule = {
  id: 'eo-decl',
  defaultSeverity: 'error',
  description: "The declassification instruction is missing, unparseable, impossible, before the cable date, too far out, or invalid for the order.",
  check() {
    // TODO(rules): not implemented yet.
  },
};
