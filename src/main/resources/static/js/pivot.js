// Pivot page and personal dashboard: draws the optional ECharts bar or line chart of a pivot selection from the
// data-chart JSON of each .pivot-chart element, and offers it as PNG and SVG downloads. The HTML table next to each
// chart is its accessible equivalent; the chart itself is hidden from assistive technology.
(function () {
  'use strict';
  var INK = '#1b1f24';
  var PALETTE = ['#005a9c', '#c75000', '#1a7f37', '#8a3ffc', '#b3261e', '#00708a', '#6b5d00', '#4a5460'];
  var charts = {};

  function option(data, animate) {
    var many = data.categories.length > 8;
    return {
      animation: animate,
      color: PALETTE,
      backgroundColor: '#ffffff',
      title: { text: data.title, left: 'center', textStyle: { fontSize: 14, color: INK } },
      tooltip: { trigger: 'axis' },
      legend: { show: data.series.length > 1, bottom: 0, type: 'scroll', textStyle: { color: INK } },
      grid: { left: 12, right: 12, top: 40, bottom: data.series.length > 1 ? 40 : 12, containLabel: true },
      xAxis: { type: 'category', data: data.categories,
        axisLabel: { color: INK, interval: 0, rotate: many ? 35 : 0, width: many ? 140 : 220,
          overflow: many ? 'truncate' : 'break' } },
      yAxis: { type: 'value', axisLabel: { color: INK } },
      series: data.series.map(function (s) {
        return { type: data.kind === 'line' ? 'line' : 'bar', name: s.name, data: s.data, connectNulls: false };
      })
    };
  }

  function draw(el) {
    if (!window.echarts) {
      return;
    }
    var data = JSON.parse(el.getAttribute('data-chart'));
    el.style.height = (data.categories.length > 8 ? 420 : 340) + 'px';
    var chart = window.echarts.init(el, null, { renderer: 'svg' });
    chart.setOption(option(data, false));
    charts[el.id] = { chart: chart, data: data };
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function save(url, name) {
    var a = document.createElement('a');
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  function download(button) {
    var entry = charts[button.getAttribute('data-chart-target')];
    if (!entry) {
      return;
    }
    var name = 'haven-chart';
    if (button.getAttribute('data-chart-download') === 'svg') {
      save(entry.chart.getDataURL({ type: 'svg' }), name + '.svg');
      return;
    }
    // PNG needs a canvas renderer: draw the same chart off screen at twice the size, export it, throw it away
    var box = document.createElement('div');
    box.style.cssText = 'position:absolute;left:-10000px;top:0;width:' + entry.chart.getWidth() + 'px;height:'
      + entry.chart.getHeight() + 'px';
    document.body.appendChild(box);
    var canvas = window.echarts.init(box, null, { renderer: 'canvas' });
    canvas.setOption(option(entry.data, false));
    save(canvas.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' }), name + '.png');
    canvas.dispose();
    box.remove();
  }

  function start() {
    document.querySelectorAll('.pivot-chart[data-chart]').forEach(draw);
    document.addEventListener('click', function (event) {
      var button = event.target.closest && event.target.closest('[data-chart-download]');
      if (button) {
        download(button);
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
