// Dyad web UI: renders a coded article (the JSON of /api/articles/{id} or POST /api/code) in the spirit of displaCy:
// the original text with actors, event verbs, times, places and quotes highlighted and labelled, then each event
// with its codes and why it was coded. Offsets are UTF-16 offsets into article.text, end exclusive, as in the store.
'use strict';
const articleView = (() => {
  const {el} = dyad;

  /** The highlighted spans of a view: {kind, start, end, label, title, ref}. */
  function spans(view) {
    const out = [];
    for (const m of view.actor_mentions) {
      out.push({kind: 'actor', start: m.start_offset, end: m.end_offset, label: m.actor_code,
        title: m.actor_name + (m.actor_role ? ', ' + m.actor_role : '') + ' (' + m.resolution.toLowerCase() + ': ' +
          m.evidence + ')'});
    }
    for (const e of view.events) {
      out.push({kind: 'verb', start: e.verb_start, end: e.verb_end, label: e.cameo_code,
        title: e.cameo_code + ' ' + (e.cameo_name || '') + ' (' + e.pattern + ')', ref: 'event-' + e.event_id});
    }
    for (const t of view.times) {
      out.push({kind: 'time', start: t.start_offset, end: t.end_offset, label: t.value || '?',
        title: 'TIMEX ' + (t.value || 'unresolved') + (t.granularity ? ', ' + t.granularity : '')});
    }
    for (const p of view.places) {
      out.push({kind: 'place', start: p.start_offset, end: p.end_offset,
        label: p.name ? p.name + (p.country_code ? ' ' + p.country_code : '') : '?',
        title: p.name ? 'GeoNames ' + p.geonames_id + ' ' + p.feature_code + ' (' + p.lat + ', ' + p.lon + ')' :
          'unresolved toponym'});
    }
    view.quotes.forEach((q, i) => {
      out.push({kind: 'quote', start: q.start_offset, end: q.end_offset, index: i,
        label: (q.speaker_code || 'unknown speaker') + (q.direct ? ' (direct)' : ''),
        title: (q.speaker_text || 'unknown speaker') + ' ' + (q.cue || '') + (q.utterance_time ? ', ' +
          q.utterance_time : '')});
    });
    return out.filter(s => s.start < s.end);
  }

  /** The text split at every span boundary; each piece carries the spans covering it. */
  function highlighted(text, all) {
    const cuts = new Set([0, text.length]);
    for (const s of all) { cuts.add(s.start); cuts.add(s.end); }
    const points = [...cuts].filter(c => c >= 0 && c <= text.length).sort((a, b) => a - b);
    const box = el('div', {class: 'article-text', id: 'article-text'});
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      const covering = all.filter(s => s.start <= a && s.end >= b);
      const piece = text.substring(a, b);
      if (covering.length === 0) {
        box.append(document.createTextNode(piece));
      } else {
        const node = el('span', {class: 'mark ' + [...new Set(covering.map(s => 'mark-' + s.kind))].join(' '),
          title: covering.map(s => s.kind + ': ' + s.title).join('\n'), text: piece});
        for (const s of covering) {
          if (s.kind === 'quote') node.dataset.quote = String(s.index);
          if (s.kind === 'verb') node.dataset.event = s.ref;
        }
        box.append(node);
      }
      // labels of the spans that end here, innermost first
      for (const s of all.filter(x => x.end === b).sort((x, y) => y.start - x.start)) {
        box.append(el('span', {class: 'label label-' + s.kind, text: s.label}));
      }
    }
    return box;
  }

  function field(dl, name, value) {
    if (value === null || value === undefined || value === '') return;
    dl.append(el('dt', {text: name}), el('dd', {}, value));
  }

  function side(e, prefix) {
    if (!e[prefix + '_code']) return 'none';
    return e[prefix + '_text'] + ' → ' + e[prefix + '_code'] + ' (' + e[prefix + '_name'] +
      (e[prefix + '_role'] ? ', ' + e[prefix + '_role'] : '') + '; ' + e[prefix + '_resolved_by'] + ')';
  }

  /** One card per event: codes, and why (verb, pattern, actor resolution, date and place choice). */
  function eventCard(view, e) {
    const text = view.article.text;
    const dl = el('dl');
    field(dl, 'source (actor)', side(e, 'source'));
    field(dl, 'target (recipient)', side(e, 'target'));
    field(dl, 'CAMEO', e.cameo_code + ' ' + (e.cameo_name || '') + ' (root ' + e.root_code + ')');
    field(dl, 'Goldstein', String(e.goldstein));
    field(dl, 'QuadClass', e.quad_class + ' ' + dyad.QUAD[e.quad_class]);
    field(dl, 'PLOVER', e.plover_type ? e.plover_type + (e.plover_mode ? ' / ' + e.plover_mode : '') +
      (e.plover_context ? ' (' + e.plover_context + ')' : '') : null);
    field(dl, 'why: verb', '"' + text.substring(e.verb_start, e.verb_end) + '" matched ' + e.pattern);
    field(dl, 'date', e.event_date ? e.event_date + ' (' + e.date_granularity + ', from the ' + e.date_source + ')' :
      'none');
    field(dl, 'place', e.place_name ? e.place_name + ' ' + (e.country_code || '') + ' (GeoNames ' + e.geonames_id +
      ', ' + e.place_role + ')' : 'unlocated');
    field(dl, 'issues', e.issues && e.issues.length ? e.issues.join(', ') : null);
    field(dl, 'sentence', text.substring(e.sentence_start, e.sentence_end));
    return el('div', {class: 'card event', id: 'event-' + e.event_id},
      el('span', {class: 'code', text: e.cameo_code}), ' ',
      (e.source_code || '—') + ' → ' + (e.cameo_name || e.cameo_code) + ' → ' + (e.target_code || '—'), dl);
  }

  /** Renders a whole view into the container. */
  function render(container, view) {
    container.replaceChildren();
    const a = view.article;
    container.append(el('h1', {id: 'headline', text: a.headline || a.doc_id}));
    container.append(el('p', {class: 'muted'}, [a.doc_date ? 'document date ' + a.doc_date : 'no document date',
      a.source ? 'source ' + a.source : null, a.dateline ? 'dateline ' + a.dateline : null,
      view.events.length + ' events', view.quotes.length + ' quotes'].filter(Boolean).join(' · ')));
    container.append(el('p', {class: 'legend'}, el('span', {class: 'mark mark-actor', text: 'actor'}),
      el('span', {class: 'mark mark-verb', text: 'event verb'}), el('span', {class: 'mark mark-time', text: 'time'}),
      el('span', {class: 'mark mark-place', text: 'place'}), el('span', {class: 'mark mark-quote', text: 'quote'})));
    container.append(highlighted(a.text, spans(view)));
    container.append(el('h2', {text: 'Events'}));
    const cards = el('div', {class: 'cards', id: 'events'});
    for (const e of view.events) cards.append(eventCard(view, e));
    if (view.events.length === 0) cards.append(el('p', {class: 'muted', text: 'No events were coded.'}));
    container.append(cards);
    container.append(el('h2', {text: 'Quotes and claims'}));
    const quotes = el('div', {class: 'cards', id: 'quotes'});
    view.quotes.forEach((q) => {
      const claims = view.claims.filter(c => c.quote_index === q.quote_index);
      quotes.append(el('div', {class: 'card quote'},
        el('b', {text: (q.speaker_code || '?') + ' '}), (q.speaker_text || 'unknown speaker') + ' ' + (q.cue || '') +
        (q.direct ? ' (direct quote)' : ' (reported)') + ': ', el('q', {text: q.text}),
        claims.map(c => el('div', {class: 'muted'}, el('span', {class: 'stance', text: c.stance}), ' ',
          c.contradicts ? 'contradicts claim ' + c.contradicts : ''))));
    });
    if (view.quotes.length === 0) quotes.append(el('p', {class: 'muted', text: 'No quotes were found.'}));
    container.append(quotes);
    if (location.hash) {
      const target = document.getElementById(location.hash.substring(1));
      if (target) target.scrollIntoView();
    }
  }

  return {render};
})();
