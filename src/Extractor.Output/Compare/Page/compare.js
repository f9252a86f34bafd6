// The comparison page: a year's agencies side by side, sortable, every number traceable to the cells it came from.
// Data comes from the JSON block above (written by `extractor compare`); ECharts is inlined above too.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('compare-data').textContent);
  var indicators = data.indicators;
  var byId = {};
  indicators.forEach(function (i) { byId[i.id] = i; });
  var HOW = { title: '据标题定位', sources: '据来源清单定位', ambiguous: '地名有歧义，未定位', unmatched: '名称中无地名，未定位' };
  var STATUS = { ok: '正常', inconsistent: '数据不一致', incomplete: '不完整' };
  var KIND = { government: '人民政府', office: '政府办公室', department: '部门', township: '乡镇街道', zone: '园区管委会', other: '其他' };
  var state = { year: busiestYear(), sort: null, dir: 1 };
  var charts = [];

  // The year most agencies reported (the latest of equals): the latest alone may hold only the early publishers.
  function busiestYear() {
    var best = null, most = 0;
    data.years.forEach(function (y) {
      var n = data.rows.filter(function (r) { return r.year === y; }).length;
      if (n >= most) { best = y; most = n; }
    });
    return best;
  }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  // compare.csv says why a value is empty in English; the page says it in Chinese.
  function zhWhy(why) {
    if (!why) { return why; }
    var m;
    if ((m = /^(\S+) is blank$/.exec(why))) { return m[1] + ' 空白（空白不按 0 计）'; }
    if ((m = /^(\S+) is missing$/.exec(why))) { return m[1] + ' 缺失'; }
    if ((m = /^(\S+) is marked not applicable \('(.*)'\)$/.exec(why))) { return m[1] + ' 标为不适用（“' + m[2] + '”）'; }
    if ((m = /^(\S+) is not in the (\d+) form$/.exec(why))) { return m[2] + '年版模板无此项：' + m[1]; }
    if (why === 'denominator is 0') { return '分母为 0'; }
    return why;
  }

  function format(value, unit) {
    if (value === null || value === undefined) { return '—'; }
    return unit === 'share' ? (value * 100).toFixed(1) + '%' : Number(value).toLocaleString('zh-CN');
  }

  function formatChange(change, unit) {
    if (change === null || change === undefined) { return ''; }
    var sign = change > 0 ? '+' : '';
    return unit === 'share'
      ? '较上年 ' + sign + (change * 100).toFixed(1) + '个百分点'
      : '较上年 ' + sign + Number(change).toLocaleString('zh-CN');
  }

  function rowsOfYear() {
    return data.rows.filter(function (r) { return state.year === null || r.year === state.year; });
  }

  function marked(row) { return row.status === 'inconsistent' || row.status === 'incomplete'; }

  // One line a hover shows: where the number comes from.
  function trace(row, id) {
    var cell = row.cells[id];
    var parts = [byId[id].label + '：' + format(cell.v, byId[id].unit), '来源：' + row.source];
    if (marked(row)) { parts.push('⚠ ' + STATUS[row.status] + '：' + (row.error || '')); }
    if (cell.why) { parts.push('空值原因：' + zhWhy(cell.why)); }
    cell.from.forEach(function (c) {
      parts.push(c.key + ' = ' + (c.value !== null ? c.value : c.kind) + (c.loc ? '（' + c.loc + '，原文“' + c.raw + '”）' : ''));
    });
    return parts.join('\n');
  }

  function renderHeader() {
    document.getElementById('title').textContent = data.title;
    var counts = { inconsistent: 0, incomplete: 0 };
    data.rows.forEach(function (r) { if (counts[r.status] !== undefined) { counts[r.status]++; } });
    document.getElementById('subtitle').textContent =
      (data.region ? data.region.path + '（' + data.region.code + '）' : '全部地区') + ' · ' +
      data.rows.length + ' 份年报（机构×年份）' +
      (counts.inconsistent ? ' · ' + counts.inconsistent + ' 份数据不一致' : '') +
      (counts.incomplete ? ' · ' + counts.incomplete + ' 份不完整' : '');
    var nav = document.getElementById('years');
    var years = data.years.slice();
    years.push(null);
    years.forEach(function (y) {
      var b = el('button', { type: 'button', 'data-year': y === null ? 'all' : String(y), 'aria-pressed': String(y === state.year) }, y === null ? '全部年份' : y + '年');
      b.addEventListener('click', function () { state.year = y; update(); });
      nav.appendChild(b);
    });
    document.getElementById('legend').innerHTML = '';
    var legend = document.getElementById('legend');
    legend.appendChild(el('span', {}, '⚑ 红色：远离同类机构的中位数（修正 z 分数 > 3.5）'));
    legend.appendChild(el('span', {}, '⚠ 斜纹行：年报数据不一致或不完整，未计入中位数'));
    legend.appendChild(el('span', {}, '— 空值：所需单元格缺失、空白或分母为 0（从不按 0 计）'));
    var dl = el('dl');
    indicators.forEach(function (i) { dl.appendChild(el('dt', {}, i.label)); dl.appendChild(el('dd', {}, i.formula)); });
    var formulas = document.getElementById('formulas');
    formulas.appendChild(el('h2', {}, '指标公式'));
    formulas.appendChild(dl);
    document.getElementById('footer').textContent =
      '数据：' + data.source + ' · 行政区划：' + data.divisions + ' · 生成：extractor compare · 图表：Apache ECharts ' + echarts.version;
  }

  function columns() {
    var fixed = [
      { id: 'agency', label: '机构', text: true, value: function (r) { return r.agency; } },
      { id: 'region', label: '地区', text: true, value: function (r) { return r.regionName || ''; } },
      { id: 'kind', label: '类型', text: true, value: function (r) { return KIND[r.kind] || r.kind; } },
      { id: 'year', label: '年份', text: false, value: function (r) { return r.year; } },
      { id: 'status', label: '状态', text: true, value: function (r) { return r.status; } }
    ];
    return fixed.concat(indicators.map(function (i) {
      return { id: i.id, label: i.label, text: false, indicator: i, value: function (r) { return r.cells[i.id].v; } };
    }));
  }

  function renderTable() {
    var cols = columns();
    var thead = document.querySelector('#table thead');
    var tbody = document.querySelector('#table tbody');
    thead.innerHTML = '';
    tbody.innerHTML = '';
    var tr = el('tr');
    cols.forEach(function (c) {
      var th = el('th', { 'data-col': c.id, class: c.text ? 'text' : '', title: c.indicator ? c.indicator.formula : '' }, c.label);
      if (state.sort === c.id) { th.setAttribute('aria-sort', state.dir > 0 ? 'ascending' : 'descending'); }
      th.addEventListener('click', function () {
        state.dir = state.sort === c.id ? -state.dir : (c.text ? 1 : -1);
        state.sort = c.id;
        renderTable();
      });
      tr.appendChild(th);
    });
    thead.appendChild(tr);

    var rows = rowsOfYear().slice();
    if (state.sort) {
      var col = cols.filter(function (c) { return c.id === state.sort; })[0];
      rows.sort(function (a, b) {
        var x = col.value(a), y = col.value(b);
        if (x === null || x === undefined) { return (y === null || y === undefined) ? 0 : 1; }
        if (y === null || y === undefined) { return -1; }
        return (col.text ? String(x).localeCompare(String(y), 'zh-CN') : x - y) * state.dir;
      });
    }

    rows.forEach(function (r) {
      var row = el('tr', { 'data-agency': r.agency, 'data-year': String(r.year), class: marked(r) ? 'marked' : '' });
      row.appendChild(el('td', { class: 'text', title: r.agency + '\n' + (r.path || '') + '\n' + (HOW[r.how] || r.how) + (r.note ? '：' + r.note : '') }, r.agency));
      row.appendChild(el('td', { class: 'text' }, r.regionName ? r.regionName + ' ' + r.regionCode : '—'));
      row.appendChild(el('td', { class: 'text' }, KIND[r.kind] || r.kind));
      row.appendChild(el('td', {}, String(r.year)));
      var status = el('td', { class: 'text' });
      status.appendChild(el('span', { class: 'badge ' + r.status, title: r.error || '' }, (marked(r) ? '⚠ ' : '') + (STATUS[r.status] || r.status)));
      row.appendChild(status);
      indicators.forEach(function (i) {
        var cell = r.cells[i.id];
        var classes = ['num'];
        if (cell.v === null) { classes.push('empty'); }
        if (cell.o) { classes.push('outlier'); }
        var td = el('td', { class: classes.join(' '), 'data-indicator': i.id, 'data-value': cell.v === null ? '' : String(cell.v), title: trace(r, i.id) });
        td.appendChild(document.createTextNode((cell.o ? '⚑ ' : '') + format(cell.v, i.unit)));
        var change = formatChange(cell.c, i.unit);
        if (change) { td.appendChild(el('small', {}, change)); }
        td.addEventListener('click', function () { showDetail(r, i.id); });
        row.appendChild(td);
      });
      tbody.appendChild(row);
    });
  }

  function showDetail(row, id) {
    var i = byId[id], cell = row.cells[id];
    var body = document.getElementById('detail-body');
    body.innerHTML = '';
    body.appendChild(el('h3', {}, row.agency + ' · ' + row.year + '年 · ' + i.label));
    body.appendChild(el('p', { class: 'value' }, '数值：' + format(cell.v, i.unit) + (cell.c !== null ? '（' + formatChange(cell.c, i.unit) + '）' : '')));
    body.appendChild(el('p', {}, '公式：' + i.formula));
    if (cell.o) { body.appendChild(el('p', { class: 'why' }, '⚑ ' + (cell.o === 'high' ? '偏高' : '偏低') + '：远离同年同类机构的中位数')); }
    if (cell.why) { body.appendChild(el('p', { class: 'why' }, '空值原因：' + zhWhy(cell.why))); }
    if (marked(row)) { body.appendChild(el('p', { class: 'why' }, '⚠ ' + STATUS[row.status] + '：' + (row.error || ''))); }
    var source = el('p', { class: 'source' }, '来源：');
    if (/^https?:\/\//.test(row.source)) {
      source.appendChild(el('a', { href: row.source, rel: 'noopener noreferrer', target: '_blank' }, row.source));
    } else {
      source.appendChild(el('span', { class: 'source-path' }, row.source));
    }
    body.appendChild(source);
    body.appendChild(el('p', {}, 'report_id：' + row.reportId + (row.others.length ? '（同年另有：' + row.others.join('、') + '）' : '')));
    var table = el('table');
    var head = el('tr');
    ['单元格', '项目', '数值', '原文', '位置'].forEach(function (h) { head.appendChild(el('th', {}, h)); });
    table.appendChild(head);
    cell.from.forEach(function (c) {
      var tr = el('tr', { class: 'cell-source' });
      tr.appendChild(el('td', {}, c.key));
      tr.appendChild(el('td', {}, c.label || ''));
      tr.appendChild(el('td', {}, c.value !== null ? String(c.value) : ({ empty: '空白', na: '不适用', missing: '缺失' }[c.kind] || c.kind)));
      tr.appendChild(el('td', {}, c.raw ? '“' + c.raw + '”' : ''));
      tr.appendChild(el('td', { class: 'location' }, c.loc || ''));
      table.appendChild(tr);
    });
    body.appendChild(table);
    document.getElementById('detail').hidden = false;
    // A link to this very number: compare.html#2023/保定市徐水区人民政府/granted_share opens it again.
    if (window.history && history.replaceState) {
      history.replaceState(null, '', '#' + [row.year, row.agency, id].map(encodeURIComponent).join('/'));
    }
  }

  function openFromHash() {
    var parts = location.hash.replace(/^#/, '').split('/').map(function (p) { try { return decodeURIComponent(p); } catch (e) { return ''; } });
    if (parts.length !== 3 || !byId[parts[2]]) { return; }
    var row = data.rows.filter(function (r) { return String(r.year) === parts[0] && r.agency === parts[1]; })[0];
    if (row) {
      state.year = row.year;
      update();
      showDetail(row, parts[2]);
    }
  }

  function renderCharts() {
    var box = document.getElementById('charts');
    var headline = indicators.filter(function (i) { return i.headline; });
    var names = [];
    data.rows.forEach(function (r) { if (names.indexOf(r.name) < 0) { names.push(r.name); } });
    headline.forEach(function (i) {
      var wrap = el('div', { class: 'chart-box' });
      wrap.appendChild(el('h3', {}, i.label));
      wrap.appendChild(el('p', {}, i.formula));
      var div = el('div', { class: 'chart', id: 'chart-' + i.id, 'data-indicator': i.id });
      wrap.appendChild(div);
      box.appendChild(wrap);
      var chart = echarts.init(div, null, { renderer: 'canvas' });
      charts.push(chart);
      chart.on('finished', function () { div.setAttribute('data-drawn', 'true'); });
      chart.on('click', function (p) { if (p.data && p.data.row) { showDetail(p.data.row, i.id); } });
    });
    updateCharts();
  }

  function updateCharts() {
    var years = state.year === null ? data.years : [state.year];
    var headline = indicators.filter(function (i) { return i.headline; });
    var names = [];
    data.rows.forEach(function (r) { if (years.indexOf(r.year) >= 0 && names.indexOf(r.name) < 0) { names.push(r.name); } });
    headline.forEach(function (i, n) {
      var series = years.map(function (y) {
        return {
          name: y + '年', type: 'bar',
          label: { show: true, position: 'top', fontSize: 10, formatter: function (p) { return (p.data.marked ? '⚠' : '') + (p.data.outlier ? '⚑' : ''); } },
          data: names.map(function (name) {
            var r = data.rows.filter(function (x) { return x.name === name && x.year === y; })[0];
            if (!r) { return { value: null }; }
            var cell = r.cells[i.id];
            var item = { value: cell.v === null ? null : (i.unit === 'share' ? +(cell.v * 100).toFixed(2) : cell.v), row: r, marked: marked(r), outlier: cell.o };
            if (marked(r)) { item.itemStyle = { opacity: 0.45, decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: Math.PI / 4 } }; }
            if (cell.o) { item.itemStyle = Object.assign({}, item.itemStyle || {}, { borderColor: '#b91c1c', borderWidth: 2 }); }
            return item;
          })
        };
      });
      charts[n].setOption({
        animation: false,
        grid: { left: 50, right: 12, top: 30, bottom: 70 },
        legend: { top: 0 },
        tooltip: {
          trigger: 'item', confine: true,
          formatter: function (p) {
            if (!p.data || !p.data.row) { return ''; }
            return trace(p.data.row, i.id).split('\n').map(function (line) {
              return line.replace(/[&<>"]/g, function (ch) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[ch]; });
            }).join('<br>');
          }
        },
        xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: names.length > 4 ? 30 : 0, fontSize: 11 } },
        yAxis: { type: 'value', axisLabel: { formatter: i.unit === 'share' ? '{value}%' : '{value}' } },
        series: series
      }, true);
    });
  }

  function update() {
    Array.prototype.forEach.call(document.querySelectorAll('#years button'), function (b) {
      b.setAttribute('aria-pressed', String(b.getAttribute('data-year') === (state.year === null ? 'all' : String(state.year))));
    });
    renderTable();
    updateCharts();
  }

  document.getElementById('detail-close').addEventListener('click', function () { document.getElementById('detail').hidden = true; });
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  renderHeader();
  renderTable();
  renderCharts();
  openFromHash();
  window.compareReady = true;
}());
