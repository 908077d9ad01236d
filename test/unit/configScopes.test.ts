// `.cablelintrc.json` scopes: glob matching (`ignores`, `overrides[].files`), reading and checking
// the two settings, and the settings a file ends up with once the matching overrides apply.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { join } from 'node:path';
import { PathMatcher, toPatternPath } from '../../server/src/service/lint/glob';
import { scopeFor } from '../../server/src/node/configScope';
import { applyOverrides, LoadedConfig, parseConfig, RULE_IDS, ruleLevel } from '../../server/src/service';

/** Which of `paths` the patterns match (paths ending in `/` are folders). */
function matched(patterns: string[], paths: string[]): string[] {
  const matcher = new PathMatcher(patterns);
  return paths.filter((p) => (p.endsWith('/') ? matcher.matches(p.slice(0, -1), true) : matcher.matches(p)));
}

describe('config scopes: glob patterns', () => {
  const files = ['a.txt', 'b.cable', 'drafts/a.txt', 'drafts/old/b.txt', 'cables/2004/c.txt', 'cables/drafts/d.txt', 'notes.md'];

  it('* and ? stay within a folder; a pattern without ** starts at the config folder', () => {
    assert.deepEqual(matched(['*.txt'], files), ['a.txt']);
    assert.deepEqual(matched(['?.cable'], files), ['b.cable']);
    assert.deepEqual(matched(['drafts/*.txt'], files), ['drafts/a.txt']);
    assert.deepEqual(matched(['cables/*/c.txt'], files), ['cables/2004/c.txt']);
  });

  it('** spans any number of folders, none included', () => {
    assert.deepEqual(matched(['**/*.txt'], files), ['a.txt', 'drafts/a.txt', 'drafts/old/b.txt', 'cables/2004/c.txt', 'cables/drafts/d.txt']);
    assert.deepEqual(matched(['**/drafts/**'], files), ['drafts/a.txt', 'drafts/old/b.txt', 'cables/drafts/d.txt']);
    assert.deepEqual(matched(['cables/**/*.txt'], files), ['cables/2004/c.txt', 'cables/drafts/d.txt']);
    assert.deepEqual(matched(['**'], files), files);
  });

  it('a folder covers everything under it: with a trailing / or as a bare name (only in the config folder)', () => {
    assert.deepEqual(matched(['drafts/'], files), ['drafts/a.txt', 'drafts/old/b.txt']);
    assert.deepEqual(matched(['drafts'], files), ['drafts/a.txt', 'drafts/old/b.txt']);
    assert.deepEqual(matched(['**/drafts/'], files), ['drafts/a.txt', 'drafts/old/b.txt', 'cables/drafts/d.txt']);
    // A trailing / names folders only.
    assert.deepEqual(matched(['a.txt/'], files), []);
    assert.deepEqual(matched(['drafts/'], ['drafts/', 'drafts']), ['drafts/']);
  });

  it('a leading / or ./ changes nothing', () => {
    for (const pattern of ['/drafts/*.txt', './drafts/*.txt', './/drafts/*.txt']) assert.deepEqual(matched([pattern], files), ['drafts/a.txt'], pattern);
  });

  it('classes and brace lists', () => {
    assert.deepEqual(matched(['[ab].*'], files), ['a.txt', 'b.cable']);
    assert.deepEqual(matched(['[!a].*'], files), ['b.cable']);
    assert.deepEqual(matched(['*.{cable,md}'], files), ['b.cable', 'notes.md']);
    // Unclosed: literal characters, never a broken regex.
    assert.deepEqual(matched(['[a.txt', '{a.txt'], ['[a.txt', '{a.txt', 'a.txt']), ['[a.txt', '{a.txt']);
  });

  it('regex characters in a pattern are literal', () => {
    assert.deepEqual(matched(['a+b (1).txt'], ['a+b (1).txt', 'aab (1).txt', 'a+b 1.txt']), ['a+b (1).txt']);
    assert.deepEqual(matched(['a.txt'], ['a.txt', 'aXtxt']), ['a.txt']);
  });

  it('! takes back an earlier match, but not below a folder already matched (as gitignore and ESLint)', () => {
    assert.deepEqual(matched(['drafts/**/*', '!drafts/a.txt'], files), ['drafts/old/b.txt']);
    assert.deepEqual(matched(['drafts/', '!drafts/a.txt'], files), ['drafts/a.txt', 'drafts/old/b.txt']);
    assert.deepEqual(matched(['**/*.txt', '!**/drafts/**', '**/d.txt'], files), ['a.txt', 'cables/2004/c.txt', 'cables/drafts/d.txt']);
  });

  it('reads \\ in a pattern as /, and paths from Windows the same way', () => {
    assert.deepEqual(matched(['drafts\\*.txt'], files), ['drafts/a.txt']);
    assert.equal(toPatternPath('drafts\\old\\b.txt'), 'drafts/old/b.txt');
    assert.ok(new PathMatcher(['drafts/']).matches(toPatternPath('drafts\\old\\b.txt')!));
  });

  it('applies to nothing outside the config folder', () => {
    for (const outside of ['..', '../x.txt', '..\\x.txt', '/abs/x.txt', 'D:\\x.txt', '']) assert.equal(toPatternPath(outside), undefined, outside);
    assert.equal(toPatternPath('..x/a.txt'), '..x/a.txt');
  });

  it('agrees with a plain regex translation on random patterns and paths (*, ?, **)', () => {
    // The reference: each segment alone, `*` and `?` within it, `**` any number of whole segments.
    const reference = (pattern: string, path: string): boolean => {
      const segments = pattern.split('/').filter((s, i, all) => s !== '' && !(s === '**' && all[i - 1] === '**'));
      const source = segments.map((s) => (s === '**' ? '(?:[^/]+/)*' : `${s.replace(/\*+/g, '[^/]*').replace(/\?/g, '[^/]')}/`)).join('');
      const regex = new RegExp(`^${source}$`);
      const parts = path.split('/');
      return parts.some((_, depth) => regex.test(`${parts.slice(0, depth + 1).join('/')}/`));
    };
    const segment = fc.stringMatching(/^[ab*?]{1,4}$/);
    const pattern = fc.array(fc.oneof(segment, fc.constant('**')), { minLength: 1, maxLength: 4 }).map((s) => s.join('/'));
    const path = fc.array(fc.stringMatching(/^[ab]{1,3}$/), { minLength: 1, maxLength: 5 }).map((s) => s.join('/'));
    fc.assert(
      fc.property(pattern, path, (p, f) => new PathMatcher([p]).matches(f) === reference(p, f)),
      { numRuns: 3000 },
    );
  });

  it('an empty pattern, / or ./ matches nothing', () => {
    assert.deepEqual(matched(['', '/', './', '!'], files), []);
  });

  it('answers on a long path with many stars (a backtracking matcher would not finish within the test timeout)', () => {
    const path = `${'a/'.repeat(200)}${'x'.repeat(2000)}`;
    assert.equal(new PathMatcher(['**/*a*a*a*a*b', '**/a/**/a/**/b/**', '*a*a*a*a*a*a*a*b']).matches(path), false);
    assert.equal(new PathMatcher(['**/a/**/x*x']).matches(path), true);
  });
});

