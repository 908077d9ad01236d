import { Rule } from '../lint/rule';

export const dtgFormat: Rule = {
  id: 'dtg-format',
  defaultSeverity: 'warning',
  description: "The routing header's date-time group is invalid (day, hour, minute or month out of range).",
  check() {
    // TODO(rules): not implemented yet.
  },
};
