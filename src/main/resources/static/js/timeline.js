// The timeline: incidents per period, stacked by type, with killed and injured as points on the
// same scale, only where at least one incident of the period reports them.
// Incidents whose date is known only more coarsely than the interval are never placed in a
// period; they are listed in their own table below the chart.
import { bindFilterForm, currentFilters, writeFilters } from './filters.js';
import { countHtml, ENFORCEMENT_TYPES, escapeHtml, messagesFrom, readerSummary, renderCoverage, signedCount, translator, typeColour, VIOLENCE_TYPES } from './atlas.js';

const t = translator(messagesFrom('page-messages'));
const count = (v) => countHtml(t, v);


const form = document.getElementById('filters');
const intervalSelect = document.getElementById('interval');
const canvas = document.getElementById('timeline-chart');
const totalLine = document.getElementById('timeline-total');
const resetRange = document.getElementById('reset-range');
let chart;
let buckets = [];
let controller;

function interval() {
  return intervalSelect.value;
}

function viewParams() {
  return { interval: interval() };
}

async function load() {
  controller?.abort();
  controller = new AbortController();
  const query = currentFilters();
  query.set('interval', interval());
  resetRange.hidden = !(query.has('from') || query.has('to'));
  try {
    const response = await fetch('/api/timeline?' + query, { signal: controller.signal });
    const data = await response.json();
    if (!response.ok) { totalLine.textContent = data.detail ?? t('map.error'); return; }
    if (intervalSelect.value !== data.interval) intervalSelect.value = data.interval;
    renderCoverage(document.getElementById('coverage'), data.coverage, t);
    draw(data);
    drawCoarse(data);
    loadList(true);
  } catch (error) {
    if (error.name !== 'AbortError') totalLine.textContent = t('map.error');
  }
}

function draw(data) {
  buckets = data.buckets;
  const types = [...VIOLENCE_TYPES, ...ENFORCEMENT_TYPES].filter((type) => buckets.some((b) => b.byType[type]));
  const datasets = types.map((type) => ({
    type: 'bar', label: t('type.' + type), data: buckets.map((b) => b.byType[type] ?? 0),
    backgroundColor: typeColour(type), stack: 'incidents', yAxisID: 'y',
  }));
  // points, not a line: a period where no incident reports a toll has no point (null), never a 0
  datasets.push({
    type: 'line', label: t('timeline.killed'), data: buckets.map((b) => b.killed), showLine: false, spanGaps: false,
    borderColor: '#1d1d1f', backgroundColor: '#1d1d1f', pointRadius: 4, pointStyle: 'rectRot', stack: 'killed', yAxisID: 'y',
  });
  datasets.push({
    type: 'line', label: t('timeline.injured'), data: buckets.map((b) => b.injured), showLine: false, spanGaps: false,
    borderColor: '#1d1d1f', backgroundColor: '#ffffff', pointRadius: 4, pointStyle: 'circle', stack: 'injured', yAxisID: 'y',
  });
  const config = {
    data: { labels: buckets.map((b) => b.label), datasets },
    options: {
      responsive: true, maintainAspectRatio: false, animation: false,
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { stacked: true },
        y: { stacked: true, min: 0, grace: '10%', title: { display: true, text: t('timeline.incidents') }, ticks: { precision: 0 } },
      },
      plugins: { legend: { position: 'bottom', labels: { usePointStyle: true } } },
    },
  };
  if (chart) { chart.data = config.data; chart.update(); } else { chart = new Chart(canvas, config); }
  canvas.dataset.interval = data.interval;
  canvas.dataset.tollPoints = buckets.filter((b) => b.killed !== null || b.injured !== null).length;
  const placed = buckets.reduce((sum, b) => sum + b.count, 0);
  totalLine.textContent = t('timeline.total', { total: data.total, placed, coarse: data.total - placed });
  canvas.dataset.total = data.total;
  canvas.dataset.placed = placed;
}

function drawCoarse(data) {
  const rows = [...data.coarse];
  if (data.undated.count > 0) rows.push(data.undated);
  const body = document.getElementById('coarse-rows');
  if (rows.length === 0) {
    body.innerHTML = `<tr><td colspan="6">${escapeHtml(t('timeline.coarse.none'))}</td></tr>`;
    return;
  }
  body.replaceChildren(...rows.map((row) => {
    const tr = document.createElement('tr');
    const types = Object.entries(row.byType).map(([type, n]) => `${escapeHtml(t('type.' + type))} ${n}`).join(', ');
    const precision = row.precision === 'unknown' ? t('timeline.undated') : t('timeline.precision.' + row.precision);
    tr.innerHTML = `<td>${escapeHtml(row.label)}</td><td>${escapeHtml(precision)}</td><td class="num">${row.count}</td>`
      + `<td>${types}</td><td class="num">${signedCount(t, row.killed, { notReported: row.count - row.killedReportedBy })}</td>`
      + `<td class="num">${signedCount(t, row.injured, { notReported: row.count - row.injuredReportedBy })}</td>`;
    return tr;
  }));
}