describe('config scopes: reading ignores and overrides', () => {
  it('reads them', () => {
    const { config, problems } = parseConfig('{ "ignores": ["drafts/"], "overrides": [{ "files": ["**/*.cable"], "rules": { "tags-missing": "off" }, "tags": ["zzzz"], "date": "2004-11-02" }] }', RULE_IDS);
    assert.deepEqual(problems, []);
    assert.deepEqual(config, { ignores: ['drafts/'], overrides: [{ files: ['**/*.cable'], rules: { 'tags-missing': 'off' }, tags: ['ZZZZ'], date: '2004-11-02' }] });
  });

  it('reports what is wrong with them, where it is, and keeps the rest', () => {
    const text = `{
  "ignores": "drafts",
  "overrides": [
    { "rules": { "tags-missing": "off" } },
    { "files": [], "rules": {} },
    { "files": ["a/**"], "ignores": ["b"], "rules": { "no-such": "off", "tags-unknown": "loud", "eo-era": "info" }, "date": "2004-02-30" },
    7
  ]
}`;
    const { config, problems } = parseConfig(text, RULE_IDS);
    const messages = problems.map((p) => p.message);
    assert.deepEqual(messages, [
      '"ignores" must be an array of glob patterns (non-empty strings, relative to this file\'s folder).',
      'overrides[0]: "files" is missing: the override applies to no file.',
      'overrides[1]: "files" must be an array of glob patterns (non-empty strings, relative to this file\'s folder).',
      'overrides[2]: Unknown setting "ignores" (an override takes files, rules, tags, date).',
      'overrides[2]: Unknown rule "no-such".',
      'overrides[2]: Rule "tags-unknown": severity must be one of error, warning, info, hint, off.',
      'overrides[2]: "date" must be a date like 2004-11-02; there is no day 2004-02-30.',
      'overrides[3]: each override must be an object with "files".',
    ]);
    assert.equal(problems[0].offset, text.indexOf('"ignores"'));
    assert.deepEqual(config, { overrides: [{ files: ['a/**'], rules: { 'eo-era': 'info' } }] });
  });

  it('an override hiding settings in __proto__ is reported, and they do not apply', () => {
    const { config, problems } = parseConfig('{ "overrides": [{ "files": ["**"], "__proto__": { "rules": { "*": "off" } } }] }', RULE_IDS);
    assert.ok(problems.some((p) => /Unknown setting "__proto__"/.test(p.message)));
    assert.deepEqual(config.overrides, [{ files: ['**'] }]);
  });
});

