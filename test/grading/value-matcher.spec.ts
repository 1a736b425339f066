import { matchValue, validateMatcher } from '@loopgrade/grading';

describe('matchValue', () => {
  it('reads a program object with a $type key as a plain object, never as a description', () => {
    const spoof = { $type: 'object', properties: { $type: 'Error', name: 'TimeoutError' } };
    expect(matchValue({ $type: 'Error' }, spoof)).not.toBeNull();
    expect(matchValue({ $eq: { $type: 'Error', name: 'TimeoutError' } }, spoof)).not.toBeNull();
    expect(matchValue({ $type: 'object', $props: { name: 'TimeoutError' } }, spoof)).toBeNull();
  });

  it('compares described numbers like Object.is and orders them as numbers', () => {
    const minusZero = { $type: 'number', value: '-0' };
    expect(matchValue(-0, minusZero)).toBeNull();
    expect(matchValue(0, minusZero)).not.toBeNull();
    expect(matchValue({ $eq: 0 }, minusZero)).not.toBeNull();
    expect(matchValue({ $gte: 0, $lte: 0 }, minusZero)).toBeNull();
    expect(matchValue(Number.NaN, { $type: 'number', value: 'NaN' })).toBeNull();
    expect(matchValue({ $gt: 1e308 }, { $type: 'number', value: 'Infinity' })).toBeNull();
    expect(matchValue({ $sorted: 'asc' }, [{ $type: 'number', value: '-Infinity' }, 0, 2])).toBeNull();
  });

  it('treats literals, arrays and plain objects structurally', () => {
    expect(matchValue({ a: [1, 'x', null] }, { a: [1, 'x', null] })).toBeNull();
    expect(matchValue({ a: 1 }, { a: 1, b: 2 })).toEqual({
      path: '.b',
      expected: 'no such property',
      actual: 2,
    });
    expect(matchValue([1, 2], [1, 2, 3])).toMatchObject({ path: '', expected: 'an array of 2' });
    expect(matchValue({ a: { b: 1 } }, { a: { b: 2 } })).toEqual({ path: '.a.b', expected: '1', actual: 2 });
  });

  it('applies every operator of an operator object', () => {
    expect(matchValue({ $gte: 1, $lt: 3 }, 2)).toBeNull();
    expect(matchValue({ $gte: 1, $lt: 3 }, 3)).toMatchObject({ expected: 'a number < 3' });
    expect(matchValue({ $closeTo: [100, 5] }, 104)).toBeNull();
    expect(matchValue({ $regex: '^time', $flags: 'i' }, 'Timed out')).toBeNull();
    expect(matchValue({ $regex: '^time' }, 'Timed out')).toMatchObject({
      expected: 'a string matching /^time/',
    });
    expect(matchValue({ $includes: 'out' }, 'timed out')).toBeNull();
    expect(matchValue({ $type: 'undefined' }, undefined)).toBeNull();
  });

  it('has array operators for order-free and sorted results', () => {
    expect(matchValue({ $sameMembers: [1, 2, 2] }, [2, 1, 2])).toBeNull();
    expect(matchValue({ $sameMembers: [1, 2, 2] }, [2, 1, 1])).not.toBeNull();
    expect(matchValue({ $sorted: 'asc' }, [1, 2, 2, 5])).toBeNull();
    expect(matchValue({ $sorted: 'desc' }, [1, 2])).toMatchObject({ expected: 'an array sorted descending' });
    expect(matchValue({ $unique: true }, [1, 2, 1])).toMatchObject({
      expected: 'an array without duplicates',
    });
    expect(matchValue({ $some: { $gt: 10 } }, [1, 20])).toBeNull();
    expect(matchValue({ $every: { $gt: 0 } }, [1, -1])).toMatchObject({ path: '[1]' });
    expect(matchValue({ $length: { $gte: 2 } }, 'ab')).toBeNull();
  });

  it('matches partial objects with $props and combines with logic operators', () => {
    expect(matchValue({ $props: { status: 200 } }, { status: 200, body: 'x' })).toBeNull();
    expect(matchValue({ $anyOf: [null, { $type: 'string' }] }, 'x')).toBeNull();
    expect(matchValue({ $not: { $eq: 0 } }, 0)).toMatchObject({ expected: 'not {"$eq":0}' });
    expect(matchValue({ $allOf: [{ $type: 'number' }, { $gt: 5 }] }, 3)).toMatchObject({
      expected: 'a number > 5',
    });
  });

  it('fails rather than throws on an operator it does not know (unvalidated data)', () => {
    expect(matchValue({ $within: 3 }, 1)).toMatchObject({
      expected: 'a valid matcher (unknown operator $within)',
    });
  });
});

describe('validateMatcher', () => {
  it('accepts nested valid matchers and reports problems by JSON pointer', () => {
    expect(validateMatcher({ a: [{ $gt: 1 }], b: { $props: { c: { $regex: 'x' } } } })).toEqual([]);
    expect(validateMatcher({ a: { $gt: 'one' }, b: { $regex: '(' }, c: { $x: 1 } })).toEqual([
      { path: '/a/$gt', message: 'must be a number' },
      { path: '/b/$regex', message: expect.stringContaining('invalid regular expression') },
      { path: '/c/$x', message: expect.stringContaining('unknown operator') },
    ]);
  });

  it('refuses objects that mix operators with plain keys, and $flags without $regex', () => {
    expect(validateMatcher({ $gt: 1, a: 2 })[0].message).toContain('mixes operators');
    expect(validateMatcher({ $flags: 'i' })).toEqual([{ path: '/$flags', message: 'needs $regex' }]);
  });
});
