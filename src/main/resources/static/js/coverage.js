// Coverage page: draws an ECharts heat map above each coverage table from the table's data-chart JSON.
// The HTML table stays the accessible source of truth; the chart is hidden from assistive technology.
(function () {
  'use strict';
  var INK = '#1b1f24';
  // the same shades as the table cells (coverage.css): 0 = gap, 5 = the largest count
  var SHADES = ['#fde7e9', '#e6f0fa', '#c7ddf3', '#9fc4ea', '#6fa5dc', '#0b4f8a'];

  function draw(el) {
    if (!window.echarts || el.offsetParent === null) {
      return;
    }
    var data = JSON.parse(el.getAttribute('data-chart'));
    var points = [];
    data.cells.forEach(function (row, r) {
      row.forEach(function (count, c) {
        var heat = data.heat[r][c];
        points.push({ value: [c, r, count], itemStyle: { color: SHADES[heat] },
          label: { color: heat === 5 ? '#ffffff' : INK } });
      });
    });
    el.style.height = (data.rows.length * 44 + 70) + 'px';
    var chart = window.echarts.init(el, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      tooltip: {
        formatter: function (p) {
          return window.echarts.format.encodeHTML(data.labels[p.value[1]][p.value[0]]);
        }
      },
      grid: { left: 8, right: 8, top: 30, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: data.columns, position: 'top', splitArea: { show: true },
        axisLabel: { interval: 0, width: 130, overflow: 'truncate', color: INK, fontSize: 13 } },
      yAxis: { type: 'category', data: data.rows, inverse: true, splitArea: { show: true },
        axisLabel: { width: 220, overflow: 'truncate', color: INK, fontSize: 13 } },
      series: [{ type: 'heatmap', data: points, label: { show: true, fontWeight: 'bold', fontSize: 14 },
        itemStyle: { borderColor: '#ffffff', borderWidth: 1 } }]
    });
    chart.on('click', function (p) {
      window.location.href = data.hrefs[p.value[1]][p.value[0]];
    });
    window.addEventListener('resize', function () {
      chart.resize();
    });
  }

  function start() {
    document.querySelectorAll('.coverage-chart[data-chart]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
