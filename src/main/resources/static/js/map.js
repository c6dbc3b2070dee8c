// The incident map. It asks /api/map for what the viewport needs (clusters aggregated in
// PostgreSQL at low zoom, single incidents at high zoom), never for every incident.
import { bindFilterForm, currentFilters, writeFilters } from './filters.js';
import { countHtml, escapeHtml, messagesFrom, readerSummary, translator } from './atlas.js';


const element = document.getElementById('map');
const t = translator(messagesFrom('map-messages'));
const count = (value) => countHtml(t, value);
const countLine = document.getElementById('map-count');
const embedded = element.dataset.embed === 'true';

const DEFAULT_BOUNDS = [[49.45, 2.5], [53.6, 7.3]]; // Belgium and the Netherlands

// --- the map and its view, restored from the URL ---------------------------------------
const params = new URLSearchParams(window.location.search);
const map = L.map(element, { zoomControl: true, worldCopyJump: false, maxBoundsViscosity: 0.5 });
L.tileLayer(element.dataset.tileUrl, { attribution: element.dataset.attribution, maxZoom: 19 }).addTo(map);
const lat = parseFloat(params.get('lat'));
const lon = parseFloat(params.get('lon'));
const zoom = parseInt(params.get('zoom'), 10);
if (Number.isFinite(lat) && Number.isFinite(lon) && Number.isFinite(zoom)) {
  map.setView([lat, lon], Math.min(Math.max(zoom, 0), 19));
} else {
  map.fitBounds(DEFAULT_BOUNDS);
}
const layer = L.layerGroup().addTo(map);

// --- markers ----------------------------------------------------------------------------
function incidentIcon(incident) {
  const harmed = (incident.killed ?? 0) + (incident.injured ?? 0);
  const size = Math.min(44, 20 + Math.round(6 * Math.sqrt(harmed)));
  const precision = incident.precision === 'street' ? 'prec-street' : 'prec-' + incident.precision;
  return L.divIcon({
    className: '',
    html: `<span class="mk mk-${incident.type} ${precision}" style="width:${size}px;height:${size}px;line-height:${size - 4}px">${escapeHtml(t('symbol.' + incident.type))}</span>`,
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
  });
}

function clusterIcon(properties) {
  const size = Math.min(64, 26 + Math.round(8 * Math.log10(properties.count)));
  return L.divIcon({
    className: '',
    html: `<span class="mk mk-cluster${properties.sameSpot ? ' same-spot' : ''}" style="width:${size}px;height:${size}px;line-height:${size - 4}px">${properties.count}</span>`,
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
  });
}

async function incidentPopup(marker, id) {
  marker.bindPopup(t('map.loading'), { maxWidth: 360 }).openPopup();
  const response = await fetch(`/api/incidents/${id}`);
  if (!response.ok) { marker.setPopupContent(t('map.error')); return; }
  const incident = await response.json();
  const place = [incident.place.street, incident.place.locality, incident.place.district, incident.place.city,
    incident.place.city || incident.place.district ? null : incident.place.region, incident.place.country].filter(Boolean).join(', ');
  const sources = incident.sources.map((source) => {
    const href = source.url ?? source.page;
    return `<li><a class="source-link" href="${escapeHtml(href)}" rel="noopener noreferrer">${escapeHtml(source.title)}</a>`
      + ` — ${escapeHtml(source.publisher ?? t('source.publisherUnknown'))}, ${escapeHtml(source.published.label)}</li>`;
  }).join('');
  marker.setPopupContent(`
    <div class="popup">
      <p class="popup-head"><span class="type-badge type-${incident.type}">${escapeHtml(t('type.' + incident.type))}</span>
        <strong>${escapeHtml(incident.date.label)}</strong></p>
      <p>${escapeHtml(place)} <span class="precision geo-${incident.place.precision}">${escapeHtml(t('geo.' + incident.place.precision))}</span></p>
      <p>${escapeHtml(t('incident.killed'))}: ${count(incident.killed)} · ${escapeHtml(t('incident.injured'))}: ${count(incident.injured)}</p>
      <p>${escapeHtml(readerSummary(incident))}</p>
      <p><strong>${escapeHtml(t('incident.sources'))}</strong></p><ol class="popup-sources">${sources}</ol>
      <p><a class="incident-link" href="${escapeHtml(incident.url)}">${escapeHtml(t('map.openIncident'))}</a></p>
    </div>`);
}

