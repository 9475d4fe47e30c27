// Runs in each page's head before the first paint; served as is, so kept short (every byte is first-load).
// What it does and why: docs/architecture.md, "Before the first paint".
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
    target = 'compare/' + pair[0] + '/' + pair[1] + '/no-spoilers/';
    params.delete('compare');
  } else {
    var race = kind === 'root' && known(params.get('race')) ? params.get('race') : page[1];
    params.delete('race');
    if (kind === 'event') params.set('event', page[2]);
    if (kind === 'follow') params.set('follow', page[2]);
    target = race + '/no-spoilers/';
  }
  var query = params.toString();
  html.style.visibility = 'hidden';
  window.location.replace(up + target + (query ? '?' + query : '') + window.location.hash);
})();
