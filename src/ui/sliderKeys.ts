/**
 * The value a slider key moves to, or null for keys a slider does not handle: the WAI-ARIA slider
 * pattern, the same in every browser (they disagree on how far PageUp/PageDown move a range input).
 */
export function sliderKeyTarget(key: string, value: number, min: number, max: number, page: number): number | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowUp':
      return value + 1;
    case 'ArrowLeft':
    case 'ArrowDown':
      return value - 1;
    case 'PageUp':
      return value + page;
    case 'PageDown':
      return value - page;
    case 'Home':
      return min;
    case 'End':
      return max;
    default:
      return null;
  }
}