async function spotPopup(marker, latlng, total) {
  marker.bindPopup(t('map.loading'), { maxWidth: 360 }).openPopup();
  const query = currentFilters();
  query.set('lat', latlng.lat);
  query.set('lon', latlng.lng);
  const response = await fetch('/api/map/spot?' + query);
  if (!response.ok) { marker.setPopupContent(t('map.error')); return; }
  const incidents = await response.json();
  const items = incidents.map((i) => `<li><a href="/incidents/${i.id}"><span class="type-badge type-${i.type}">${escapeHtml(t('type.' + i.type))}</span>`
    + ` ${escapeHtml(i.date)}</a> — ${escapeHtml(i.place)}</li>`).join('');
  const more = total > incidents.length ? `<p>${escapeHtml(t('map.more', { n: total - incidents.length }))}</p>` : '';
  marker.setPopupContent(`<div class="popup"><p><strong>${escapeHtml(t('map.cluster.sameSpot', { n: total }))}</strong></p><ul class="spot-list">${items}</ul>${more}</div>`);
}

function draw(data) {
  layer.clearLayers();
  for (const feature of data.features) {
    const [lng, latitude] = feature.geometry.coordinates;
    const properties = feature.properties;
    if (properties.kind === 'incident') {
      const incident = properties.incident;
      const marker = L.marker([latitude, lng], {
        icon: incidentIcon(incident), keyboard: true,
        title: `${t('type.' + incident.type)}, ${incident.date}, ${incident.place}`,
        alt: `${t('type.' + incident.type)}, ${incident.date}, ${incident.place}`,
      });
      marker.on('click', () => incidentPopup(marker, incident.id));
      marker.addTo(layer);
    } else {
      const marker = L.marker([latitude, lng], { icon: clusterIcon(properties), keyboard: true, title: t('map.cluster', { n: properties.count }) });
      marker.on('click', () => {
        if (properties.sameSpot) {
          spotPopup(marker, marker.getLatLng(), properties.count);
        } else {
          const [w, s, e, n] = properties.bounds;
          map.fitBounds([[s, w], [n, e]], { padding: [40, 40], maxZoom: 16 });
        }
      });
      marker.addTo(layer);
    }
  }
  countLine.textContent = countText(data);
  countLine.dataset.total = data.total;
  countLine.dataset.shown = data.shown;
  showUnlocated(data.unlocated);
  showAreas(data.areas ?? []);
  // a signal for tests and the benchmark: how many markers the last answer drew, and when
  element.dataset.markersDrawn = String(data.features.length);
  performance.mark('markers-drawn');
}

/**
 * "12 incidents match: 10 on the map, 2 placed only to a country or region": the incidents of the side panel are
 * counted beside the markers, so the line never seems to lose them.
 */
function countText(data) {
  const areas = (data.areas ?? []).reduce((n, a) => n + a.count, 0);
  const values = { total: data.total, shown: data.shown, areas };
  if (areas > 0) {
    if (data.total === 1) return t('map.count.split.one', values);
    return t(areas === 1 ? 'map.count.split.oneArea' : 'map.count.split', values);
  }
  return data.total === 1 && data.shown <= 1 ? t('map.count.one', values) : t('map.count', values);
}