// --- brushing: drag across the chart to select a date range ------------------------------
const brush = document.getElementById('brush');
let dragStart = null;

function indexAt(event) {
  if (!chart || buckets.length === 0) return null;
  const x = event.clientX - canvas.getBoundingClientRect().left;
  const index = Math.round(chart.scales.x.getValueForPixel(x));
  return Math.max(0, Math.min(buckets.length - 1, index));
}

canvas.addEventListener('pointerdown', (event) => {
  dragStart = { index: indexAt(event), x: event.clientX - canvas.getBoundingClientRect().left };
  canvas.setPointerCapture(event.pointerId);
});
canvas.addEventListener('pointermove', (event) => {
  if (!dragStart) return;
  const x = event.clientX - canvas.getBoundingClientRect().left;
  brush.hidden = false;
  brush.style.left = Math.min(x, dragStart.x) + 'px';
  brush.style.width = Math.abs(x - dragStart.x) + 'px';
});
canvas.addEventListener('pointerup', (event) => {
  if (!dragStart) return;
  const end = indexAt(event);
  const moved = Math.abs(event.clientX - canvas.getBoundingClientRect().left - dragStart.x) > 5;
  const start = dragStart.index;
  dragStart = null;
  brush.hidden = true;
  if (!moved || start === null || end === null) return;
  const first = buckets[Math.min(start, end)];
  const last = buckets[Math.max(start, end)];
  form.elements.from.value = first.start;
  form.elements.to.value = last.end;
  form.dispatchEvent(new Event('change'));
});

resetRange.addEventListener('click', () => {
  form.elements.from.value = '';
  form.elements.to.value = '';
  form.dispatchEvent(new Event('change'));
});

// --- the list, grouped by year and month ---------------------------------------------------
const LIST_SIZE = 50;
let listPage = 0;
let lastGroup = null;

function groupOf(incident) {
  const date = incident.date;
  if (date.precision === 'unknown') return t('timeline.undated');
  const sameMonth = date.from.slice(0, 7) === date.to.slice(0, 7);
  if (sameMonth) {
    return new Date(date.from + 'T12:00:00').toLocaleDateString(document.documentElement.lang || 'en', { year: 'numeric', month: 'long' });
  }
  return `${date.label} · ${t('timeline.precision.' + date.precision)}`;
}

async function loadList(reset) {
  const groups = document.getElementById('list-groups');
  if (reset) { listPage = 0; lastGroup = null; groups.replaceChildren(); }
  const query = currentFilters();
  query.set('sort', 'date');
  query.set('size', LIST_SIZE);
  query.set('page', listPage);
  const response = await fetch('/api/incidents?' + query);
  if (!response.ok) return;
  const page = await response.json();
  if (reset && page.items.length === 0) groups.innerHTML = `<p>${escapeHtml(t('list.empty'))}</p>`;
  let list = groups.lastElementChild?.querySelector('ol');
  for (const incident of page.items) {
    const group = groupOf(incident);
    if (group !== lastGroup) {
      const section = document.createElement('section');
      section.className = 'month-group';
      section.innerHTML = `<h3>${escapeHtml(group)}</h3><ol class="timeline-entries"></ol>`;
      groups.append(section);
      list = section.querySelector('ol');
      lastGroup = group;
    }
    const place = [incident.place.district, incident.place.city, incident.place.city || incident.place.district ? null : incident.place.region,
      incident.place.country].filter(Boolean).join(', ');
    const mapLink = incident.place.lat === null ? ''
      : ` · <a href="/map?${currentFilters()}&lat=${incident.place.lat}&lon=${incident.place.lon}&zoom=13">${escapeHtml(t('timeline.onMap'))}</a>`;
    const item = document.createElement('li');
    item.innerHTML = `<span class="date">${escapeHtml(incident.date.label)}</span>`
      + ` <span class="type-badge type-${incident.type}">${escapeHtml(t('type.' + incident.type))}</span>`
      + ` <span class="place">${escapeHtml(place)}</span>`
      + ` <span class="casualties">${escapeHtml(t('incident.killed'))}: ${count(incident.killed)}, ${escapeHtml(t('incident.injured'))}: ${count(incident.injured)}</span>`
      + `<p class="one-line">${escapeHtml(readerSummary(incident))}</p>`
      + `<p class="entry-links"><a href="${escapeHtml(incident.url)}">${escapeHtml(t('timeline.sources', { n: incident.sources.length }))}</a>${mapLink}</p>`;
    list.append(item);
  }
  document.getElementById('list-more').hidden = (listPage + 1) >= page.totalPages;
}

document.getElementById('list-more').addEventListener('click', () => { listPage++; loadList(false); });

intervalSelect.addEventListener('change', () => { writeFilters(currentFilters(), viewParams()); load(); });
bindFilterForm(form, () => { writeFilters(currentFilters(), viewParams()); load(); });
writeFilters(currentFilters(), viewParams());
load();
