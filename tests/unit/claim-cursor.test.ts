import { compareClaimOrder, decodeClaimCursor, encodeClaimCursor } from '../../server/store/claim-cursor';
import { InvalidArgumentError } from '../../server/errors/api-errors';

describe('claim cursor', () => {
  it('round-trips the order key, whatever characters the ids hold', () => {
    const key = { sourceId: 'src|a', start: 42, id: 'claim "x"' };
    const cursor = encodeClaimCursor(key);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeClaimCursor({ cursor })).toEqual(key);
  });

  it.each(['', 'not a cursor!', Buffer.from('["c1","s",-1,"x"]').toString('base64url'),
    Buffer.from('["c0","s",1,"x"]').toString('base64url'), Buffer.from('{}').toString('base64url'), 'abc'])(
    'rejects %j naming the `after` argument',
    (cursor) => {
      expect(() => decodeClaimCursor({ cursor })).toThrow(InvalidArgumentError);
      expect(() => decodeClaimCursor({ cursor })).toThrow(/^after: /);
    },
  );

  it('orders by source, then numeric start, then id', () => {
    const keys = [
      { sourceId: 'b', start: 1, id: 'a' },
      { sourceId: 'a', start: 10, id: 'a' },
      { sourceId: 'a', start: 9, id: 'z' },
      { sourceId: 'a', start: 9, id: 'y' },
    ];
    expect([...keys].sort(compareClaimOrder).map((k) => `${k.sourceId}/${k.start}/${k.id}`)).toEqual([
      'a/9/y', 'a/9/z', 'a/10/a', 'b/1/a',
    ]);
  });
});
