// The filter bar every view shares. The URL query string is the single source of truth:
// filters are read from it, written back to it without a reload, and every view reads the
// same parameters (city, year, from, to, type, minKilled, q).

export const FILTER_PARAMS = ['city', 'year', 'from', 'to', 'type', 'family', 'minKilled', 'q'];

/** The filter part of the current URL, ready to append to an API call. */
export function currentFilters() {
  const all = new URLSearchParams(window.location.search);
  const filters = new URLSearchParams();
  for (const [key, value] of all) {
    if (FILTER_PARAMS.includes(key) && value !== '') filters.append(key, value);
  }
  return filters;
}

/**
 * Links marked data-keep-filters="/path" follow the current filters, so switching between
 * the map, the timeline and the analysis keeps them; data-keep-params="a,b" adds those view
 * parameters of the current URL too (the timeline's interval for its CSV); data-extra="a=b" adds
 * fixed parameters (the semicolon CSV's sep=semicolon).
 */
export function updateFilterLinks() {
  const current = new URLSearchParams(window.location.search);
  for (const link of document.querySelectorAll('a[data-keep-filters]')) {
    const query = currentFilters();
    for (const name of (link.dataset.keepParams ?? '').split(',').filter(Boolean)) {
      if (current.has(name)) query.set(name, current.get(name));
    }
    for (const [name, value] of new URLSearchParams(link.dataset.extra ?? '')) query.set(name, value);
    const text = query.toString();
    link.href = link.dataset.keepFilters + (text ? '?' + text : '');
  }
}

/** Replaces the filter part of the URL, keeping the view's own parameters (centre, zoom). */
export function writeFilters(filters, viewParams = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of new URLSearchParams(window.location.search)) {
    if (!FILTER_PARAMS.includes(key) && key !== 'page' && !(key in viewParams)) params.append(key, value);
  }
  for (const [key, value] of filters) params.append(key, value);
  for (const [key, value] of Object.entries(viewParams)) params.set(key, value);
  const query = params.toString();
  history.replaceState(null, '', window.location.pathname + (query ? '?' + query : ''));
  updateFilterLinks();
}

function formFilters(form) {
  const filters = new URLSearchParams();
  for (const [key, value] of new FormData(form)) {
    if (typeof value === 'string' && value.trim() !== '') filters.append(key, value.trim());
  }
  return filters;
}

/**
 * Applies the form in place: on every change the URL is rewritten and onChange receives the
 * new filters. Without onChange the form keeps its plain GET behaviour.
 */
export function bindFilterForm(form, onChange) {
  if (!form) return;
  document.body.dataset.filtersBound = 'true';
  suggestPlaces(form.querySelector('input[name=city]'), form.querySelector('#place-suggestions'));
  foldOnPhones(form);
  describe(form);
  form.addEventListener('change', () => describe(form));
  if (!onChange) {
    // a plain GET form: leave empty fields out of the URL
    form.addEventListener('submit', () => {
      for (const input of form.querySelectorAll('input')) if (input.value.trim() === '' && input.name) input.disabled = true;
      setTimeout(() => form.querySelectorAll('input:disabled').forEach((input) => { input.disabled = false; }), 0);
    });
    return;
  }
  let timer;
  const apply = () => {
    const filters = formFilters(form);
    writeFilters(filters);
    onChange(filters);
  };
  form.addEventListener('submit', (event) => { event.preventDefault(); apply(); });
  form.addEventListener('change', apply);
  form.addEventListener('input', (event) => {
    if (event.target.name === 'q') { clearTimeout(timer); timer = setTimeout(apply, 400); }
  });
}

/** On a phone the fields fold away behind one button; on a wide screen they stay open. */
function foldOnPhones(form) {
  const fold = form.querySelector('.filter-fold');
  if (!fold) return;
  const phone = window.matchMedia('(max-width: 700px)');
  fold.open = !phone.matches;
  phone.addEventListener('change', () => { fold.open = !phone.matches; });
}

/** The type menu's label names what is chosen; the fold's label sums up every filter that is set. */
function describe(form) {
  const label = form.querySelector('.types-label');
  const boxes = [...form.querySelectorAll('input[name=type]')];
  if (label && boxes.length) {
    const checked = boxes.filter((box) => box.checked);
    const family = (name) => boxes.filter((box) => box.dataset.family === name);
    const only = (name) => checked.length === family(name).length && checked.every((box) => box.dataset.family === name);
    let text;
    if (checked.length === 0) text = label.dataset.none;
    else if (checked.length === boxes.length) text = label.dataset.all;
    else if (only('violence')) text = label.dataset.violence;
    else if (only('enforcement')) text = label.dataset.enforcement;
    else if (checked.length <= 2) text = checked.map((box) => box.parentElement.querySelector('.type-name').textContent).join(', ');
    else text = label.dataset.some.replace('{n}', checked.length);
    label.textContent = text;
  }
  const state = form.querySelector('.filter-state');
  if (state) {
    const value = (name) => form.elements[name]?.value?.trim();
    // a ticked precision box (a link from the map's side panel) says so while the filters are folded
    const precision = form.querySelector('.precision-filter');
    const placed = precision && precision.querySelector('input:checked') ? precision.dataset.short : '';
    const parts = [value('city'), placed, value('year'), [value('from'), value('to')].filter(Boolean).join('–'), value('q') && `“${value('q')}”`,
      label?.textContent].filter(Boolean);
    state.textContent = parts.length ? '· ' + parts.join(' · ') : '';
  }
}

/** Type-ahead for places in any of their names: Anvers, Antwerpen and Antwerp all find Antwerp. */
function suggestPlaces(input, list) {
  if (!input || !list) return;
  let controller;
  input.addEventListener('input', async () => {
    const text = input.value.trim();
    if (text.length < 2) return;
    controller?.abort();
    controller = new AbortController();
    try {
      const response = await fetch('/api/places?q=' + encodeURIComponent(text), { signal: controller.signal });
      if (!response.ok) return;
      const places = await response.json();
      list.replaceChildren(...places.map((place) => {
        const option = document.createElement('option');
        option.value = place.value ?? place.name;
        option.label = `${place.name} (${[place.kindLabel, place.within].filter(Boolean).join(', ')})`;
        return option;
      }));
    } catch (error) {
      if (error.name !== 'AbortError') console.warn('place suggestions failed', error);
    }
  });
}

// Pages with a plain filter form (the list) get the type-ahead; the other views bind their own handler.
if (!document.body.dataset.filtersBound && !document.getElementById('map') && !document.querySelector('.analysis-page')) {
  bindFilterForm(document.getElementById('filters'));
}
updateFilterLinks();
