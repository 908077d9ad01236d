// Editor features over the cable model: pure functions returning LSP-shaped data (see protocol.ts).
export * from './protocol';
export { DIAGNOSTIC_SOURCE, findCableDiagnostic, ruleDocsUrl, toLspDiagnostic, toLspDiagnostics } from './diagnostics';
export { documentSymbols, paragraphName, shortLead } from './documentSymbols';
export { foldingRanges } from './folding';
export { codeActions, CodeActionParams, fixAllEdits } from './codeActions';
export { addTagEdits, configWithRuleOff, configWithTag, isPlainPath, turnOffRuleEdits } from './configEdits';
export { citedCableAt, citedCables, CitedCable, citedCableSummary } from './citedCables';
export { fixToFixedPoint, FixLoopOptions, FixLoopResult, MAX_FIX_PASSES, unattendedFix } from './fixLoop';
export { definition, prepareRename, references, rename, renameEdits } from './navigation';
export { declMeanings, hover, portionMarkHover } from './hover';
export { completion, CompletionOptions, COMPLETION_TRIGGER_CHARACTERS } from './completion';
export { formatEdits, formatText, FORMATTING_RULES, FormatOptions } from './formatting';
export { documentInfo, DocumentInfo } from './documentInfo';
export { newCableText, NewCableLevel, NewCableParams } from './newCable';
export { postCountryTag } from '../data/postCountries';
export { cableSymbol, matchesQuery } from './workspaceSymbols';
export { diffEdits } from './textDiff';
