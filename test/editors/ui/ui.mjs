#!/usr/bin/env node
// UI checks of the packaged extension as a user meets it: the .vsix installed into code-server
// (VS Code 1.139.1 in the browser), driven through Chromium with playwright-core. Each check is
// one test; screenshots go to test-results/screenshots/ (failures as fail-*.png).
// Needs test/editors/setup.sh and `npm run package` (cable-author-<version>.vsix at the root).
// `--update-readme-screenshot` also copies the overview shot to images/screenshot.png.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { Checks } from '../checks.mjs';
import { CHROMIUM, CHROMIUM_ARGS, ROOT } from '../paths.mjs';
import { CodeServer } from './codeServer.mjs';

const SCREENSHOTS = path.join(ROOT, 'test-results', 'screenshots');
const README_SCREENSHOT = path.join(ROOT, 'images', 'screenshot.png');
const EXTENSION_ID = 'cable-author.cable-author';
const SEED = '04RANGOON1422.txt';
const TIMEOUT = 30_000;

/** User settings that keep the workbench quiet and predictable (no welcome page, no chat). */
const USER_SETTINGS = {
  'files.autoSave': 'off',
  'workbench.startupEditor': 'none',
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
};

function makeWorkspace(dir) {
  fs.mkdirSync(dir, { recursive: true });
  for (const seed of ['04RANGOON1422.txt', '06BANGKOK3955.txt']) {
    fs.copyFileSync(path.join(ROOT, 'seeds', seed), path.join(dir, seed));
  }
}

function packagedVsix() {
  const { name, version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  return { file: path.join(ROOT, `${name}-${version}.vsix`), version };
}

/** Monaco renders spaces as U+00A0. */
const plain = (text) => (text ?? '').replace(/\u00a0/g, ' ');

/** The 1-based line of the first line of the seed that contains `text`. */
function seedLine(text) {
  const lines = fs.readFileSync(path.join(ROOT, 'seeds', SEED), 'utf8').split(/\r?\n/);
  const index = lines.findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`${SEED} has no line with ${text}`);
  return index + 1;
}

/** The checks, and a screenshot of the page: of each failure, and of the views the README shows. */
class UiChecks extends Checks {
  constructor(page) {
    super({ onFailure: (name) => this.screenshot(`fail-${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`) });
    this.page = page;
  }

