/** "Followed": marks the driver a reader follows in a table or list, in words (never by colour alone). */
export function FollowedBadge() {
  return (
    <span className="badge badge--followed">
      <span aria-hidden="true">★ </span>followed
    </span>
  );
}
