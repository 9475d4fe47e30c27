/**
 * How a data error reads for people: the line and column when known, no empty "where", and a path
 * whose segments are named only when they really are list places.
 */
import { describeDataError, readablePath } from './errors';

describe('describeDataError', () => {
  const error = { file: 'quotes.json', path: 'quotes.0.text', message: 'is not found' };

  it('gives the line and the column when both are known', () => {
    expect(describeDataError({ ...error, line: 12, column: 7 })).toBe('quotes.json:12:7: quotes.0.text: is not found');
  });

  it('gives the line alone when there is no column', () => {
    expect(describeDataError({ ...error, line: 12 })).toBe('quotes.json:12: quotes.0.text: is not found');
  });

  it('gives neither when the line is not known', () => {
    expect(describeDataError(error)).toBe('quotes.json: quotes.0.text: is not found');
  });

  it('leaves out the place of a problem with the file as a whole', () => {
    expect(describeDataError({ file: 'quotes.json', path: '', message: 'is not valid JSON', line: 1, column: 3 })).toBe('quotes.json:1:3: is not valid JSON');
    expect(describeDataError({ file: 'quotes.json', path: 'quotes', where: '', message: 'x' })).toBe('quotes.json: x');
  });
});

describe('readablePath', () => {
  it('reads segments that only contain digits as field names', () => {
    expect(readablePath({ a1: 1 }, 'a1')).toBe('a1');
    expect(readablePath({ x: { '1a': 2 } }, 'x.1a')).toBe('x.1a');
    expect(readablePath({ x: [{ id: 'first' }] }, 'x.0.n1')).toBe('x[0] first .n1');
  });

  it('names no item that is null', () => {
    expect(readablePath({ events: [null] }, 'events.0.lap')).toBe('events[0].lap');
  });
});
