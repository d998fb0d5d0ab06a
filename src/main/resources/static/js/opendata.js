// Open data: draws the values chart of an indicator sheet from its data-chart attribute with ECharts (SVG
// renderer). The table under the chart is the accessible equivalent; the drawing is hidden from assistive technology.
(function () {
  'use strict';
  var INK = '#1b1f24';
  document.querySelectorAll('figure.chart[data-chart]').forEach(function (figure) {
    if (!window.echarts) {
      return;
    }
    var data = JSON.parse(figure.getAttribute('data-chart'));
    var canvas = figure.querySelector('.chart-canvas');
    var chart = window.echarts.init(canvas, null, { renderer: 'svg' });
    chart.setOption({
      color: ['#005a9c'],
      animation: false,
      tooltip: { trigger: 'axis', confine: true },
      grid: { left: 8, right: 24, top: 28, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: data.categories, axisLabel: { color: INK } },
      yAxis: { type: 'value', name: data.unit || '', axisLabel: { color: INK }, nameTextStyle: { color: INK, align: 'left' } },
      series: [{ name: data.title, type: 'line', data: data.values, connectNulls: false, symbolSize: 7 }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
}());
