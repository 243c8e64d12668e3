// Paste-and-code page: POST /api/code codes the text at once with the server's pipeline; nothing is stored.
'use strict';
document.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('code-form');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    document.body.dataset.state = 'coding';
    document.getElementById('error').hidden = true;
    try {
      const date = document.getElementById('code-date').value;
      const view = await dyad.post('/api/code', {text: document.getElementById('code-text').value, date: date || null});
      articleView.render(document.getElementById('view'), view);
      dyad.ready();
    } catch (e) {
      dyad.fail(e);
    }
  });
  dyad.ready();
});
