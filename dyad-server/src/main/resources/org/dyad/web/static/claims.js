// Claims page: claims, each with the denials and rejections that contradict it.
'use strict';
(async () => {
  const {el} = dyad;
  try {
    dyad.fillForm(document.getElementById('filters'));
    const params = Object.assign({contradicted: 'true'}, dyad.params(['contradicted', 'speaker', 'stance', 'offset',
      'limit']));
    const page = await dyad.get('/api/claims', params);
    const box = document.getElementById('claims');
    for (const c of page.items) {
      const article = '/article.html?id=' + encodeURIComponent(c.article_id);
      box.append(el('div', {class: 'claim', 'data-claim': c.claim_id},
        el('span', {class: 'stance', text: c.stance}), ' ', el('b', {text: c.speaker_code || 'unknown speaker'}), ': ',
        el('q', {text: c.text}), el('div', {class: 'muted'}, 'in ', el('a', {href: article,
          text: c.headline || c.article_id}), c.doc_date ? ', ' + c.doc_date : ''),
        c.denials.map(d => el('div', {class: 'denial', 'data-contradicts': d.contradicts},
          el('span', {class: 'stance', text: d.stance}), ' ', el('b', {text: d.speaker_code || 'unknown speaker'}),
          ': ', el('q', {text: d.text})))));
    }
    if (page.items.length === 0) box.append(el('p', {class: 'muted', text: 'No claims.'}));
    dyad.pager(document.getElementById('pager'), page);
    dyad.ready();
  } catch (e) {
    dyad.fail(e);
  }
})();
