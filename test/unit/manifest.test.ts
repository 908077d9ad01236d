// What package.json contributes to VS Code, checked against VS Code's own defaults.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

type Platform = 'win' | 'linux' | 'mac';

/**
 * VS Code's default bindings of modified arrow and page keys that hold in any focused text editor
 * (`when` is `textInputFocus` or `editorTextFocus`, at most with `!editorReadonly`), read from
 * the Default Keyboard Shortcuts of VS Code 1.139 with each platform's user agent. A cable
 * binding on one of these keys would take the key away from every cable editor.
 */
const EDITOR_DEFAULTS: Record<Platform, Record<string, string>> = {
  win: {
    'ctrl+alt+up': 'editor.action.insertCursorAbove',
    'ctrl+alt+down': 'editor.action.insertCursorBelow',
    'shift+alt+up': 'editor.action.copyLinesUpAction',
    'shift+alt+down': 'editor.action.copyLinesDownAction',
    'alt+up': 'editor.action.moveLinesUpAction',
    'alt+down': 'editor.action.moveLinesDownAction',
    'ctrl+up': 'scrollLineUp',
    'ctrl+down': 'scrollLineDown',
    'ctrl+shift+up': 'cursorUpSelect',
    'ctrl+shift+down': 'cursorDownSelect',
    'ctrl+shift+alt+up': 'cursorColumnSelectUp',
    'ctrl+shift+alt+down': 'cursorColumnSelectDown',
    'ctrl+shift+alt+pageup': 'cursorColumnSelectPageUp',
    'ctrl+shift+alt+pagedown': 'cursorColumnSelectPageDown',
    'alt+pageup': 'scrollPageUp',
    'alt+pagedown': 'scrollPageDown',
    'ctrl+pageup': 'workbench.action.previousEditor',
    'ctrl+pagedown': 'workbench.action.nextEditor',
    'ctrl+shift+pageup': 'workbench.action.moveEditorLeftInGroup',
    'ctrl+shift+pagedown': 'workbench.action.moveEditorRightInGroup',
  },
  linux: {
    'shift+alt+up': 'editor.action.insertCursorAbove',
    'shift+alt+down': 'editor.action.insertCursorBelow',
    'ctrl+shift+up': 'editor.action.insertCursorAbove',
    'ctrl+shift+down': 'editor.action.insertCursorBelow',
    'ctrl+shift+alt+up': 'editor.action.copyLinesUpAction',
    'ctrl+shift+alt+down': 'editor.action.copyLinesDownAction',
    'alt+up': 'editor.action.moveLinesUpAction',
    'alt+down': 'editor.action.moveLinesDownAction',
    'ctrl+up': 'scrollLineUp',
    'ctrl+down': 'scrollLineDown',
    'alt+pageup': 'scrollPageUp',
    'alt+pagedown': 'scrollPageDown',
    'ctrl+pageup': 'workbench.action.previousEditor',
    'ctrl+pagedown': 'workbench.action.nextEditor',
    'ctrl+shift+pageup': 'workbench.action.moveEditorLeftInGroup',
    'ctrl+shift+pagedown': 'workbench.action.moveEditorRightInGroup',
  },
  mac: {
    'alt+cmd+up': 'editor.action.insertCursorAbove',
    'alt+cmd+down': 'editor.action.insertCursorBelow',
    'shift+alt+up': 'editor.action.copyLinesUpAction',
    'shift+alt+down': 'editor.action.copyLinesDownAction',
    'alt+up': 'editor.action.moveLinesUpAction',
    'alt+down': 'editor.action.moveLinesDownAction',
    'cmd+up': 'cursorTop',
    'cmd+down': 'cursorBottom',
    'shift+cmd+up': 'cursorTopSelect',
    'shift+cmd+down': 'cursorBottomSelect',
    'shift+alt+cmd+up': 'cursorColumnSelectUp',
    'shift+alt+cmd+down': 'cursorColumnSelectDown',
    'shift+alt+cmd+pageup': 'cursorColumnSelectPageUp',
    'shift+alt+cmd+pagedown': 'cursorColumnSelectPageDown',
    'ctrl+pageup': 'scrollLineUp',
    'ctrl+pagedown': 'scrollLineDown',
    'cmd+pageup': 'scrollPageUp',
    'cmd+pagedown': 'scrollPageDown',
  },
};

const MODIFIER_ORDER = ['ctrl', 'shift', 'alt', 'cmd'];

/** `cmd+alt+down` and `alt+cmd+down` are one key: modifiers in VS Code's order, `meta` as `cmd`. */
function normalizeKey(key: string): string {
  const parts = key.toLowerCase().split('+').map((part) => (part === 'meta' ? 'cmd' : part));
  const last = parts.pop()!;
  parts.sort((a, b) => MODIFIER_ORDER.indexOf(a) - MODIFIER_ORDER.indexOf(b));
  return [...parts, last].join('+');
}

interface Keybinding {
  command: string;
  key: string;
  win?: string;
  linux?: string;
  mac?: string;
}

describe('package.json contributions', () => {
  const keybindings: Keybinding[] = manifest.contributes.keybindings;

  for (const platform of ['win', 'linux', 'mac'] as const) {
    it(`cable keybindings take no key VS Code binds in every text editor (${platform})`, () => {
      for (const binding of keybindings) {
        const key = normalizeKey(binding[platform] ?? binding.key);
        const taken = EDITOR_DEFAULTS[platform][key];
        assert.equal(taken, undefined, `${binding.command} on ${key} hides VS Code's ${taken} in cable editors (${platform})`);
      }
    });
  }
});

describe('package.json settings', () => {
  const properties = manifest.contributes.configuration.properties;

  it('cable.rules says .cablelintrc.json wins where both set a rule, as the server does', () => {
    // server/src/lsp/settings.ts effectiveConfig: defaults, then editor settings, then the file.
    const description: string = properties['cable.rules'].markdownDescription;
    assert.doesNotMatch(description, /overrid\w*[^.]*\.cablelintrc\.json/, 'claims to override the file');
    assert.match(description, /`\.cablelintrc\.json` wins/);
  });
});

describe('date patterns in the settings and the config schema', () => {
  const schema = JSON.parse(readFileSync(join(root, 'schemas', 'cablelintrc.schema.json'), 'utf8'));
  const patterns = {
    'cable.date': new RegExp(manifest.contributes.configuration.properties['cable.date'].pattern),
    '.cablelintrc.json date': new RegExp(schema.properties.date.pattern),
  };

  for (const [where, pattern] of Object.entries(patterns)) {
    it(`${where} flags a month or day out of range while the user types it`, () => {
      assert.match('2004-11-02', pattern);
      for (const bad of ['2004-13-01', '2004-00-10', '2004-02-32', '2004-02-00']) assert.doesNotMatch(bad, pattern, bad);
    });
  }
});