/** Incidents known only to a country or region, by area: a list beside the map, never a marker at the area's centre. */
function showAreas(areas) {
  const section = document.getElementById('vague-areas');
  if (!section) return;
  section.hidden = areas.length === 0;
  section.dataset.count = areas.reduce((n, a) => n + a.count, 0);
  document.getElementById('vague-list').replaceChildren(...areas.map((area) => {
    const item = document.createElement('li');
    // "Antwerp (province)": a province or region is never mistaken for the city of the same name
    const name = area.name === null ? t('map.areas.unnamed')
      : ['region', 'province'].includes(area.kind) ? `${area.name} (${t('place.kind.' + area.kind)})` : area.name;
    const text = escapeHtml(t('map.areas.item', { name, n: area.count }));
    if (area.key) {
      const query = currentFilters();
      query.set('city', area.key);
      // only the incidents this line counts: placed to the area itself, never a located one inside it
      query.delete('precision');
      query.set('vague', 'only');
      item.innerHTML = `<a href="/incidents?${escapeHtml(query.toString())}">${text}</a>`;
    } else {
      item.innerHTML = text;
    }
    return item;
  }));
}

function showUnlocated(unlocated) {
  const section = document.getElementById('unlocated');
  if (!section) return;
  section.hidden = unlocated.count === 0;
  document.getElementById('unlocated-count').textContent = t('map.unlocated', { n: unlocated.count });
  document.getElementById('unlocated-list').replaceChildren(...unlocated.first.map((i) => {
    const item = document.createElement('li');
    item.innerHTML = `<a href="/incidents/${i.id}">${escapeHtml(t('type.' + i.type))}, ${escapeHtml(i.date)}</a> — ${escapeHtml(i.place)}`;
    return item;
  }));
}

// --- loading: only what changed, and never two requests racing -------------------------
let inFlight;
let loaded = { key: null, bounds: null };

function viewBox() {
  // ask for a little more than the screen on every side, so small pans need no new request
  const padded = map.getBounds().pad(0.3);
  const clamp = (v, limit) => Math.max(-limit, Math.min(limit, v));
  return [clamp(padded.getWest(), 180), clamp(padded.getSouth(), 85), clamp(padded.getEast(), 180), clamp(padded.getNorth(), 85)]
    .map((v) => v.toFixed(4));
}

async function load(force = false) {
  const filters = currentFilters();
  const key = filters.toString() + '|' + map.getZoom();
  const visible = map.getBounds();
  if (!force && loaded.key === key && loaded.bounds && loaded.bounds.contains(visible)) return; // nothing changed
  const bbox = viewBox();
  const query = new URLSearchParams(filters);
  query.set('bbox', bbox.join(','));
  query.set('zoom', map.getZoom());
  inFlight?.abort();
  inFlight = new AbortController();
  element.setAttribute('aria-busy', 'true');
  try {
    const response = await fetch('/api/map?' + query, { signal: inFlight.signal, headers: { Accept: 'application/geo+json' } });
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      countLine.textContent = problem.detail ?? t('map.error');
      layer.clearLayers();
      return;
    }
    const data = await response.json();
    loaded = { key, bounds: L.latLngBounds([[+bbox[1], +bbox[0]], [+bbox[3], +bbox[2]]]) };
    draw(data);
    if (listOpen) showList();
  } catch (error) {
    if (error.name !== 'AbortError') countLine.textContent = t('map.error');
  } finally {
    element.removeAttribute('aria-busy');
  }
}

function rememberView() {
  const centre = map.getCenter();
  writeFilters(currentFilters(), { lat: centre.lat.toFixed(5), lon: centre.lng.toFixed(5), zoom: String(map.getZoom()) });
  updateLinks();
}

map.on('moveend', () => { rememberView(); load(); });

// a new city filter takes the map there, at a zoom that fits the kind of place
const ZOOM_FOR_KIND = { district: 13, municipality: 11, 'city-region': 11, city_region: 11, province: 8, region: 8, country: 7 };
let shownCity = currentFilters().get('city') ?? '';
async function goToCity(city) {
  const response = await fetch('/api/places?q=' + encodeURIComponent(city));
  if (!response.ok) return false;
  const [place] = await response.json();
  if (!place) return false;
  map.setView([place.lat, place.lon], ZOOM_FOR_KIND[place.kind] ?? 10);
  return true;
}
bindFilterForm(document.getElementById('filters'), async (filters) => {
  const city = filters.get('city') ?? '';
  if (city !== shownCity) {
    shownCity = city;
    if (city) await goToCity(city);
  }
  rememberView();
  load(true);
});

