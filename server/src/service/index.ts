// Cable Author's language service: pure functions over cable text, shared by the language
// server, the CLI, tests and any browser build. No editor, no protocol, no file system here.
export * from './text/types';
export { LineIndex } from './text/lines';
export { byteLayout, ByteLayout, Encoding } from './text/encoding';
export * from './model/cable';
export * from './model/levels';
export { parseCable, ParseOptions, ReleaseRecord } from './model/parse';
export { parseCableForEditing, reparseCable } from './model/parse/incremental';
export { summarizeCable, CableSummary } from './model/summary';
export { formatDate, parseIsoDate, parseUsDate } from './model/dates';
export * from './lint/diagnostic';
export * from './lint/config';
export { CONFIG_FILE_NAME, readConfigText, unreadableConfig } from './lint/configText';
export { FileScope, ignoredAt, scopeAt } from './lint/configScope';
export { PathMatcher, toPatternPath } from './lint/glob';
export { RuleMeta } from './lint/rule';
export { lintModel, lintText, LintOptions, LintTextOptions } from './lint/lint';
export { applyEdits, safeFixEdits } from './lint/fixes';
export { createVocabulary, TagVocabulary } from './lint/vocabulary';
export { RULES, RULE_IDS, ruleById } from './rules';
