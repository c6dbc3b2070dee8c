// The place × year table: sortable, with reported figures beside the recorded counts, and a
// side-by-side comparison that each place joins with one click.
import { bindFilterForm, currentFilters, writeFilters } from './filters.js';
import { ENFORCEMENT_TYPES, escapeHtml, messagesFrom, renderCoverage, signedCount, translator, typeColour, VIOLENCE_TYPES } from './atlas.js';

const t = translator(messagesFrom('page-messages'));

const form = document.getElementById('filters');
const levelSelect = document.getElementById('level');
const table = document.getElementById('city-table');
let rows = [];
let types = [];
let sort = { column: 'place', ascending: true };
const compared = new Set((new URLSearchParams(window.location.search).get('compare') ?? '').split(',').filter(Boolean));

const placeId = (row) => row.placeKey ?? 'country:' + row.country;

function viewParams() {
  const params = { level: levelSelect.value };
  if (compared.size > 0) params.compare = [...compared].join(',');
  return params;
}

async function load() {
  const query = currentFilters();
  query.set('level', levelSelect.value);
  const response = await fetch('/api/stats/cities?' + query);
  const data = await response.json();
  if (!response.ok) { table.tBodies[0].innerHTML = `<tr><td>${escapeHtml(data.detail ?? t('map.error'))}</td></tr>`; return; }
  rows = data.rows;
  types = [...VIOLENCE_TYPES, ...ENFORCEMENT_TYPES].filter((type) => rows.some((r) => r.byType[type]));
  renderCoverage(document.getElementById('coverage'), data.coverage, t);
  render();
  renderPopulations();
  renderElsewhere(data.elsewhere);
}

/** "population 2024, Statbel", or that the gazetteer records neither. */
function populationOf(row) {
  if (row.populationYear === null && row.populationSource === null) return t('analysis.population.unsourced');
  return t('analysis.population.of', { year: row.populationYear ?? '?', source: row.populationSource ?? '?' });
}

/** Under the table, visible: what the rates' populations rest on, with the number of places for each. */
function renderPopulations() {
  const note = document.getElementById('population-sources');
  if (!note) return;
  const places = new Map();
  for (const row of rows) {
    if (row.perHundredThousand === null) continue;
    const of = populationOf(row);
    if (!places.has(of)) places.set(of, new Set());
    places.get(of).add(row.placeKey);
  }
  note.hidden = places.size === 0;
  note.textContent = t('analysis.population.sources', {
    list: [...places.entries()].map(([of, keys]) => `${of} (${keys.size})`).join('; '),
  });
}

const COLUMNS = () => [
  { key: 'place', label: t('analysis.col.place'), value: (r) => r.placeKey ? r.place : `${r.place} (${t('analysis.noCity')})` },
  { key: 'country', label: t('analysis.col.country'), value: (r) => r.country ?? '' },
  { key: 'year', label: t('analysis.col.year'), value: (r) => r.year ?? '', numeric: true },
  { key: 'incidents', label: t('analysis.col.incidents'), value: (r) => r.incidents, numeric: true },
  ...types.map((type) => ({ key: 'type:' + type, label: t('type.' + type), value: (r) => r.byType[type] ?? 0, numeric: true })),
  { key: 'killed', label: t('incident.killed'), value: (r) => r.killed, numeric: true,
    html: (r) => signedCount(t, r.killed, { incidents: r.incidents, notReported: r.killedNotReported }) },
  { key: 'injured', label: t('incident.injured'), value: (r) => r.injured, numeric: true,
    html: (r) => signedCount(t, r.injured, { incidents: r.incidents, notReported: r.injuredNotReported }) },
  { key: 'rate', label: t('analysis.col.rate'), value: (r) => r.perHundredThousand ?? '', numeric: true,
    html: (r) => (r.perHundredThousand === null ? '' : `<span title="${escapeHtml(t('analysis.rate.title', { population: r.population.toLocaleString(document.documentElement.lang || 'en'), of: populationOf(r) }))}">`
      + `${escapeHtml(r.perHundredThousand.toLocaleString(document.documentElement.lang || 'en', { minimumFractionDigits: 1, maximumFractionDigits: 1 }))}</span>`) },
  { key: 'change', label: t('analysis.col.change'), value: (r) => r.change ?? '', numeric: true,
    html: (r) => (r.change === null ? `<span class="not-reported" title="${escapeHtml(t('analysis.change.unknown'))}">·</span>`
      : `<span title="${escapeHtml(t('analysis.change.title'))}">${r.change > 0 ? '+' : r.change < 0 ? '−' : '±'}${Math.abs(r.change)}</span>`) },
  { key: 'articles', label: t('analysis.col.articles'), value: (r) => r.articles, numeric: true },
];