// --- the accessible list of what is in view --------------------------------------------
let listOpen = false;
const LIST_SIZE = 100;

async function showList() {
  const table = document.querySelector('#map-list tbody');
  if (!table) return;
  const query = currentFilters();
  const b = map.getBounds();
  query.set('bbox', [Math.max(-180, b.getWest()), Math.max(-90, b.getSouth()), Math.min(180, b.getEast()), Math.min(90, b.getNorth())]
    .map((v) => v.toFixed(4)).join(','));
  query.set('size', LIST_SIZE);
  const response = await fetch('/api/incidents?' + query);
  if (!response.ok) return;
  const page = await response.json();
  table.replaceChildren(...page.items.map((i) => {
    const row = document.createElement('tr');
    const place = [i.place.street, i.place.locality, i.place.district, i.place.city, i.place.country].filter(Boolean).join(', ');
    row.innerHTML = `<td><a href="${escapeHtml(i.url)}">${escapeHtml(i.date.label)}</a></td>`
      + `<td><span class="type-badge type-${i.type}">${escapeHtml(t('type.' + i.type))}</span></td>`
      + `<td>${escapeHtml(place)} <span class="precision geo-${i.place.precision}">${escapeHtml(t('geo.' + i.place.precision))}</span></td>`
      + `<td class="num">${count(i.killed)}</td><td class="num">${count(i.injured)}</td><td>${escapeHtml(readerSummary(i))}</td>`;
    return row;
  }));
  const more = document.getElementById('map-list-more');
  more.textContent = page.totalItems === 0 ? t('list.empty') : page.totalItems > LIST_SIZE ? t('list.more', { n: page.totalItems - LIST_SIZE }) : '';
}

const toggle = document.getElementById('list-toggle');
toggle?.addEventListener('click', () => {
  listOpen = !listOpen;
  document.getElementById('map-list').hidden = !listOpen;
  toggle.setAttribute('aria-expanded', String(listOpen));
  if (listOpen) showList();
});

// --- links that carry the view: the table, and the embed snippet ------------------------
function updateLinks() {
  const filters = currentFilters().toString();
  const toList = document.getElementById('to-list');
  if (toList) toList.href = '/incidents' + (filters ? '?' + filters : '');
  const code = document.getElementById('embed-code');
  if (code) {
    const src = `${window.location.origin}/embed/map${window.location.search}`;
    code.value = `<iframe src="${src}" width="100%" height="480" style="border:0" loading="lazy" title="Incident Atlas map"></iframe>`;
  }
}

document.getElementById('embed-link')?.addEventListener('click', (event) => {
  event.preventDefault();
  const box = document.getElementById('embed-box');
  box.hidden = false;
  box.open = true;
  document.getElementById('embed-code').select();
});

// --- the legend filters: a type shows only that type; the same again shows every type -----
function onlyType(type) {
  const form = document.getElementById('filters');
  const current = currentFilters().getAll('type');
  const alone = current.length === 1 && current[0] === type;
  if (form) {
    for (const box of form.querySelectorAll('input[name=type]')) {
      box.checked = alone ? box.dataset.family === 'violence' : box.value === type;
    }
    form.dispatchEvent(new Event('change', { bubbles: true }));
  } else {
    // the embed has no filter bar: reload it with the new filter, so its description line follows
    const query = new URLSearchParams(window.location.search);
    query.delete('type');
    query.delete('family');
    if (!alone) query.set('type', type);
    window.location.search = query.toString();
  }
  markLegend();
}

function markLegend() {
  const current = currentFilters().getAll('type');
  for (const button of document.querySelectorAll('button.legend-type')) {
    button.setAttribute('aria-pressed', String(current.length === 1 && current[0] === button.dataset.type));
  }
}

for (const button of document.querySelectorAll('button.legend-type')) {
  button.addEventListener('click', () => onlyType(button.dataset.type));
}
document.getElementById('filters')?.addEventListener('change', () => setTimeout(markLegend, 0));

if (embedded) map.scrollWheelZoom.disable();
updateLinks();
load(true);
