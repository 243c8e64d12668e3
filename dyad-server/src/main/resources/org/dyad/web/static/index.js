// Overview page: store counts and the articles, newest first.
'use strict';
(async () => {
  const {el} = dyad;
  try {
    const s = await dyad.get('/api/summary');
    const box = document.getElementById('summary');
    for (const [k, v] of [['articles', s.articles], ['events', s.events], ['quotes', s.quotes], ['claims', s.claims],
      ['first event date', s.first_date || '—'], ['last event date', s.last_date || '—']]) {
      box.append(el('div', {}, el('b', {text: v}), k));
    }
    const form = document.getElementById('filters');
    dyad.fillForm(form);
    const page = await dyad.get('/api/articles', dyad.params(['q', 'offset', 'limit']));
    const body = document.querySelector('#articles tbody');
    for (const a of page.items) {
      body.append(el('tr', {}, el('td', {text: a.doc_date || ''}),
        el('td', {}, el('a', {href: '/article.html?id=' + encodeURIComponent(a.article_id), text: a.headline || a.doc_id})),
        el('td', {text: a.source || ''}), el('td', {text: a.event_count})));
    }
    dyad.pager(document.getElementById('pager'), page);
    dyad.ready();
  } catch (e) {
    dyad.fail(e);
  }
})();
