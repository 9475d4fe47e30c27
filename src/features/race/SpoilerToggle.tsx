import { useApp, useAppStore } from '../../state/StoreContext';

/** No-spoilers mode: hide what happens after the cursor. Kept in the link (spoilers=hide). */
export function SpoilerToggle() {
  const hideAhead = useApp((s) => s.hideAhead);
  const store = useAppStore();
  return (
    <label className="toggle">
      <input type="checkbox" checked={hideAhead} onChange={(e) => store.getState().setHideAhead(e.target.checked)} />
      Hide what happens after this lap
    </label>
  );
}