function render() {
  const columns = COLUMNS();
  const head = document.createElement('tr');
  head.innerHTML = `<th scope="col"><span class="visually-hidden">${escapeHtml(t('analysis.compare.button'))}</span></th>`;
  for (const column of columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    if (column.numeric) th.className = 'num';
    th.setAttribute('aria-sort', sort.column === column.key ? (sort.ascending ? 'ascending' : 'descending') : 'none');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.dataset.column = column.key;
    button.textContent = column.label;
    button.addEventListener('click', () => {
      sort = { column: column.key, ascending: sort.column === column.key ? !sort.ascending : !column.numeric };
      render();
    });
    th.append(button);
    head.append(th);
  }
  head.insertAdjacentHTML('beforeend', `<th scope="col">${escapeHtml(t('analysis.col.reported'))}</th>`);
  table.tHead.replaceChildren(head);

  const column = columns.find((c) => c.key === sort.column) ?? columns[0];
  const sorted = [...rows].sort((a, b) => {
    const x = column.value(a);
    const y = column.value(b);
    const order = column.numeric ? (Number(x) || 0) - (Number(y) || 0) : String(x).localeCompare(String(y));
    return sort.ascending ? order : -order;
  });
  table.tBodies[0].replaceChildren(...sorted.map((row) => {
    const tr = document.createElement('tr');
    tr.dataset.place = row.place;
    tr.dataset.year = row.year ?? '';
    const id = placeId(row);
    const on = compared.has(id);
    tr.innerHTML = `<td><button type="button" class="compare-toggle" aria-pressed="${on}" data-place-id="${escapeHtml(id)}">`
      + `${escapeHtml(on ? t('analysis.compare.remove') : t('analysis.compare.button'))}</button></td>`
      + columns.map((c) => `<td class="${c.numeric ? 'num' : ''}" data-column="${c.key}">${c.html ? c.html(row) : escapeHtml(c.value(row))}</td>`).join('')
      + `<td class="reported">${reported(row.reported)}</td>`;
    tr.querySelector('.compare-toggle').addEventListener('click', () => toggleCompare(id));
    return tr;
  }));
  renderCompare();
}

function reported(figures) {
  if (figures.length === 0) return '';
  return '<ul class="figures-list">' + figures.map((f) => `<li><strong${f.note ? ` title="${escapeHtml(f.note)}"` : ''}>${escapeHtml(figureText(f))}</strong>`
    + ` <small>${escapeHtml(f.period)}</small> ${sources(f)}`
    + `${f.gap ? `<span class="figure-gap">${escapeHtml(f.gap)}</span>` : ''}</li>`).join('') + '</ul>';
}