describe('config scopes: a file\'s settings', () => {
  it('applies overrides in order after the top level; tags add up; the last date wins', () => {
    const merged = applyOverrides({ rules: { 'tags-missing': 'warning', 'eo-era': 'off' }, tags: ['AAA'], date: '2001-01-01', ignores: ['x'], overrides: [] }, [
      { files: ['a'], rules: { 'tags-missing': 'error' }, tags: ['BBB'] },
      { files: ['b'], rules: { 'tags-missing': 'info' }, date: '2004-11-02' },
    ]);
    assert.deepEqual(merged, { rules: { 'tags-missing': 'info', 'eo-era': 'off' }, tags: ['AAA', 'BBB'], date: '2004-11-02' });
  });

  it('an override that sets * decides every rule itself (banner-understates still on)', () => {
    const merged = applyOverrides({ rules: { 'tags-missing': 'error' } }, [{ files: ['drafts/'], rules: { '*': 'off', 'eo-era': 'hint' } }]);
    assert.deepEqual(merged.rules, { '*': 'off', 'eo-era': 'hint' });
    assert.equal(ruleLevel(merged, 'tags-missing', 'error'), 'off');
    assert.equal(ruleLevel(merged, 'banner-understates', 'error'), 'error');
  });

  const folder = join('/work', 'project');
  const loaded: LoadedConfig = {
    path: join(folder, '.cablelintrc.json'),
    problems: [],
    config: {
      rules: { 'tags-missing': 'error' },
      ignores: ['drafts/'],
      overrides: [
        { files: ['2004/**'], rules: { 'tags-missing': 'warning' } },
        { files: ['**/*.cable'], rules: { 'tags-missing': 'info' } },
      ],
    },
  };

  it('scopes a file by its path under the config folder', () => {
    assert.deepEqual(scopeFor(loaded, join(folder, 'a.txt')), { ignored: false, config: { rules: { 'tags-missing': 'error' } }, key: `${loaded.path}#` });
    assert.deepEqual(scopeFor(loaded, join(folder, '2004', 'b.txt')).config.rules, { 'tags-missing': 'warning' });
    const both = scopeFor(loaded, join(folder, '2004', 'c.cable'));
    assert.deepEqual(both.config.rules, { 'tags-missing': 'info' });
    assert.equal(both.key, `${loaded.path}#0,1`);
    assert.equal(scopeFor(loaded, join(folder, 'drafts', 'd.txt')).ignored, true);
  });

  it('a file outside the config folder, or with no path, gets the top level only and is never ignored', () => {
    for (const path of [join('/work', 'elsewhere', 'drafts', 'a.cable'), undefined]) {
      const scope = scopeFor(loaded, path);
      assert.equal(scope.ignored, false);
      assert.deepEqual(scope.config, { rules: { 'tags-missing': 'error' } });
    }
    assert.deepEqual(scopeFor(undefined, join(folder, 'drafts', 'a.txt')), { ignored: false, config: {}, key: '' });
  });
});
