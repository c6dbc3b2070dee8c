// The place × year table: sortable, with reported figures beside the recorded counts, and a
// side-by-side comparison that each place joins with one click.
import { bindFilterForm, currentFilters, writeFilters } from './filters.js';
import { escapeHtml, messagesFrom, translator } from './atlas.js';

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
  types = [...new Set(rows.flatMap((r) => Object.keys(r.byType)))];
  render();
  renderElsewhere(data.elsewhere);
}

const COLUMNS = () => [
  { key: 'place', label: t('analysis.col.place'), value: (r) => r.placeKey ? r.place : `${r.place} (${t('analysis.noCity')})` },
  { key: 'country', label: t('analysis.col.country'), value: (r) => r.country ?? '' },
  { key: 'year', label: t('analysis.col.year'), value: (r) => r.year ?? '', numeric: true },
  { key: 'incidents', label: t('analysis.col.incidents'), value: (r) => r.incidents, numeric: true },
  ...types.map((type) => ({ key: 'type:' + type, label: t('type.' + type), value: (r) => r.byType[type] ?? 0, numeric: true })),
  { key: 'killed', label: t('incident.killed'), value: (r) => r.killed, numeric: true },
  { key: 'injured', label: t('incident.injured'), value: (r) => r.injured, numeric: true },
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
      + columns.map((c) => `<td class="${c.numeric ? 'num' : ''}">${escapeHtml(c.value(row))}${c.key === 'killed' && row.killedNotReported > 0 ? '<sup title="' + escapeHtml(t('analysis.killedLowerBound')) + '">+</sup>' : ''}</td>`).join('')
      + `<td class="reported">${reported(row.reported)}</td>`;
    tr.querySelector('.compare-toggle').addEventListener('click', () => toggleCompare(id));
    return tr;
  }));
  renderCompare();
}

function reported(figures) {
  if (figures.length === 0) return '';
  return '<ul class="figures-list">' + figures.map((f) => `<li><strong${f.note ? ` title="${escapeHtml(f.note)}"` : ''}>${escapeHtml(figureText(f))}</strong>`
    + ` <small>${escapeHtml(f.period)}</small> ${sources(f)}</li>`).join('') + '</ul>';
}

function figureText(f) {
  return f.text.replace(/ \(.*$/, '');
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
  const years = [...new Set(rows.filter((r) => compared.has(placeId(r))).map((r) => r.year))].sort((a, b) => (b ?? 0) - (a ?? 0));
  const cell = (id, year) => {
    const row = rows.find((r) => placeId(r) === id && r.year === year);
    if (!row) return '<td class="num">0</td>';
    const figures = row.reported.map((f) => escapeHtml(figureText(f))).join('<br>');
    return `<td class="num">${row.incidents} <small>(${escapeHtml(t('incident.killed'))} ${row.killed})</small>${figures ? '<br><small class="reported">' + figures + '</small>' : ''}</td>`;
  };
  const compareTable = document.getElementById('compare-table');
  compareTable.innerHTML = `<thead><tr><th scope="col">${escapeHtml(t('analysis.compare.years'))}</th>`
    + places.map((id) => `<th scope="col" class="num">${escapeHtml(names.get(id) ?? id)}</th>`).join('') + '</tr></thead>'
    + '<tbody>' + years.map((year) => `<tr><th scope="row">${escapeHtml(year ?? t('analysis.year.unknown'))}</th>`
      + places.map((id) => cell(id, year)).join('') + '</tr>').join('') + '</tbody>';
}

levelSelect.addEventListener('change', () => { writeFilters(currentFilters(), viewParams()); load(); });
bindFilterForm(form, () => { writeFilters(currentFilters(), viewParams()); load(); });
writeFilters(currentFilters(), viewParams());
load();
