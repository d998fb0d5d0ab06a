// Funding overview: draws the pipeline (pledged, agreed, received, spent per quarter) with ECharts from the
// element's data-chart JSON. The table under "Show the data as a table" carries the same figures for everyone.
(function () {
  'use strict';
  function draw(el) {
    if (!window.echarts) {
      return;
    }
    var d = JSON.parse(el.getAttribute('data-chart'));
    var names = (el.getAttribute('data-labels') || 'Pledged|Agreed|Received|Spent').split('|');
    var chart = window.echarts.init(el, null, { renderer: 'svg' });
    var bar = function (name, values, color) {
      return { name: name, type: 'bar', data: values, itemStyle: { color: color } };
    };
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: d.quarters },
      yAxis: { type: 'value' },
      series: [bar(names[0], d.pledged, '#9fc4ea'), bar(names[1], d.agreed, '#0b4f8a'),
        bar(names[2], d.received, '#2e7d32'), bar(names[3], d.spent, '#c77700')]
    });
    window.addEventListener('resize', function () {
      chart.resize();
    });
  }

  function start() {
    document.querySelectorAll('.funding-chart[data-chart]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
