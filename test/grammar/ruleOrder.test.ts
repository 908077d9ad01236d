// For speed the grammar merges its rules into few patterns and tries body lines apart from the
// line rules (see syntaxes/cable.tmLanguage.src.mjs). These cases pin what the written order of
// the rules decides where two of them could claim the same text, inline and from line to line.
import * as assert from 'node:assert/strict';
import { loadGrammar, tokenizeText, type Token } from './textmate';

interface Case {
  text: string;
  /** [line, token text, a scope it has] */
  scoped: Array<[number, string, string]>;
  /** [line, text only plain tokens cover] */
  plain?: Array<[number, string]>;
}

const cases: Record<string, Case> = {
  'a reference word in brackets is a keyword, not a citation': {
    text: '(REFTEL 1234)',
    scoped: [[1, 'REFTEL', 'keyword.other.reference.cable']],
    plain: [[1, '1234']],
  },
  'a citation in brackets wins over the caption it starts with': {
    text: '(NOFORN 1234)',
    scoped: [[1, 'NOFORN 1234', 'markup.underline.link.cable-id.cable']],
  },
  'an end marker in brackets wins over a citation': {
    text: '(END SUMMARY 123)',
    scoped: [[1, 'END SUMMARY ', 'keyword.control.summary.end.cable']],
    plain: [[1, '123']],
  },
  'a citation in brackets wins over a redaction': {
    text: '(XXXX 1234)',
    scoped: [[1, 'XXXX 1234', 'markup.underline.link.cable-id.cable']],
  },
  'a comment marker right after a bracket': {
    text: 'He added (comment: none).',
    scoped: [[1, 'comment:', 'keyword.control.comment.begin.cable']],
  },
  'reference words and citations side by side': {
    text: 'see SEPTEL and STATE 12345',
    scoped: [
      [1, 'SEPTEL', 'keyword.other.reference.cable'],
      [1, 'STATE 12345', 'markup.underline.link.cable-id.cable'],
    ],
  },
  'body text after a page header': {
    text: 'PAGE 02 HARARE 06677 01 OF 03 291400Z REFTEL A',
    scoped: [
      [1, 'PAGE 02 HARARE 06677 01 OF 03 291400Z', 'comment.line.page-header.cable'],
      [1, 'REFTEL', 'keyword.other.reference.cable'],
      [1, 'A', 'variable.other.ref-letter.cable'],
    ],
  },
  'marks, citations and redactions on a SUBJECT line': {
    text: 'SUBJECT: (C) TALKS (REFTEL 1234) XXXXXXX',
    scoped: [
      [1, '(C)', 'markup.portion.confidential.cable'],
      [1, 'REFTEL', 'keyword.other.reference.cable'],
      [1, 'XXXXXXX', 'comment.other.redaction.cable'],
    ],
  },
  'a line rule right after a paragraph': {
    text: '1. (C) First line\ncontinues, as REFTEL said, (S//NF)\nTAGS: PREL',
    scoped: [
      [1, '1.', 'constant.numeric.paragraph.cable'],
      [2, 'REFTEL', 'keyword.other.reference.cable'],
      [2, '(S//NF)', 'markup.portion.secret.cable'],
      [3, 'TAGS', 'keyword.other.tags.cable'],
      [3, 'PREL', 'entity.name.tag.code.cable'],
    ],
  },
  'a bullet on the line after body text': {
    text: 'Body line\n- (C) bullet',
    scoped: [
      [2, '-', 'punctuation.definition.list.begin.cable'],
      [2, '(C)', 'markup.portion.confidential.cable'],
    ],
  },
  'a heading on the line after body text': {
    text: 'Body line\nSUMMARY',
    scoped: [[2, 'SUMMARY', 'keyword.control.summary.begin.cable']],
  },
  'a numbered paragraph after a blank line': {
    text: 'Body line\n\n2. (U) Next',
    scoped: [
      [3, '2.', 'constant.numeric.paragraph.cable'],
      [3, '(U)', 'markup.portion.unclassified.cable'],
    ],
  },
};

function describeTokens(tokens: Token[]): string {
  return tokens.map((t) => `${t.line} ${JSON.stringify(t.text)} ${t.scopes.slice(1).join(' ')}`).join('\n  ');
}

describe('cable grammar keeps the written order of its rules', function () {
  this.timeout(30000);

  for (const [title, { text, scoped, plain = [] }] of Object.entries(cases)) {
    it(title, async () => {
      const { grammar } = await loadGrammar();
      const tokens = tokenizeText(grammar, text);
      for (const [line, tokenText, scope] of scoped) {
        const token = tokens.find((t) => t.line === line && t.text === tokenText);
        assert.ok(token?.scopes.includes(scope), `line ${line} ${JSON.stringify(tokenText)} should be ${scope}; tokens:\n  ${describeTokens(tokens)}`);
      }
      for (const [line, part] of plain) {
        const covering = tokens.filter((t) => t.line === line && t.text.includes(part));
        assert.ok(covering.length > 0 && covering.every((t) => t.scopes.length === 1), `line ${line} ${JSON.stringify(part)} should be plain; tokens:\n  ${describeTokens(tokens)}`);
      }
    });
  }
});
