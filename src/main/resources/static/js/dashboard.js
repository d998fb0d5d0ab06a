// Dashboards: draws every <figure class="chart"> from its <script type="application/json" class="chart-data"> block
// with ECharts (SVG renderer), and downloads charts as SVG or PNG. The data table under each chart is the accessible
// equivalent; the drawing itself is hidden from assistive technology.
(function () {
  'use strict';
  var COLORS = ['#005a9c', '#b3261e', '#1a7f37', '#8a5300', '#6b4fa0', '#00737a', '#4a5460'];
  var INK = '#1b1f24';
  var MAP_SHADES = ['#e6f0fa', '#9fc4ea', '#4a8fd0', '#0b4f8a', '#062f55'];
  var maps = {};

  function escape(text) {
    return window.echarts.format.encodeHTML(text == null ? '' : String(text));
  }

  function axisTooltip(data) {
    return function (params) {
      var lines = [];
      (Array.isArray(params) ? params : [params]).forEach(function (p) {
        var tips = data.series[p.seriesIndex] && data.series[p.seriesIndex].tips;
        var tip = tips ? tips[p.dataIndex] : null;
        if (tip) {
          lines.push(p.marker + escape(tip));
        }
      });
      return lines.join('<br>');
    };
  }

  function lineOption(data) {
    return {
      color: COLORS,
      animation: false,
      tooltip: { trigger: 'axis', confine: true, formatter: axisTooltip(data) },
      legend: { type: 'scroll', bottom: 0, textStyle: { color: INK } },
      grid: { left: 8, right: 24, top: 28, bottom: 36, containLabel: true },
      xAxis: { type: 'category', data: data.categories, boundaryGap: false, axisLabel: { color: INK } },
      yAxis: { type: 'value', name: data.unit || '', axisLabel: { color: INK },
        nameTextStyle: { color: INK, align: 'left' } },
      series: data.series.map(function (s) {
        var line = { name: s.name, type: 'line', data: s.data, connectNulls: s.role !== 'value', symbolSize: 7 };
        if (s.role === 'baseline') {
          line.lineStyle = { type: 'dashed', color: '#4a5460' };
          line.itemStyle = { color: '#4a5460' };
          line.symbol = 'none';
        } else if (s.role === 'target') {
          line.lineStyle = { type: 'dotted', width: 2, color: '#1a7f37' };
          line.itemStyle = { color: '#1a7f37' };
          line.symbol = 'diamond';
          line.symbolSize = 10;
        }
        return line;
      })
    };
  }

  function barOption(data) {
    return {
      color: COLORS,
      animation: false,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true, formatter: axisTooltip(data) },
      legend: { show: data.series.length > 1, type: 'scroll', bottom: 0, textStyle: { color: INK } },
      grid: { left: 8, right: 24, top: 28, bottom: data.series.length > 1 ? 36 : 8, containLabel: true },
      xAxis: { type: 'value', name: data.unit || '', axisLabel: { color: INK }, nameTextStyle: { color: INK } },
      yAxis: { type: 'category', data: data.categories, inverse: true,
        axisLabel: { color: INK, width: 160, overflow: 'truncate' } },
      series: data.series.map(function (s) {
        return { name: s.name, type: 'bar', data: s.data, label: { show: data.series.length === 1, position: 'right' } };
      })
    };
  }

  function label(v) {
    return Math.abs(v) >= 100 ? String(Math.round(v)) : String(Math.round(v * 10) / 10);
  }

  // Five classes at the quintiles of the values, so a few very large countries do not wash out the rest.
  function pieces(values) {
    var sorted = values.slice().sort(function (a, b) { return a - b; });
    var breaks = [];
    [0.2, 0.4, 0.6, 0.8].forEach(function (q) {
      var b = sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
      if (breaks.indexOf(b) < 0 && b > sorted[0]) {
        breaks.push(b);
      }
    });
    var out = [];
    var lower = sorted[0];
    breaks.forEach(function (b) {
      out.push({ gte: lower, lt: b, label: label(lower) + ' – ' + label(b) });
      lower = b;
    });
    out.push({ gte: lower, lte: sorted[sorted.length - 1],
      label: label(lower) + ' – ' + label(sorted[sorted.length - 1]) });
    out.forEach(function (p, i) {
      p.color = MAP_SHADES[Math.round(i * (MAP_SHADES.length - 1) / Math.max(1, out.length - 1))];
    });
    return out;
  }

  function mapOption(data, names) {
    var values = data.points.map(function (p) { return p.value; }).filter(function (v) { return v != null; });
    return {
      animation: false,
      tooltip: {
        trigger: 'item', confine: true,
        formatter: function (p) {
          if (p.data && p.data.tip) {
            return escape(p.data.tip);
          }
          return escape((names[p.name] || p.name) + ': ' + (data.noDataLabel || ''));
        }
      },
      visualMap: { type: 'piecewise', pieces: values.length ? pieces(values) : [{ value: 0 }], left: 8, bottom: 8,
        orient: 'vertical', itemWidth: 14, textStyle: { color: INK }, selectedMode: false },
      series: [{
        type: 'map', map: 'world', nameProperty: 'm49', roam: false, top: 8, bottom: 8,
        itemStyle: { areaColor: '#f3f6f9', borderColor: '#8a96a3', borderWidth: 0.5 },
        emphasis: { label: { show: false }, itemStyle: { areaColor: '#ffbf47' } },
        select: { disabled: true },
        data: data.points.map(function (p) {
          return { name: p.m49, value: p.value, tip: p.tip, href: p.href };
        })
      }]
    };
  }

  function loadMap(url) {
    if (!maps[url]) {
      maps[url] = fetch(url, { credentials: 'same-origin' }).then(function (r) { return r.json(); })
        .then(function (geo) {
          var names = {};
          geo.features.forEach(function (f) { names[f.properties.m49] = f.properties.name; });
          window.echarts.registerMap('world', geo);
          return names;
        });
    }
    return maps[url];
  }

  function option(data, names) {
    if (data.type === 'map') {
      return mapOption(data, names);
    }
    if (data.type === 'bar') {
      return barOption(data);
    }
    return lineOption(data);
  }

  function size(el, data) {
    if (data.type === 'bar') {
      var rows = data.categories.length * Math.max(1, data.series.length);
      el.style.height = Math.max(180, rows * 22 + 90) + 'px';
    }
  }

  function save(href, file) {
    var a = document.createElement('a');
    a.href = href;
    a.download = file;
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  function downloadSvg(chart, data, figure) {
    var svg = chart.renderToSVGString ? chart.renderToSVGString() : null;
    var href = svg ? URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))
      : chart.getDataURL({ type: 'svg' });
    save(href, data.file + '.svg');
    figure.setAttribute('data-downloaded', 'svg');
    if (svg) {
      setTimeout(function () { URL.revokeObjectURL(href); }, 10000);
    }
  }

  // PNG: the same option drawn once more by ECharts' canvas renderer, off screen, at twice the resolution.
  function downloadPng(chart, opt, data, figure) {
    var holder = document.createElement('div');
    holder.style.position = 'absolute';
    holder.style.left = '-10000px';
    holder.style.width = chart.getWidth() + 'px';
    holder.style.height = chart.getHeight() + 'px';
    document.body.appendChild(holder);
    var canvas = window.echarts.init(holder, null, { renderer: 'canvas', width: chart.getWidth(),
      height: chart.getHeight() });
    canvas.setOption(opt);
    var href = canvas.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' });
    canvas.dispose();
    holder.remove();
    save(href, data.file + '.png');
    figure.setAttribute('data-downloaded', 'png');
  }

  function draw(figure) {
    var block = figure.querySelector('script.chart-data');
    var el = figure.querySelector('.chart-canvas');
    if (!window.echarts || !block || !el) {
      return;
    }
    var data = JSON.parse(block.textContent);
    size(el, data);
    var ready = data.type === 'map' ? loadMap(data.mapUrl) : Promise.resolve({});
    ready.then(function (names) {
      var opt = option(data, names);
      var chart = window.echarts.init(el, null, { renderer: 'svg' });
      chart.setOption(opt);
      figure.setAttribute('data-drawn', 'true');
      chart.on('click', function (p) {
        if (p.data && p.data.href) {
          window.location.href = p.data.href;
        }
      });
      figure.querySelectorAll('button[data-download]').forEach(function (button) {
        button.addEventListener('click', function () {
          if (button.getAttribute('data-download') === 'svg') {
            downloadSvg(chart, data, figure);
          } else {
            downloadPng(chart, opt, data, figure);
          }
        });
      });
      window.addEventListener('resize', function () { chart.resize(); });
    }).catch(function () {
      figure.classList.add('chart-failed');
    });
  }

  function start() {
    document.querySelectorAll('figure.chart').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
