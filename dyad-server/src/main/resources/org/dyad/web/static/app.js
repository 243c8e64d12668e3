// Dyad web UI: helpers shared by every page. Store text reaches the page only through textContent (never innerHTML),
// so an article holding <script> or HTML shows as text.
'use strict';
const dyad = (() => {
  const PAGES = [['/', 'Overview'], ['/events.html', 'Events'], ['/timeline.html', 'Timeline'],
    ['/network.html', 'Network'], ['/map.html', 'Map'], ['/claims.html', 'Claims'], ['/code.html', 'Code an article']];

  /** Creates an element with attributes and children (strings become text nodes). */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') node.className = v;
      else if (k === 'text') node.textContent = String(v);
      else if (k.startsWith('on')) node.addEventListener(k.substring(2), v);
      else node.setAttribute(k, String(v));
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  /** The navigation bar, the current page marked. */
  function nav() {
    const here = location.pathname === '/index.html' ? '/' : location.pathname;
    const bar = el('header', {class: 'top'}, el('span', {class: 'brand', text: 'Dyad'}));
    for (const [href, name] of PAGES) {
      bar.append(el('a', {href, class: href === here ? 'current' : null, text: name}));
    }
    document.body.prepend(bar);
  }

  /** GETs JSON from the API; throws an Error with the server's message on an error status. */
  async function get(path, params) {
    const query = params ? '?' + new URLSearchParams(params).toString() : '';
    return answer(await fetch(path + query, {headers: {Accept: 'application/json'}}));
  }

  /** POSTs JSON to the API. */
  async function post(path, body) {
    return answer(await fetch(path, {method: 'POST', headers: {'Content-Type': 'application/json'},
      body: JSON.stringify(body)}));
  }

  async function answer(response) {
    const body = await response.json().catch(() => null);
    if (!response.ok) {
      throw new Error(body && body.message ? body.message + ' (' + response.status + ')' : 'HTTP ' + response.status);
    }
    return body;
  }

  /** Shows an error message in the page's #error box. */
  function fail(error) {
    const box = document.getElementById('error');
    if (box) {
      box.hidden = false;
      box.textContent = error.message || String(error);
    }
    document.body.dataset.state = 'error';
  }

  /** The page's query parameters that are set, as an object. */
  function params(names) {
    const out = {};
    const q = new URLSearchParams(location.search);
    for (const n of names) {
      const v = q.get(n);
      if (v !== null && v !== '') out[n] = v;
    }
    return out;
  }

  /** Fills a filter form's inputs from the page's query parameters. */
  function fillForm(form) {
    const q = new URLSearchParams(location.search);
    for (const input of form.elements) {
      if (input.name && q.has(input.name)) input.value = q.get(input.name);
    }
  }

  /** A colour for a mean Goldstein value: red (-10) through grey (0) to green (+10). */
  function goldsteinColour(g) {
    const t = Math.max(-1, Math.min(1, (g || 0) / 10));
    const grey = [150, 150, 150];
    const end = t < 0 ? [214, 39, 40] : [44, 160, 44];
    const a = Math.abs(t) ** 0.6;
    const mix = grey.map((c, i) => Math.round(c + (end[i] - c) * a));
    return 'rgb(' + mix.join(',') + ')';
  }

  const QUAD = {1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict'};

  /** Fills a pager box: "rows a–b of n" and links to the previous and next pages (the URL's offset changed). */
  function pager(box, page) {
    box.replaceChildren();
    const first = page.total === 0 ? 0 : page.offset + 1;
    const last = Math.min(page.total, page.offset + page.items.length);
    const link = (offset, text) => {
      const q = new URLSearchParams(location.search);
      q.set('offset', String(Math.max(0, offset)));
      return el('a', {href: '?' + q.toString(), text});
    };
    if (page.offset > 0) box.append(link(page.offset - page.limit, '← previous'));
    box.append(el('span', {class: 'muted', id: 'rows', text: 'rows ' + first + '–' + last + ' of ' + page.total}));
    if (last < page.total) box.append(link(page.offset + page.limit, 'next →'));
  }

  /** Marks the page ready for readers and browser tests. */
  function ready() {
    document.body.dataset.state = 'ready';
  }

  document.addEventListener('DOMContentLoaded', nav);
  return {el, get, post, fail, params, fillForm, goldsteinColour, QUAD, ready, pager};
})();
