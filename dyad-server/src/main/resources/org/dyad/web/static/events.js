// Events page: the events table with filters (the API's parameters, kept in the URL) and paging.
'use strict';
(async () => {
  const {el} = dyad;
  const NAMES = ['from', 'to', 'actor', 'source', 'target', 'cameo', 'root', 'quad', 'plover', 'country', 'place',
    'article', 'offset', 'limit'];
  try {
    dyad.fillForm(document.getElementById('filters'));
    const page = await dyad.get('/api/events', dyad.params(NAMES));
    const body = document.querySelector('#events tbody');
    for (const e of page.items) {
      const phrases = (e.source_text || '—') + ' … ' + (e.target_text || '—');
      body.append(el('tr', {class: 'event-row', 'data-event': e.event_id},
        el('td', {text: e.event_date || ''}),
        el('td', {title: e.source_name || '', text: e.source_code || '—'}),
        el('td', {title: e.cameo_name || ''}, el('b', {text: e.cameo_code}), ' ' + (e.cameo_name || '')),
        el('td', {title: e.target_name || '', text: e.target_code || '—'}),
        el('td', {text: e.quad_class}), el('td', {text: e.goldstein}),
        el('td', {text: e.plover_type || ''}),
        el('td', {text: e.place_name ? e.place_name + (e.country_code ? ' (' + e.country_code + ')' : '') : ''}),
        el('td', {text: phrases}), el('td', {title: e.headline || '', text: e.headline || e.doc_id}),
        el('td', {}, el('a', {class: 'article-link', href: '/article.html?id=' + encodeURIComponent(e.article_id) +
          '#event-' + encodeURIComponent(e.event_id), text: 'article'}))));
    }
    dyad.pager(document.getElementById('pager'), page);
    dyad.ready();
  } catch (e) {
    dyad.fail(e);
  }
})();
