(function () {
  var h = document.documentElement, l = window.location, p, a, s, t, q, g = function (n) { return h.getAttribute('data-lapline-' + n) || ''; };
  try {
    t = localStorage.getItem('lapline-theme');
    if (t == 'dark' || t == 'light') h.setAttribute('data-theme', t);
  } catch { /* storage blocked: the system theme */ }
  q = new URLSearchParams(l.search);
  if (q.get('embed') == '1') h.classList.add('embedded');
  a = g('page').split(' ');
  s = (q.get('spoilers') || '').trim().toLowerCase();
  if (!a[0] || !s || s == 'show') return;
  q.delete('spoilers');
  var r = ' ' + g('races') + ' ', k = function (id) { return r.indexOf(' ' + id + ' ') + 1; };
  p = a[0] == 'compare' ? a.slice(1) : (q.get('compare') || '').split(',');
  if (a[0] == 'compare' || (p.length == 2 && p[0] != p[1] && k(p[0]) && k(p[1]))) {
    t = 'compare/' + p[0] + '/' + p[1];
    q.delete('compare');
  } else {
    t = a[0] == 'root' && k(q.get('race')) ? q.get('race') : a[1];
    q.delete('race');
    if (a[0] == 'event') q.set('event', a[2]);
    if (a[0] == 'follow') q.set('follow', a[2]);
  }
  q = q.toString();
  h.style.visibility = 'hidden';
  l.replace((g('up') || './') + t + '/no-spoilers/' + (q ? '?' + q : '') + l.hash);
})();
