import { useAppStore } from '../state/StoreContext';
import { useUrlSync } from '../state/useUrlSync';
import type { Catalog } from '../state/view';

/** Mounts the URL ⇄ store synchronisation; renders nothing. */
export function UrlSync({ catalog }: { catalog: Catalog }) {
  useUrlSync(useAppStore(), catalog);
  return null;
}
