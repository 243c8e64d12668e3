// Article page: /article.html?id=ARTICLE_ID shows the stored article with its layers highlighted.
'use strict';
(async () => {
  try {
    const id = new URLSearchParams(location.search).get('id');
    if (!id) throw new Error('no article id: open an article from the overview or the events table');
    const view = await dyad.get('/api/articles/' + encodeURIComponent(id));
    document.title = 'Dyad · ' + (view.article.headline || view.article.doc_id);
    articleView.render(document.getElementById('view'), view);
    dyad.ready();
  } catch (e) {
    dyad.fail(e);
  }
})();
