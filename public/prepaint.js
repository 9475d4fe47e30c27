// What must happen before a page paints, so it never has to be undone in front of the reader. A
// classic script in <head>, from the site's own origin (the CSP allows it; it allows no inline
// script), small and blocking on purpose: the page waits for it, not for the app.
//
// 1. The theme the reader chose (components/ThemeToggle.tsx keeps it in localStorage): a stored
//    dark theme paints dark from the first frame, not light until the app starts.
// 2. No spoilers (issue 19): a page is prerendered at its own moment (a race at the finish), so a link
//    in the old form, `?spoilers=hide` on any page, would paint the result before the app could hide
//    it. Such a link is taken, before anything paints, to the race's (or comparison's) spoiler-free
//    page, `<race>/no-spoilers/`, with the rest of its query; the app reads it as the same view
//    (state/address.ts). Only `spoilers=show` (any case) is not hiding: a typo fails safe, as in the app.
//
// scripts/prerender.mjs says what page this is on <html>: data-lapline-page ("race phoenix-2023",
// "event phoenix-2023 hocevar-spins-heim", "follow phoenix-2023 corey-heim", "compare a b", "root
// phoenix-2023"; absent on the spoiler-free pages and the 404 page), data-lapline-up (the path back to
// the site's root, "../../") and data-lapline-races (every race id, for a `race=` on the root page).
(function () {
  var html = document.documentElement;
  try {
    var theme = window.localStorage.getItem('lapline-theme');
    if (theme === 'dark' || theme === 'light') html.setAttribute('data-theme', theme);
  } catch {
    // Storage blocked (private mode): the system's theme, as the app does.
  }

  if (typeof URLSearchParams !== 'function') return;
  var params = new URLSearchParams(window.location.search);
  // 3. An embed (?embed=1, state/embed.ts) paints as the compact embed from the first frame, not as
  //    the whole page that then collapses inside the host's iframe (app.css, html.embedded).
  if (params.get('embed') === '1') html.classList.add('embedded');

  var page = (html.getAttribute('data-lapline-page') || '').split(' ');
  if (!page[0]) return;
  var spoilers = params.get('spoilers');
  if (spoilers === null || spoilers.trim() === '' || spoilers.trim().toLowerCase() === 'show') return;

  var races = (html.getAttribute('data-lapline-races') || '').split(' ');
  var known = function (id) {
    return id !== null && races.indexOf(id) >= 0;
  };
  var up = html.getAttribute('data-lapline-up') || './';
  var kind = page[0];
  params.delete('spoilers');
  var target;
  var pair = (params.get('compare') || '').split(',');
  if (kind === 'compare') {
    target = 'compare/' + page[1] + '/' + page[2] + '/no-spoilers/';
    params.delete('compare');
  } else if (params.has('compare') && pair.length === 2 && known(pair[0]) && known(pair[1]) && pair[0] !== pair[1]) {
    // A comparison in the query form: the app lines the pair up its own way and says so if it must.
    target = 'compare/' + pair[0] + '/' + pair[1] + '/no-spoilers/';
    params.delete('compare');
  } else {
    // The root page opens the race its query names; every other page names its race in its path.
    var race = kind === 'root' && known(params.get('race')) ? params.get('race') : page[1];
    params.delete('race');
    // The path names the incident or the driver followed; on the spoiler-free page they ride in the query.
    if (kind === 'event') params.set('event', page[2]);
    if (kind === 'follow') params.set('follow', page[2]);
    target = race + '/no-spoilers/';
  }
  var query = params.toString();
  // Not painted on the way: this page shows the race at its own moment.
  html.style.visibility = 'hidden';
  window.location.replace(up + target + (query ? '?' + query : '') + window.location.hash);
})();
