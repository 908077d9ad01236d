import * as assert from 'node:assert/strict';
import { lintText, parseCable } from '../../../server/src/service';
import { lookupTag } from '../../../server/src/service/data/tagLookup';
import { newCableText, NewCableLevel, postCountryTag } from '../../../server/src/service/features';
import { postCountryTags } from '../../../server/src/service/data/postCountries';
import { POSTS } from '../../../server/src/service/data/posts';

const LEVELS: NewCableLevel[] = ['UNCLASSIFIED', 'SBU', 'CONFIDENTIAL', 'SECRET', 'TOP SECRET'];
const TODAY = { year: 2026, month: 1, day: 15 };

function skeleton(level: NewCableLevel, date?: string, post = 'Rangoon'): string {
  const result = newCableText({ level, post, subject: 'MEKONG MINISTERS PLEDGE COOPERATION', date }, TODAY);
  assert.ok(!('error' in result), JSON.stringify(result));
  return result.text;
}

describe('newCableText', () => {
  it('writes a confidential skeleton for the order in force on the date', () => {
    assert.equal(
      skeleton('CONFIDENTIAL', '2004-11-02'),
      [
        'C O N F I D E N T I A L RANGOON 000000',
        '',
        'E.O. 12958: DECL: 11/02/2014',
        'TAGS: PREL, BM',
        'SUBJECT: MEKONG MINISTERS PLEDGE COOPERATION',
        '',
        'Classified By: Name and title, for reasons 1.4 (b) and (d).',
        '',
        '1. (C) Summary: Summarize the cable in a few sentences. End Summary.',
        '',
        '2. (C) Begin the body of the cable here.',
        '',
      ].join('\n'),
    );
    assert.match(skeleton('SECRET'), /^E\.O\. 13526: DECL: 01\/15\/2036$/m, 'today, under E.O. 13526');
    assert.match(skeleton('SECRET', '2001-05-01'), /for reasons 1\.5 \(b\) and \(d\)/);
    assert.match(skeleton('SECRET', '1990-05-01'), /^E\.O\. 12356: DECL: OADR\n[^]*^SECRET - ENTIRE TEXT$/m);
  });

  it('lints clean at every level and in every era, with the cable date known to the era rules', () => {
    for (const level of LEVELS) {
      for (const date of ['1990-05-01', '1999-01-05', '2004-11-02', '2010-06-27', '2026-01-15']) {
        const text = skeleton(level, date);
        const { diagnostics } = lintText(text, { config: { date } });
        assert.deepEqual(diagnostics.map((d) => `${d.rule}: ${d.message}`), [], `${level} ${date}:\n${text}`);
        assert.equal(parseCable(text).classification?.level, { UNCLASSIFIED: 'U', SBU: 'SBU', CONFIDENTIAL: 'C', SECRET: 'S', 'TOP SECRET': 'TS' }[level]);
      }
    }
  });

  it('lints clean for Department cables, which name no country', () => {
    const text = skeleton('UNCLASSIFIED', '2012-01-01', 'state');
    assert.match(text, /^TAGS: PREL$/m);
    assert.deepEqual(lintText(text).diagnostics.map((d) => d.rule), []);
  });

  it('refuses unknown levels, posts that are not words, empty subjects and bad dates', () => {
    assert.match((newCableText({ level: 'SECRETISH' as NewCableLevel, post: 'X', subject: 'Y' }, TODAY) as { error: string }).error, /Unknown level/);
    assert.match((newCableText({ level: 'SBU', post: '123', subject: 'Y' }, TODAY) as { error: string }).error, /letters/);
    assert.match((newCableText({ level: 'SBU', post: 'STATE', subject: '  ' }, TODAY) as { error: string }).error, /subject/);
    assert.match((newCableText({ level: 'SBU', post: 'STATE', subject: 'Y', date: '2004-13-45' }, TODAY) as { error: string }).error, /not a date/);
  });
});

describe('postCountryTag', () => {
  it('names each post\'s country (or organization) with a known tag', () => {
    assert.equal(postCountryTag('Rangoon'), 'BM');
    assert.equal(postCountryTag('Ho Chi Minh City'), 'VM');
    assert.equal(postCountryTag('USNATO'), 'NATO');
    assert.equal(postCountryTag('STATE'), undefined);
    for (const [post, tag] of postCountryTags()) {
      assert.ok(POSTS.has(post), `${post} is not a known post`);
      assert.ok(['geo', 'organization'].includes(lookupTag(tag)?.kind ?? ''), `${post}: ${tag} is not a country or organization tag`);
    }
  });
});
