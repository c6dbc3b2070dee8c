// The editor's incident form: more victim and source rows, sub-types that fit the type, and a
// map to place the point. Without JavaScript the form still works: one row of each, typed coordinates.
const form = document.querySelector('form.incident-form');

function addRow(button) {
  const rows = form.querySelectorAll('.' + button.dataset.rows);
  const last = rows[rows.length - 1];
  const copy = last.cloneNode(true);
  const next = rows.length;
  for (const field of copy.querySelectorAll('[name], [id], label[for]')) {
    for (const attr of ['name', 'id', 'for']) {
      const value = field.getAttribute(attr);
      if (value) field.setAttribute(attr, value.replace(/\[\d+\]/, '[' + next + ']').replace(/(\D)\d+(\.|$)/, '$1' + next + '$2'));
    }
    if (field.tagName === 'SELECT') field.selectedIndex = 0;
    else if (field.tagName === 'INPUT') field.value = '';
  }
  copy.querySelectorAll('.field-error').forEach((e) => e.remove());
  last.after(copy);
  copy.querySelector('input, select')?.focus();
}

function fitSubtypes() {
  const type = form.querySelector('select[name=type]');
  const subtype = form.querySelector('select[name=subtype]');
  if (!type || !subtype) return;
  for (const option of subtype.options) {
    if (!option.dataset.type) continue;
    const fits = !type.value || option.dataset.type === type.value;
    option.hidden = !fits;
    option.disabled = !fits;
    if (!fits && option.selected) subtype.value = '';
  }
}

function bindMap() {
  const element = document.getElementById('editor-map');
  if (!element || !window.L) return;
  const lat = form.querySelector('input[name=latitude]');
  const lon = form.querySelector('input[name=longitude]');
  const precision = form.querySelector('select[name=precision]');
  const known = () => lat.value.trim() !== '' && lon.value.trim() !== '' && !isNaN(Number(lat.value)) && !isNaN(Number(lon.value));
  const map = L.map(element, { scrollWheelZoom: false })
    .setView(known() ? [Number(lat.value), Number(lon.value)] : [51.0, 4.6], known() ? 15 : 7);
  L.tileLayer(element.dataset.tileUrl, { attribution: element.dataset.attribution, maxZoom: 19 }).addTo(map);
  let marker = null;
  const show = (latlng) => {
    if (marker) marker.setLatLng(latlng);
    else {
      marker = L.marker(latlng, { draggable: true, keyboard: true, title: element.getAttribute('aria-label') }).addTo(map);
      marker.on('dragend', () => write(marker.getLatLng()));
    }
  };
  const write = (latlng) => {
    lat.value = latlng.lat.toFixed(6);
    lon.value = latlng.lng.toFixed(6);
    // a pin the editor placed is the scene, unless they said otherwise
    if (precision && precision.value === '') precision.value = 'STREET';
    element.dataset.placed = 'true';
  };
  if (known()) show([Number(lat.value), Number(lon.value)]);
  map.on('click', (event) => { show(event.latlng); write(event.latlng); });
  for (const input of [lat, lon]) {
    input.addEventListener('change', () => { if (known()) { show([Number(lat.value), Number(lon.value)]); map.panTo([Number(lat.value), Number(lon.value)]); } });
  }
  window.atlasEditorMap = map;
}

if (form) {
  for (const button of form.querySelectorAll('button.add-row')) button.addEventListener('click', () => addRow(button));
  form.querySelector('select[name=type]')?.addEventListener('change', fitSubtypes);
  fitSubtypes();
  bindMap();
}