/** The figure without its "(period; sources)" tail, which the list shows apart; a metric may hold brackets itself. */
function figureText(f) {
  const tail = f.text.lastIndexOf(' (' + f.period);
  return tail > 0 ? f.text.slice(0, tail) : f.text.replace(/ \(.*$/, '');
}

function sources(f) {
  // compact: [1] [2], each a link whose title names the article and its publisher
  return f.sources.map((s, i) => `<a class="figure-source" href="${escapeHtml(s.url ?? '/articles/' + s.id)}"`
    + ` title="${escapeHtml(s.title + (s.publisher ? ' — ' + s.publisher : ''))}">[${i + 1}]</a>`).join(' ');
}

function renderElsewhere(figures) {
  const list = document.getElementById('elsewhere-list');
  document.getElementById('elsewhere').hidden = figures.length === 0;
  list.replaceChildren(...figures.map((f) => {
    const li = document.createElement('li');
    li.innerHTML = `<strong>${escapeHtml(f.place)}, ${escapeHtml(f.period)}</strong>: ${escapeHtml(figureText(f))}`
      + `${f.note ? ' <small class="figure-note">' + escapeHtml(f.note) + '</small>' : ''} ${sources(f)}`;
    return li;
  }));
}

function toggleCompare(id) {
  if (compared.has(id)) compared.delete(id); else compared.add(id);
  writeFilters(currentFilters(), viewParams());
  if (compared.size === 0) {
    const params = new URLSearchParams(window.location.search);
    params.delete('compare');
    history.replaceState(null, '', window.location.pathname + (params.toString() ? '?' + params : ''));
  }
  render();
}

function renderCompare() {
  const section = document.getElementById('compare');
  section.hidden = compared.size === 0;
  if (compared.size === 0) return;
  const places = [...compared];
  const names = new Map(rows.map((r) => [placeId(r), r.placeKey ? r.place : `${r.place} (${t('analysis.noCity')})`]));
  const mine = rows.filter((r) => compared.has(placeId(r)));
  // every year from the first to the last: a year with nothing recorded is a row of empty cells, not a missing row
  const known = mine.map((r) => r.year).filter((y) => y !== null);
  const years = [];
  if (known.length > 0) for (let y = Math.max(...known); y >= Math.min(...known); y--) years.push(y);
  if (mine.some((r) => r.year === null)) years.push(null);
  const violence = types.filter((type) => VIOLENCE_TYPES.includes(type));
  const enforcement = types.filter((type) => ENFORCEMENT_TYPES.includes(type));
  const sum = (row, list) => list.reduce((n, type) => n + (row.byType[type] ?? 0), 0);
  const cell = (id, year) => {
    const row = rows.find((r) => placeId(r) === id && r.year === year);
    if (!row) {
      return `<td class="num compare-cell empty" data-year="${year ?? ''}">${signedCount(t, 0, { incidents: 0 })}</td>`;
    }
    const violent = sum(row, violence);
    const enforced = sum(row, enforcement);
    const byType = violence.filter((type) => row.byType[type]).map((type) => `<li>${escapeHtml(t('type.' + type))} ${row.byType[type]}</li>`).join('');
    const violenceFigures = row.reported.filter((f) => f.family === 'violence');
    const enforcementFigures = row.reported.filter((f) => f.family === 'enforcement');
    return `<td class="num compare-cell" data-year="${year ?? ''}"><strong>${violent}</strong>`
      + (byType ? `<ul>${byType}</ul>` : '')
      + `<ul><li>${escapeHtml(t('incident.killed'))} ${signedCount(t, row.killed, { incidents: violent === 0 && enforced === 0 ? 0 : 1, notReported: row.killedNotReported })}</li>`
      + `<li>${escapeHtml(t('incident.injured'))} ${signedCount(t, row.injured, { incidents: violent === 0 && enforced === 0 ? 0 : 1, notReported: row.injuredNotReported })}</li></ul>`
      + violenceFigures.map((f) => `<small class="reported">${escapeHtml(figureText(f))}${f.gap ? '<br><span class="figure-gap">' + escapeHtml(f.gap) + '</span>' : ''}</small>`).join('<br>')
      + (enforced > 0 || enforcementFigures.length > 0
        ? `<div class="family enforcement">${escapeHtml(t('analysis.compare.enforcement'))}: ${enforced}`
          + enforcementFigures.map((f) => `<br><small>${escapeHtml(figureText(f))}</small>`).join('') + '</div>'
        : '')
      + '</td>';
  };
  const compareTable = document.getElementById('compare-table');
  compareTable.innerHTML = `<thead><tr><th scope="col">${escapeHtml(t('analysis.compare.years'))}</th>`
    + places.map((id) => `<th scope="col" class="num">${escapeHtml(names.get(id) ?? id)}</th>`).join('') + '</tr></thead>'
    + '<tbody>' + years.map((year) => `<tr><th scope="row">${escapeHtml(year ?? t('analysis.year.unknown'))}</th>`
      + places.map((id) => cell(id, year)).join('') + '</tr>').join('') + '</tbody>';
  drawCompareCharts(places, names, years.filter((y) => y !== null).reverse(), violence);
}

/** One small bar chart per place, on one scale: violent incidents per year, stacked by type; an empty year has no bar. */
function drawCompareCharts(places, names, years, violence) {
  const box = document.getElementById('compare-charts');
  const counts = (id, year) => rows.find((r) => placeId(r) === id && r.year === year);
  const max = Math.max(1, ...places.flatMap((id) => years.map((y) => {
    const row = counts(id, y);
    return row ? violence.reduce((n, type) => n + (row.byType[type] ?? 0), 0) : 0;
  })));
  const bar = 18;
  const gap = 6;
  const height = 90;
  const width = Math.max(120, years.length * (bar + gap) + gap);
  box.replaceChildren(...places.map((id) => {
    const figure = document.createElement('figure');
    let svg = `<svg viewBox="0 0 ${width} ${height + 16}" width="${width}" height="${height + 16}" role="img" aria-label="${escapeHtml(t('analysis.compare.chart', { place: names.get(id) ?? id }))}">`;
    years.forEach((year, i) => {
      const x = gap + i * (bar + gap);
      const row = counts(id, year);
      let y = height;
      for (const type of violence) {
        const n = row?.byType[type] ?? 0;
        if (n === 0) continue;
        const h = (n / max) * (height - 4);
        y -= h;
        svg += `<rect x="${x}" y="${y.toFixed(1)}" width="${bar}" height="${h.toFixed(1)}" fill="${typeColour(type)}"><title>${escapeHtml(`${year}: ${t('type.' + type)} ${n}`)}</title></rect>`;
      }
      svg += `<text x="${x + bar / 2}" y="${height + 12}" font-size="9" text-anchor="middle">${String(year).slice(2)}</text>`;
    });
    svg += `<line x1="0" y1="${height}" x2="${width}" y2="${height}" stroke="#5f6368" stroke-width="1"/></svg>`;
    figure.innerHTML = `<figcaption>${escapeHtml(names.get(id) ?? id)}</figcaption>${svg}`;
    return figure;
  }));
}

levelSelect.addEventListener('change', () => { writeFilters(currentFilters(), viewParams()); load(); });
bindFilterForm(form, () => { writeFilters(currentFilters(), viewParams()); load(); });
writeFilters(currentFilters(), viewParams());
load();
