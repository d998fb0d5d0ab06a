// Baselines and targets page: draws a small ECharts line above each org unit's table from its data-chart JSON
// ({"baseline":[year,value] or null,"targets":[[year,value],...]}): the baseline point and the line from it through
// the targets. The HTML table stays the accessible source of truth; the chart is hidden from assistive technology.
(function () {
  'use strict';
  var INK = '#1b1f24';
  var BRAND = '#0b4f8a';
  var BASELINE = '#b35900';

  function draw(el) {
    if (!window.echarts) {
      return;
    }
    var data = JSON.parse(el.getAttribute('data-chart'));
    var targets = data.targets || [];
    if (!data.baseline && targets.length === 0) {
      return;
    }
    var line = (data.baseline ? [data.baseline] : []).concat(targets);
    var years = line.map(function (p) { return p[0]; });
    var min = Math.min.apply(null, years.concat([2023]));
    el.style.width = '100%';
    el.style.maxWidth = '40rem';
    el.style.height = '220px';
    var chart = window.echarts.init(el, null, { renderer: 'svg' });
    var series = [{
      name: el.getAttribute('data-label-target'), type: 'line', data: line, symbolSize: 8,
      lineStyle: { color: BRAND, type: 'dashed', width: 2 }, itemStyle: { color: BRAND },
      label: { show: true, position: 'top', color: INK }
    }];
    if (data.baseline) {
      series.push({
        name: el.getAttribute('data-label-baseline'), type: 'scatter', data: [data.baseline], symbolSize: 12,
        itemStyle: { color: BASELINE }, label: { show: false }, z: 3
      });
    }
    chart.setOption({
      animation: false,
      legend: { top: 0, textStyle: { color: INK } },
      tooltip: { trigger: 'item', formatter: function (p) {
        return window.echarts.format.encodeHTML(p.seriesName + ' ' + p.value[0] + ': ' + p.value[1]);
      } },
      grid: { left: 8, right: 24, top: 36, bottom: 8, containLabel: true },
      xAxis: { type: 'value', min: min, max: 2030, interval: 2030 - min > 12 ? 5 : 1, axisLabel: { color: INK, formatter: String } },
      yAxis: { type: 'value', axisLabel: { color: INK } },
      series: series
    });
    window.addEventListener('resize', function () {
      chart.resize();
    });
  }

  function start() {
    document.querySelectorAll('.target-chart[data-chart]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
