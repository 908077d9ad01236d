import * as assert from 'node:assert/strict';
import { TAGS } from '../../server/src/service/data/tags';
import {
  isGeoTag,
  isKnownTag,
  isOrganizationTag,
  isSubjectTag,
  lookupTag,
  nearestTags,
  splitMergedTag,
} from '../../server/src/service/data/tagLookup';
import { POST_NAMES, POSTS, isKnownPost, normalizePost } from '../../server/src/service/data/posts';

describe('TAG vocabulary', () => {
  it('knows the tags of the seed cables with their kinds', () => {
    assert.equal(lookupTag('PREL')?.kind, 'subject');
    assert.equal(lookupTag('KDEM')?.kind, 'program');
    assert.equal(lookupTag('BM')?.kind, 'geo');
    assert.equal(lookupTag('BM')?.meaning, 'Burma (Myanmar)');
    assert.equal(lookupTag('TH')?.meaning, 'Thailand');
    assert.equal(lookupTag('ASEAN')?.kind, 'organization');
  });

  it('accepts lower case and irregular spacing but not unknown codes', () => {
    assert.equal(lookupTag('pgov')?.code, 'PGOV');
    assert.equal(lookupTag(' Human  Rights ')?.code, 'HUMAN RIGHTS');
    assert.equal(lookupTag('HUMAN RIGHTS')?.kind, 'other');
    assert.equal(isKnownTag('PGOVX'), false);
    assert.equal(isKnownTag(''), false);
  });

  it('leaves merged codes out so that tags-unknown can flag them', () => {
    for (const merged of ['VTPREL', 'IZPREL', 'HRPGOV', 'PGOV PREL']) assert.equal(isKnownTag(merged), false, merged);
  });

  it('keeps every table row well formed', () => {
    assert.ok(TAGS.size > 800);
    for (const [code, tag] of TAGS) {
      assert.equal(tag.code, code);
      assert.equal(code, code.toUpperCase(), code);
      assert.ok(Number.isInteger(tag.seen) && tag.seen >= 0, code);
      assert.ok(tag.meaning === undefined || (tag.meaning.length > 0 && tag.meaning.length <= 80), code);
    }
  });

  it('sorts codes into subject, geographic and organization kinds', () => {
    assert.ok(isSubjectTag('PHUM'));
    assert.ok(isSubjectTag('KIRF'), 'program tags count as subjects');
    assert.ok(!isSubjectTag('TH'));
    assert.ok(!isSubjectTag('HUMAN RIGHTS'));
    assert.ok(isGeoTag('TH'));
    assert.ok(!isGeoTag('PREL'));
    assert.ok(isOrganizationTag('NATO'));
    assert.ok(!isOrganizationTag('NOTATAG'));
  });
});

describe('nearestTags', () => {
  it('puts a transposed code first', () => {
    assert.equal(nearestTags('PERL')[0]?.code, 'PREL');
    assert.equal(nearestTags('PGVO')[0]?.code, 'PGOV');
  });

  it('ranks equally distant codes by how often cables use them', () => {
    const codes = nearestTags('PREJ', 3).map((tag) => tag.code);
    assert.deepEqual(codes, ['PREL', 'PREF', 'PTER']);
  });

  it('stays within the allowed distance and the requested count', () => {
    assert.deepEqual(nearestTags('QQQQQQ'), []);
    assert.equal(nearestTags('PHUN', 2).length, 2);
    for (const tag of nearestTags('XZ', 10)) assert.equal(tag.code.length, 2, 'short tokens allow one edit only');
    assert.deepEqual(nearestTags('P'), []);
  });

  it('never suggests the token itself or free-text tokens', () => {
    const codes = nearestTags('PGOV', 10).map((tag) => tag.code);
    assert.ok(!codes.includes('PGOV'));
    for (const tag of nearestTags('HUMANR', 10)) assert.notEqual(tag.kind, 'other');
  });
});

describe('splitMergedTag', () => {
  it('splits two glued codes', () => {
    assert.deepEqual(splitMergedTag('PHUMPGOV'), ['PHUM', 'PGOV']);
    assert.deepEqual(splitMergedTag('ITPHUM'), ['IT', 'PHUM']);
    assert.deepEqual(splitMergedTag('vtprel'), ['VT', 'PREL']);
  });

  it('splits more than two codes and separated codes', () => {
    assert.deepEqual(splitMergedTag('PRELPGOVKDEM'), ['PREL', 'PGOV', 'KDEM']);
    assert.deepEqual(splitMergedTag('PGOV PREL'), ['PGOV', 'PREL']);
    assert.deepEqual(splitMergedTag('PGOV/PREL'), ['PGOV', 'PREL']);
  });

  it('returns undefined for known codes and unsplittable tokens', () => {
    assert.equal(splitMergedTag('PGOV'), undefined);
    assert.equal(splitMergedTag('UNSC'), undefined, 'a known code is not split into UN + SC');
    assert.equal(splitMergedTag('HUMAN RIGHTS'), undefined);
    assert.equal(splitMergedTag('PHUMQ'), undefined);
    assert.equal(splitMergedTag('PGOV/QQQQ'), undefined);
    assert.equal(splitMergedTag(''), undefined);
  });
});

describe('posts', () => {
  it('knows the seed cable posts and the Department', () => {
    for (const post of ['RANGOON', 'BANGKOK', 'STATE', 'HOCHIMINHCITY', 'USUNNEWYORK']) assert.ok(POSTS.has(post), post);
  });

  it('normalizes banner spellings to id spellings', () => {
    assert.equal(normalizePost('Ho Chi Minh City'), 'HOCHIMINHCITY');
    assert.equal(normalizePost("N'Djamena"), 'NDJAMENA');
    assert.equal(normalizePost('PORT-AU-PRINCE'), 'PORTAUPRINCE');
    assert.ok(isKnownPost('RIO DE JANEIRO'));
    assert.ok(isKnownPost('Addis Ababa'));
    assert.ok(isKnownPost('St. Petersburg'));
  });

  it('leaves out garbled spellings and caption-prefixed ids', () => {
    for (const bad of ['BRUSSQLS', 'KINSHAA', 'EFTOLONDON', 'NOFORNMOGADISHU', 'ATLANTIS']) {
      assert.ok(!isKnownPost(bad), bad);
    }
  });

  it('lists posts once each, most used first', () => {
    assert.equal(POST_NAMES[0], 'STATE');
    assert.equal(new Set(POST_NAMES).size, POST_NAMES.length);
    assert.equal(POSTS.size, POST_NAMES.length);
  });
});
