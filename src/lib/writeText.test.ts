import { describe, expect, it } from 'vitest';
import { writeText } from './writeText';

/** An element whose first child is a text node, counting writes to it. */
function withText(text: string) {
  let writes = 0;
  let value = text;
  const node = {
    get nodeValue() {
      return value;
    },
    set nodeValue(next: string) {
      writes += 1;
      value = next;
    },
  };
  return { element: { firstChild: node } as unknown as Element, text: () => value, writes: () => writes };
}

describe('writeText', () => {
  it('rewrites the text node in place, and only when the text changes', () => {
    const label = withText('12');
    writeText(label.element, '13');
    expect(label.text()).toBe('13');
    writeText(label.element, '13');
    expect(label.writes()).toBe(1);
  });

  it('does nothing without an element or a text node', () => {
    expect(() => writeText(null, '1')).not.toThrow();
    expect(() => writeText({ firstChild: null } as unknown as Element, '1')).not.toThrow();
  });
});
