import { Rule } from '../lint/rule';

export const subjectMissing: Rule = {
  id: 'subject-missing',
  defaultSeverity: 'error',
  description: "The cable has no SUBJECT line.",
  fix: "Insert `SUBJECT: `",
  check() {
    // TODO(rules): not implemented yet.
  },
};
