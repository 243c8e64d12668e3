// Timeline page: events a day stacked by QuadClass (bars) and the day's mean Goldstein (line, right axis), echarts.
'use strict';
(async () => {
  const {el} = dyad;
  try {
    dyad.fillForm(document.getElementById('filters'));
    const days = await dyad.get('/api/timeline', dyad.params(['from', 'to', 'actor', 'cameo', 'country', 'quad']));
    const total = days.reduce((n, d) => n + d.count, 0);
    document.getElementById('timeline-summary').textContent = days.length === 0 ? 'No dated events.' :
      total + ' events on ' + days.length + ' days, ' + days[0].date + ' to ' + days[days.length - 1].date;
    const colours = ['#6baed6', '#2171b5', '#fd8d3c', '#cb181d'];
    const series = [1, 2, 3, 4].map(q => ({name: q + ' ' + dyad.QUAD[q], type: 'bar', stack: 'events',
      itemStyle: {color: colours[q - 1]}, data: days.map(d => [d.date, d['q' + q]])}));
    series.push({name: 'mean Goldstein', type: 'line', yAxisIndex: 1, symbolSize: 4, itemStyle: {color: '#333'},
      data: days.map(d => [d.date, d.mean_goldstein])});
    const chart = echarts.init(document.getElementById('timeline'));
    chart.setOption({
      animation: false,
      tooltip: {trigger: 'axis'},
      legend: {top: 0},
      grid: {left: 50, right: 50, top: 40, bottom: 70},
      xAxis: {type: 'time'},
      yAxis: [{type: 'value', name: 'events'}, {type: 'value', name: 'Goldstein', min: -10, max: 10}],
      dataZoom: [{type: 'slider'}, {type: 'inside'}],
      series
    });
    window.dyadTimeline = chart;
    const body = document.querySelector('#days tbody');
    for (const d of days) {
      const q = new URLSearchParams({from: d.date, to: d.date});
      body.append(el('tr', {'data-date': d.date}, el('td', {}, el('a', {href: '/events.html?' + q, text: d.date})),
        el('td', {text: d.count}), el('td', {text: d.q1}), el('td', {text: d.q2}), el('td', {text: d.q3}),
        el('td', {text: d.q4}), el('td', {text: d.mean_goldstein})));
    }
    dyad.ready();
  } catch (e) {
    dyad.fail(e);
  }
})();
