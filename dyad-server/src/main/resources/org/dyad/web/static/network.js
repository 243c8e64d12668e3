// Actor network page: actors as nodes, dyads as directed edges (width: events; colour: mean Goldstein), cytoscape.
'use strict';
(async () => {
  const {el} = dyad;
  try {
    dyad.fillForm(document.getElementById('filters'));
    const net = await dyad.get('/api/network', dyad.params(['from', 'to', 'actor', 'cameo', 'min_count', 'limit',
      'quad', 'country']));
    const names = new Map(net.nodes.map(n => [n.id, n.name]));
    const maxCount = Math.max(1, ...net.edges.map(e => e.count));
    const cy = cytoscape({
      container: document.getElementById('network'),
      elements: [
        ...net.nodes.map(n => ({data: {id: n.id, label: n.id + (n.name && n.name !== n.id ? '\n' + n.name : ''),
          count: n.count}})),
        ...net.edges.map(e => ({data: {id: e.source + '->' + e.target, source: e.source, target: e.target,
          count: e.count, goldstein: e.mean_goldstein, colour: dyad.goldsteinColour(e.mean_goldstein),
          width: 1 + 7 * Math.sqrt(e.count / maxCount)}}))
      ],
      style: [
        {selector: 'node', style: {'label': 'data(label)', 'text-wrap': 'wrap', 'font-size': 9,
          'background-color': '#3b6fd8', 'width': 'mapData(count, 1, 50, 10, 40)',
          'height': 'mapData(count, 1, 50, 10, 40)', 'text-valign': 'bottom'}},
        {selector: 'edge', style: {'width': 'data(width)', 'line-color': 'data(colour)',
          'target-arrow-color': 'data(colour)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier',
          'opacity': 0.85}}
      ],
      layout: {name: 'cose', animate: false, randomize: false, nodeRepulsion: 8000, numIter: 600}
    });
    window.dyadNetwork = cy;
    const body = document.querySelector('#edges tbody');
    for (const e of net.edges) {
      const q = new URLSearchParams({source: e.source, target: e.target});
      body.append(el('tr', {class: 'edge', 'data-source': e.source, 'data-target': e.target},
        el('td', {title: names.get(e.source) || '', text: e.source + ' ' + (names.get(e.source) || '')}),
        el('td', {title: names.get(e.target) || '', text: e.target + ' ' + (names.get(e.target) || '')}),
        el('td', {}, el('a', {href: '/events.html?' + q, text: e.count})),
        el('td', {style: 'color:' + dyad.goldsteinColour(e.mean_goldstein), text: e.mean_goldstein})));
    }
    if (net.edges.length === 0) body.append(el('tr', {}, el('td', {colspan: 4, text: 'No dyads.'})));
    dyad.ready();
  } catch (e) {
    dyad.fail(e);
  }
})();