  async screenshot(name) {
    const file = path.join(SCREENSHOTS, `${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }
}

/**
 * The quick input (Command Palette, QuickPick, InputBox) that is open, not the one fading out: a
 * closing box stays in the page for its animation but is inert, and focus is already back in the
 * editor, so text meant for it would land in the editor instead.
 */
const OPEN_QUICK_INPUT = '.quick-input-widget:not(.quick-input-widget-closing)';

function quickInputField(page) {
  return page.locator(`${OPEN_QUICK_INPUT} .quick-input-box input`);
}

function quickInputTitled(page, title) {
  return page.locator(`${OPEN_QUICK_INPUT} .quick-input-title`, { hasText: title });
}

function quickInputRow(page, label) {
  return page.locator(`${OPEN_QUICK_INPUT} .quick-input-list .monaco-list-row`, { hasText: label }).first();
}

/**
 * Fills the open quick input and checks it holds the text. Playwright's fill focuses the field,
 * then inserts the text in a second step: a box that closes in between (an InputBox accepted a
 * moment ago) has handed focus back to the editor, which then gets the text. Callers fill only
 * a box that stays open until they accept it.
 */
async function fillQuickInput(page, text) {
  const field = quickInputField(page);
  await field.fill(text, { timeout: TIMEOUT });
  const value = await field.inputValue();
  if (value !== text) throw new Error(`the quick input holds ${JSON.stringify(value)}, not ${JSON.stringify(text)}`);
  return field;
}

/**
 * Waits until the quick input titled `title` has closed. An InputBox stays open after Enter until
 * the extension host has validated the value, and the extension only then shows its next prompt:
 * the next step must not start before.
 */
async function waitForQuickInputClosed(page, title) {
  await quickInputTitled(page, title).waitFor({ state: 'hidden', timeout: TIMEOUT });
}

/** Runs a command by its label from the Command Palette. */
async function runCommand(page, label) {
  await page.keyboard.press('F1');
  await fillQuickInput(page, `>${label}`);
  await quickInputRow(page, label).click({ timeout: TIMEOUT });
}

/** Picks the item whose label matches `label` in the QuickPick titled `title`. */
async function pickQuickPickItem(page, title, label) {
  await quickInputTitled(page, title).waitFor({ timeout: TIMEOUT });
  await quickInputRow(page, label).click({ timeout: TIMEOUT });
  await waitForQuickInputClosed(page, title);
}

/** Types `text` into the InputBox titled `title` and accepts it. */
async function answerInputBox(page, title, text) {
  await quickInputTitled(page, title).waitFor({ timeout: TIMEOUT });
  const field = await fillQuickInput(page, text);
  await field.press('Enter');
  await waitForQuickInputClosed(page, title);
}

/** Moves the cursor with Go to Line (line or line:column) in the active editor. */
async function goToLine(page, target) {
  await page.keyboard.press('Control+G');
  const field = await fillQuickInput(page, `:${target}`);
  await field.press('Enter');
  await waitForCursorLine(page, Number(target.split(':')[0]));
}

async function cursorLine(page) {
  const text = await page.locator('[id="status.editor.selection"]').textContent();
  return Number(/Ln (\d+)/.exec(text ?? '')?.[1]);
}

async function waitForCursorLine(page, line) {
  await page.waitForFunction(
    (expected) => /Ln (\d+)/.exec(document.getElementById('status.editor.selection')?.textContent ?? '')?.[1] === String(expected),
    line,
    { timeout: TIMEOUT },
  );
}

/**
 * Colour of the first rendered token on a line containing `lineText` whose trimmed text is
 * `token`, or starts with it when `token` ends with an ellipsis (Monaco splits long runs); null
 * when no such token renders. A line brought into view renders on a later frame: poll for it.
 */
async function tokenColour(page, lineText, token) {
  const colour = await page
    .waitForFunction(
      ([lineText, token]) => {
        const clean = (text) => text.replace(/\u00a0/g, ' ').trim();
        const prefix = token.endsWith('…') ? token.slice(0, -1) : undefined;
        for (const line of document.querySelectorAll('.view-lines .view-line')) {
          if (!clean(line.textContent).includes(lineText)) continue;
          for (const span of line.querySelectorAll('span > span')) {
            const text = clean(span.textContent);
            if (prefix ? text.startsWith(prefix) : text === token) return getComputedStyle(span).color;
          }
        }
        return null;
      },
      [lineText, token],
      { timeout: TIMEOUT },
    )
    .catch(() => null);
  return colour?.jsonValue() ?? null;
}

async function runChecks(page, server, workspace, vsix, checks) {
  await checks.run('the packaged .vsix installs into code-server', async () => {
    const installed = server.cli('--list-extensions', '--show-versions');
    if (!installed.includes(`${EXTENSION_ID}@${vsix.version}`)) throw new Error(`not installed: ${installed}`);
  });

  await page.goto(`${server.url}?folder=${encodeURIComponent(workspace)}`);
  const explorerRow = page.locator('.explorer-folders-view .monaco-list-row', { hasText: SEED });

  await checks.run('opening a seed from the Explorer shows squiggles', async () => {
    await explorerRow.click({ timeout: 60_000 });
    await page.locator('.squiggly-warning, .squiggly-error').first().waitFor({ timeout: TIMEOUT });
    await page.locator('[id="status.editor.mode"]', { hasText: 'Cable' }).waitFor({ timeout: TIMEOUT });
    await checks.screenshot('01-squiggles');
  });

  await checks.run('banner and portion marks render in their own colours', async () => {
    // Only rendered lines have tokens: bring each line into view first.
    await page.locator('.monaco-editor .view-lines').first().click();
    await goToLine(page, String(seedLine('C O N F I D E N T I A L')));
    const banner = await tokenColour(page, 'C O N F I D E N T I A L', 'C O N F I D E N T I A L');
    await goToLine(page, String(seedLine('11. (C) Summary')));
    const confidential = await tokenColour(page, '(C) Summary', 'C');
    await goToLine(page, String(seedLine('(U) Cabinet-level')));
    const unclassified = await tokenColour(page, '(U) Cabinet-level', 'U');
    const plainText = await tokenColour(page, '(U) Cabinet-level', 'Cabinet-level…');
    const colours = { banner, confidential, unclassified, plainText };
    if (!banner || !confidential || !unclassified || !plainText) throw new Error(`tokens not found: ${JSON.stringify(colours)}`);
    if (banner === plainText) throw new Error(`banner has the body colour: ${JSON.stringify(colours)}`);
    if (confidential === plainText) throw new Error(`portion (C) has the body colour: ${JSON.stringify(colours)}`);
    if (confidential === unclassified) throw new Error(`(C) and (U) look the same: ${JSON.stringify(colours)}`);
  });

  await checks.run('the status bar shows the classification', async () => {
    await page.locator('[id="status.languageStatus"]').hover();
    await page.locator('.monaco-hover, .context-view', { hasText: 'CONFIDENTIAL' }).first().waitFor({ timeout: TIMEOUT });
    await checks.screenshot('02-language-status');
    await page.keyboard.press('Escape');
  });

  await checks.run('the Problems panel lists rule ids', async () => {
    await page.keyboard.press('Control+Shift+M');
    const panel = page.locator('.markers-panel');
    await panel.locator('.monaco-list-row', { hasText: 'paragraph-numbering' }).first().waitFor({ timeout: TIMEOUT });
    const text = plain(await panel.textContent());
    if (!text.includes('garbled')) throw new Error(`no garbled-number message in: ${text.slice(0, 300)}`);
    await checks.screenshot('03-problems');
  });

  await checks.run('the Outline lists paragraphs and clicking one moves the cursor', async () => {
    await page.locator('.pane-header', { hasText: 'Outline' }).click();
    // Fold the header so the body paragraphs are in view of the virtualised tree.
    const header = page.locator('.outline-pane .monaco-list-row', { hasText: /^Header$/ });
    await header.waitFor({ timeout: TIMEOUT });
    if ((await header.getAttribute('aria-expanded')) === 'true') await header.locator('.monaco-tl-twistie').click();
    const paragraph = page.locator('.outline-pane .monaco-list-row', { hasText: /^¶3 \(U\) Cambodia/ });
    await paragraph.waitFor({ timeout: TIMEOUT });
    await paragraph.click();
    await waitForCursorLine(page, seedLine('13. (U) Cambodia'));
    await checks.screenshot('04-outline');
    // The README's picture: header, squiggles, Outline and Problems at once.
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+Home');
    await checks.screenshot('overview');
  });

  await checks.run('Ctrl+Alt+Down moves to the next paragraph', async () => {
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+Home');
    await waitForCursorLine(page, 1);
    await page.keyboard.press('Control+Alt+ArrowDown');
    await waitForCursorLine(page, seedLine('11. (C) Summary'));
  });

  await checks.run('a light-bulb quick-fix repairs the garbled "11."', async () => {
    const line = seedLine('11. (C) Summary');
    await page.locator('.monaco-editor .view-lines').first().click();
    await goToLine(page, `${line}:4`);
    const bulb = page.locator('.lightBulbWidget');
    await bulb.waitFor({ timeout: TIMEOUT });
    await bulb.click();
    const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'paragraph number 1' }).first();
    await fix.waitFor({ timeout: TIMEOUT });
    await checks.screenshot('05-quick-fix-menu');
    await fix.click();
    const fixed = page.locator('.view-lines .view-line', { hasText: /^-\s¶?1\.\s\(C\)\sSummary/ });
    await fixed.waitFor({ timeout: TIMEOUT });
    const current = await cursorLine(page);
    if (current !== line) throw new Error(`cursor left line ${line} (now ${current})`);
  });

  await checks.run('Cable: New Cable asks level, post and subject and opens a skeleton that lints clean', async () => {
    // Each prompt appears only after the previous one closed (see waitForQuickInputClosed).
    await runCommand(page, 'Cable: New Cable');
    await pickQuickPickItem(page, 'New Cable: classification', /^SECRET$/);
    await answerInputBox(page, 'New Cable: post', 'Bangkok');
    await answerInputBox(page, 'New Cable: subject', 'MEKONG MINISTERS PLEDGE COOPERATION');
    await page.locator('.tab.active', { hasText: 'Untitled' }).waitFor({ timeout: TIMEOUT });
    const banner = page.locator('.view-lines .view-line', { hasText: /^S\sE\sC\sR\sE\sT\sBANGKOK/ }).first();
    await banner.waitFor({ timeout: TIMEOUT });
    const subject = /^SUBJECT:\sMEKONG\sMINISTERS\sPLEDGE\sCOOPERATION/;
    await page.locator('.view-lines .view-line', { hasText: subject }).waitFor({ timeout: TIMEOUT });
    // The server has read it once the status item shows its level.
    await page.locator('[id="status.languageStatus"]').hover();
    await page.locator('.monaco-hover, .context-view', { hasText: 'SECRET' }).first().waitFor({ timeout: TIMEOUT });
    await page.keyboard.press('Escape');
    // "No squiggles" holds before any diagnostics arrive too: garble the banner and wait for its
    // squiggle (this editor's diagnostics arrive), undo, then wait for every squiggle to go, which
    // only the result for the restored skeleton can do.
    const squiggles = page.locator('.editor-group-container.active').locator('.squiggly-error, .squiggly-warning');
    await page.locator('.monaco-editor .view-lines').first().click();
    await goToLine(page, '1:1');
    await page.keyboard.press('Delete');
    await squiggles
      .first()
      .waitFor({ timeout: TIMEOUT })
      .catch(() => {
        throw new Error('a garbled banner got no squiggle: diagnostics do not reach the new cable');
      });
    await page.keyboard.press('Control+Z');
    await banner.waitFor({ timeout: TIMEOUT });
    const clean = await squiggles
      .first()
      .waitFor({ state: 'detached', timeout: TIMEOUT })
      .then(() => true, () => false);
    await checks.screenshot('06-new-cable');
    if (!clean) throw new Error(`${await squiggles.count()} squiggles in the new cable`);
  });
}

/** Runs the UI checks; resolves with { passed, failed } (setup failures count as one failure). */
export async function runUiSuite({ updateReadmeScreenshot = false } = {}) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const vsix = packagedVsix();
  if (!fs.existsSync(vsix.file)) {
    console.log(`  ✘ no ${path.basename(vsix.file)}: run npm run package first`);
    return { passed: 0, failed: 1 };
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cable-ui-'));
  const workspace = path.join(tmp, 'workspace');
  makeWorkspace(workspace);
  const server = new CodeServer(path.join(tmp, 'code-server'));
  let browser;
  try {
    server.writeUserSettings(USER_SETTINGS);
    server.cli('--install-extension', vsix.file);
    await server.start(workspace);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const checks = new UiChecks(page);
    await runChecks(page, server, workspace, vsix, checks);
    if (updateReadmeScreenshot) fs.copyFileSync(path.join(SCREENSHOTS, 'overview.png'), README_SCREENSHOT);
    return { passed: checks.passed, failed: checks.failed };
  } catch (error) {
    console.log(`  ✘ UI suite setup: ${error.message}`);
    return { passed: 0, failed: 1 };
  } finally {
    await browser?.close();
    server.dispose();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { passed, failed } = await runUiSuite({ updateReadmeScreenshot: process.argv.includes('--update-readme-screenshot') });
  console.log(`ui: ${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}
