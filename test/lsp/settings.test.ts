// The server's reading of `cable.*` settings and its precedence rule, without a server.
import * as assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, effectiveConfig, normalizeSettings } from '../../server/src/lsp/settings';

describe('LSP settings', () => {
  it('reads nested and dotted keys and keeps only well-formed values', () => {
    assert.deepEqual(normalizeSettings({ rules: { 'tags-unknown': 'off', 'no-such-rule': 'off', 'eo-era': 'loud', 'eo-decl': { severity: 'info' } }, tags: { extra: ['zzzz', 3, ' '] }, date: '2004-11-02', lint: { run: 'onSave' }, maxValidatedSize: 10 }), {
      rules: { 'tags-unknown': 'off', 'eo-decl': 'info' },
      tagsExtra: ['ZZZZ'],
      date: '2004-11-02',
      lintRun: 'onSave',
      maxValidatedSize: 10,
    });
    assert.equal(normalizeSettings({ 'lint.run': 'onSave' }).lintRun, 'onSave');
  });

  it('tells what it leaves out and why', () => {
    const problems: string[] = [];
    normalizeSettings({ rules: { 'no-such-rule': 'off', 'eo-era': 'loud', 'eo-decl': { severity: 'info' } }, date: '2009-02-30', lint: { run: 'sometimes' }, maxValidatedSize: -1 }, (m) => problems.push(m));
    assert.deepEqual(problems, [
      'cable.rules: "no-such-rule" is not a rule id; ignored.',
      'cable.rules.eo-era: "loud" is not one of error, warning, info, hint, off; ignored.',
      'cable.date: "2009-02-30" is no such day; ignored.',
      'cable.lint.run: "sometimes" is not onType or onSave; ignored.',
      'cable.maxValidatedSize: -1 is not a number of bytes; ignored.',
    ]);
    normalizeSettings({ date: '', rules: { '*': 'off' }, lint: { run: 'onSave' }, maxValidatedSize: 0 }, (m) => problems.push(m));
    normalizeSettings({ date: 'yesterday' }, (m) => problems.push(m));
    assert.deepEqual(problems.slice(5), ['cable.date: "yesterday" is not a date like 2004-11-02; ignored.']);
  });

  it('tells of a setting of the wrong kind too, as other editors send (a string for a list)', () => {
    const problems: string[] = [];
    normalizeSettings({ rules: 'off', tags: { extra: 'XYZZ, QQTP' }, date: 20041102 }, (m) => problems.push(m));
    normalizeSettings({ rules: ['eo-era'], tags: { extra: ['XYZZ', 7] } }, (m) => problems.push(m));
    normalizeSettings({ rules: null, tags: { extra: null }, date: null }, (m) => problems.push(m));
    assert.deepEqual(problems, [
      'cable.rules: "off" is not an object of rule ids and levels; ignored.',
      'cable.tags.extra: "XYZZ, QQTP" is not a list of TAGS; ignored.',
      'cable.date: 20041102 is not a date like 2004-11-02; ignored.',
      'cable.rules: ["eo-era"] is not an object of rule ids and levels; ignored.',
      'cable.tags.extra: 7 is not a TAG; ignored.',
    ]);
  });

  it('falls back to the defaults for anything else', () => {
    for (const raw of [undefined, null, 42, 'x', [], { lint: { run: 'sometimes' }, maxValidatedSize: -1, date: 'yesterday' }]) {
      assert.deepEqual(normalizeSettings(raw), DEFAULT_SETTINGS, JSON.stringify(raw));
    }
  });

  it('lets .cablelintrc.json win over the settings rule by rule, and adds up the tags', () => {
    const settings = normalizeSettings({ rules: { 'tags-missing': 'off', 'tags-unknown': 'off' }, tags: { extra: ['AAA'] }, date: '2001-01-01' });
    assert.deepEqual(effectiveConfig(settings, { rules: { 'tags-missing': 'warning' }, tags: ['BBB'], date: '2004-11-02' }), {
      rules: { 'tags-missing': 'warning', 'tags-unknown': 'off' },
      tags: ['AAA', 'BBB'],
      date: '2004-11-02',
    });
    assert.deepEqual(effectiveConfig(settings, undefined).date, '2001-01-01');
  });

  it('lets a file that sets "*" decide every rule', () => {
    const settings = normalizeSettings({ rules: { 'tags-missing': 'off' } });
    assert.deepEqual(effectiveConfig(settings, { rules: { '*': 'warning' } }).rules, { '*': 'warning' });
  });
});
