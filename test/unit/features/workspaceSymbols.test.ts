import * as assert from 'node:assert/strict';
import { parseCable } from '../../../server/src/service';
import { cableSymbol, matchesQuery, SymbolKind } from '../../../server/src/service/features';
import { cable, seed, SMALL } from './helpers';

describe('workspace symbols', () => {
  it('names a cable by its subject, in its post and serial', () => {
    const symbol = cableSymbol(seed('04RANGOON1422.txt').model, 'file:///r.txt')!;
    assert.deepEqual(symbol, {
      name: 'MAINLAND SE ASIA AND CHINA PLEDGE TIP COOPERATION',
      kind: SymbolKind.Module,
      location: { uri: 'file:///r.txt', range: { start: { line: 10, character: 29 }, end: { line: 10, character: 87 } } },
      containerName: 'RANGOON 001422',
    });
  });

  it('names a cable by its subject without the subject\'s portion mark', () => {
    assert.equal(cableSymbol(parseCable(SMALL), 'file:///s.txt')!.name, 'A SMALL CABLE');
    const typing = cable('UNCLAS STATE 000001', '', 'SUBJECT: (U)');
    assert.equal(cableSymbol(parseCable(typing), 'file:///t.txt')!.name, 'STATE 000001', 'a mark alone leaves the post and serial');
  });

  it('falls back to the release id when a cable has neither subject nor banner', () => {
    const symbol = cableSymbol(seed('06BANGKOK3955.txt').model, 'file:///b.txt')!;
    assert.equal(symbol.name, '06BANGKOK3955');
    assert.equal(symbol.containerName, undefined);
    assert.equal(cableSymbol(parseCable('nothing here\n'), 'file:///n.txt'), undefined);
  });

  it('matches every word of a query in any case', () => {
    const symbol = cableSymbol(seed('04RANGOON1422.txt').model, 'file:///r.txt')!;
    assert.ok(matchesQuery(symbol, ''));
    assert.ok(matchesQuery(symbol, 'pledge rangoon'));
    assert.ok(matchesQuery(symbol, '001422'));
    assert.ok(!matchesQuery(symbol, 'pledge bangkok'));
  });
});
