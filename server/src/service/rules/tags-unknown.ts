import { Rule } from '../lint/rule';

export const tagsUnknown: Rule = {
  id: 'tags-unknown',
  defaultSeverity: 'warning',
  description: "A TAGS token is no known subject, program, geographic, organization or person tag, or merges two codes.",
  fix: "Replace with the nearest known tag / split merged codes",
  check() {
    // TODO(rules): not implemented yet.
  },
};
