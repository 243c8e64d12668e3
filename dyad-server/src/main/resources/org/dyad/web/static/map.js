// Map page: event locations as circles over Natural Earth country outlines (world-atlas TopoJSON; no tiles),
// Leaflet. Tooltips are DOM nodes built with textContent.
'use strict';
(async () => {
  const {el} = dyad;
  try {
    dyad.fillForm(document.getElementById('filters'));
    const map = L.map('map', {worldCopyJump: true, minZoom: 1, maxZoom: 10}).setView([25, 20], 2);
    window.dyadMap = map;
    const world = await (await fetch('/vendor/world-atlas-2.0.2/countries-110m.json')).json();
    L.geoJSON(topojson.feature(world, world.objects.countries), {
      style: {color: '#8a97a8', weight: 0.7, fillColor: '#f4f1ea', fillOpacity: 1}, interactive: false
    }).addTo(map);
    const places = await dyad.get('/api/places', dyad.params(['from', 'to', 'actor', 'cameo', 'quad', 'root',
      'country', 'limit']));
    const body = document.querySelector('#places tbody');
    for (const p of places) {
      const colour = dyad.goldsteinColour(p.mean_goldstein);
      const tip = el('div', {}, el('b', {text: p.place_name}), ' ' + (p.country_code || ''), el('br'),
        p.count + (p.count === 1 ? ' event, CAMEO ' : ' events, CAMEO ') + p.cameo_codes.join(', '));
      const q = new URLSearchParams({place: p.place_name});
      L.circleMarker([p.lat, p.lon], {radius: 4 + 3 * Math.sqrt(p.count), color: '#333', weight: 1,
        fillColor: colour, fillOpacity: 0.8, className: 'event-marker geonames-' + p.geonames_id})
        .bindTooltip(tip).on('click', () => { location.href = '/events.html?' + q; }).addTo(map);
      body.append(el('tr', {class: 'place', 'data-geonames': p.geonames_id},
        el('td', {}, el('a', {href: '/events.html?' + q, text: p.place_name})), el('td', {text: p.country_code || ''}),
        el('td', {text: p.count}), el('td', {text: p.cameo_codes.join(', ')}),
        el('td', {style: 'color:' + colour, text: p.mean_goldstein})));
    }
    if (places.length === 0) body.append(el('tr', {}, el('td', {colspan: 5, text: 'No located events.'})));
    dyad.ready();
  } catch (e) {
    dyad.fail(e);
  }
})();
