import {
  compareClaimOrder,
  decodeClaimCursor,
  encodeClaimCursor,
  setCursorSecret,
} from '../../server/store/claim-cursor';
import { InvalidArgumentError } from '../../server/errors/api-errors';

describe('claim cursor', () => {
  it('round-trips the order key, whatever characters the ids hold', () => {
    const key = { sourceId: 'src|a', start: 42, id: 'claim "x"' };
    const cursor = encodeClaimCursor(key);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeClaimCursor({ cursor })).toEqual(key);
  });

  it.each([
    '',
    'not a cursor!',
    Buffer.from('["c1","s",-1,"x"]').toString('base64url'),
    Buffer.from('["c0","s",1,"x"]').toString('base64url'),
    Buffer.from('{}').toString('base64url'),
    'abc',
  ])('rejects %j naming the `after` argument', (cursor) => {
    expect(() => decodeClaimCursor({ cursor })).toThrow(InvalidArgumentError);
    expect(() => decodeClaimCursor({ cursor })).toThrow(/^after: /);
  });

  it('orders by source, then numeric start, then id', () => {
    const keys = [
      { sourceId: 'b', start: 1, id: 'a' },
      { sourceId: 'a', start: 10, id: 'a' },
      { sourceId: 'a', start: 9, id: 'z' },
      { sourceId: 'a', start: 9, id: 'y' },
    ];
    expect([...keys].sort(compareClaimOrder).map((k) => `${k.sourceId}/${k.start}/${k.id}`)).toEqual([
      'a/9/y',
      'a/9/z',
      'a/10/a',
      'b/1/a',
    ]);
  });
});

describe('claim cursor signature', () => {
  const key = { sourceId: 'src', start: 7, id: 'claim-a' };
  afterEach(() => setCursorSecret({ value: null }));

  it('refuses a well-formed cursor this API did not sign (forged or edited)', () => {
    const payload = Buffer.from(JSON.stringify(['c1', 'src', 7, 'claim-a']), 'utf8').toString('base64url');
    expect(() => decodeClaimCursor({ cursor: payload })).toThrow(/^after: /);
    expect(() => decodeClaimCursor({ cursor: payload + 'A'.repeat(22) })).toThrow(/^after: /);
    const real = encodeClaimCursor(key);
    const edited =
      Buffer.from(JSON.stringify(['c1', 'src', 8, 'claim-a']), 'utf8').toString('base64url') + real.slice(-22);
    expect(() => decodeClaimCursor({ cursor: edited })).toThrow(/^after: /);
  });

  it('cursors made with a shared WHOSAID_CURSOR_SECRET are accepted by another instance with the same secret only', () => {
    setCursorSecret({ value: 'one-secret-shared-by-all-instances' });
    const cursor = encodeClaimCursor(key);
    setCursorSecret({ value: 'one-secret-shared-by-all-instances' });
    expect(decodeClaimCursor({ cursor })).toEqual(key);
    setCursorSecret({ value: 'another-secret-of-another-deploy' });
    expect(() => decodeClaimCursor({ cursor })).toThrow(InvalidArgumentError);
  });
});
