// SPDX-License-Identifier: MIT
// The pace workspace page. Every piece of text from the questionnaire or the rubric goes into
// the DOM through textContent, never parsed as markup, so hostile notes and titles stay text. The
// page uses only the documented API (docs/workspace.md); the token travels in the cookie.
'use strict';

const page = {
  state: null,         // the last pace.serve-state/1 document
  process: null,       // id of the process shown
  block: 0,            // index into state.blocks of the instance/assessor shown
  focus: 0,            // index of the focused indicator in the shown list
  rows: [],            // the indicator rows shown: {id, element}
  busy: false,
};

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c);
  return node;
}

function showBanner(text, offerReload) {
  document.getElementById('banner-text').textContent = text;
  document.getElementById('reload').hidden = !offerReload;
  document.getElementById('banner').hidden = false;
}

function hideBanner() { document.getElementById('banner').hidden = true; }

async function api(method, path, body) {
  const options = { method, headers: {}, credentials: 'same-origin' };
  if (body !== undefined) {
    options.headers['Content-Type'] = 'application/json';
    options.body = JSON.stringify(body);
  }
  const response = await fetch(path, options);
  const type = response.headers.get('Content-Type') || '';
  const payload = type.startsWith('application/json') ? await response.json()
                                                       : await response.text();
  return { status: response.status, payload };
}

async function loadState() {
  const { status, payload } = await api('GET', '/api/state');
  if (status !== 200) {
    showBanner(typeof payload === 'string' ? payload : 'cannot load the state', false);
    return;
  }
  page.state = payload;
  render();
}

function scoreOf(processId) {
  const score = page.state.score;
  return score ? score.processes.find((p) => p.id === processId) : null;
}

function blocksOf(processId) {
  const out = [];
  page.state.blocks.forEach((b, i) => { if (b.process === processId) out.push(i); });
  return out;
}

function processDef(processId) {
  return page.state.processes.find((p) => p.id === processId);
}

function indicatorsOf(processId, blockIndex) {
  const def = processDef(processId);
  const block = page.state.blocks[blockIndex];
  if (!def || !block) return [];
  return def.indicators.filter((i) => i.level <= block.max_level);
}

function unratedCount(processId) {
  let count = 0;
  for (const b of blocksOf(processId)) {
    const ratings = page.state.blocks[b].ratings;
    for (const i of indicatorsOf(processId, b)) {
      const r = ratings[i.id];
      if (!r || r.rating === '') count++;
    }
  }
  return count;
}

function visibleProcesses() {
  const unrated = document.getElementById('filter-unrated').checked;
  const below = document.getElementById('filter-below').checked;
  const category = document.getElementById('filter-category').value;
  return page.state.processes.filter((p) => {
    if (blocksOf(p.id).length === 0) return false;
    const s = scoreOf(p.id);
    if (unrated && unratedCount(p.id) === 0) return false;
    if (below && !(s && s.gap > 0)) return false;
    if (category && p.category !== category) return false;
    return true;
  });
}

function renderProcessList() {
  const body = document.querySelector('#process-list tbody');
  body.replaceChildren();
  for (const p of visibleProcesses()) {
    const s = scoreOf(p.id);
    const row = el('tr', { 'data-process': p.id },
      el('td', { text: p.id + ' ' + p.name }),
      el('td', { text: s && s.assessed ? String(s.capability_level) : '-' }),
      el('td', { text: s && s.target_level !== null ? String(s.target_level) : '' }),
      el('td', { text: s ? String(s.gap) : '' }));
    if (p.id === page.process) row.classList.add('current');
    if (s && s.gap > 0) row.classList.add('below');
    row.addEventListener('click', () => showProcess(p.id));
    body.append(row);
  }
}

function renderCategories() {
  const select = document.getElementById('filter-category');
  const chosen = select.value;
  select.replaceChildren(el('option', { value: '', text: 'all' }));
  for (const c of page.state.categories) {
    select.append(el('option', { value: c.id, text: c.id + ' ' + c.name }));
  }
  select.value = chosen;
}

function renderRegister() {
  const list = document.getElementById('register');
  list.replaceChildren();
  for (const e of page.state.evidence) {
    list.append(el('li', { text: e.id + ': ' + e.title + (e.kind ? ' (' + e.kind + ')' : '') }));
  }
}

function describeBlock(b) {
  const parts = [];
  if (b.instance) parts.push('instance ' + b.instance);
  if (b.assessor) parts.push('assessor ' + b.assessor);
  return parts.length ? parts.join(', ') : 'the process';
}

function diagnosticsFor(blockIndex, indicatorId) {
  return page.state.diagnostics.filter((d) => d.block === blockIndex &&
                                              d.indicator === indicatorId);
}

function diagnosticNode(d) {
  return el('div', { class: 'diagnostic ' + d.severity, text: d.text });
}

function ratingControls(indicator, current) {
  const controls = el('div', { class: 'controls' });
  const values = page.state.scale.concat(['na']);
  for (const label of values) {
    const button = el('button', { type: 'button', 'data-rating': label, text: label });
    if (current === label) button.classList.add('on');
    button.addEventListener('click', () => edit(indicator, { rating: label }));
    controls.append(button);
  }
  const clear = el('button', { type: 'button', 'data-rating': '', text: 'clear' });
  clear.addEventListener('click', () => edit(indicator, { rating: '' }));
  controls.append(clear);
  const number = el('input', { class: 'number', type: 'number', min: '0', max: '100',
                               'aria-label': indicator + ' as a number' });
  if (/^[0-9.]+$/.test(current)) number.value = current;
  number.addEventListener('change', () => {
    if (number.value !== '') edit(indicator, { rating: number.value });
  });
  number.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape') { ev.preventDefault(); focusRow(page.focus); }
  });
  controls.append(number);
  return controls;
}

function evidenceControl(indicator, cited) {
  const select = el('select', { multiple: '', class: 'evidence',
                                'aria-label': indicator + ' evidence' });
  for (const e of page.state.evidence) {
    const option = el('option', { value: e.id, text: e.id + ' ' + e.title });
    option.selected = cited.includes(e.id);
    select.append(option);
  }
  select.size = Math.min(4, Math.max(2, page.state.evidence.length));
  select.addEventListener('change', () => {
    const ids = Array.from(select.selectedOptions).map((o) => o.value);
    edit(indicator, { evidence: ids });
  });
  select.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape') { ev.preventDefault(); focusRow(page.focus); }
  });
  return select;
}

function noteControl(indicator, note) {
  const input = el('input', { class: 'note', type: 'text', placeholder: 'note',
                              'aria-label': indicator + ' note' });
  input.value = note;
  const save = () => {
    if (input.value === note) return;
    note = input.value; // Enter saves, then the blur that follows must not save again
    edit(indicator, { note });
  };
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter') { ev.preventDefault(); save(); focusRow(page.focus); }
    if (ev.key === 'Escape') { ev.preventDefault(); input.value = note; focusRow(page.focus); }
  });
  input.addEventListener('blur', save);
  return input;
}

function renderIndicators() {
  const container = document.getElementById('indicators');
  // A note or number being typed survives the refresh that follows another change.
  const active = document.activeElement;
  let typing = null;
  if (active && active.matches && active.matches('.indicator input')) {
    typing = { id: active.closest('.indicator').dataset.indicator,
               kind: active.classList.contains('note') ? 'note' : 'number', value: active.value };
  }
  container.replaceChildren();
  page.rows = [];
  const block = page.state.blocks[page.block];
  const indicators = indicatorsOf(page.process, page.block);
  const attributes = page.state.attributes.filter((a) => a.level <= block.max_level);
  for (const a of attributes) {
    const group = el('div', { class: 'attribute' }, el('h3', { text: a.id + ' ' + a.name }));
    for (const i of indicators.filter((x) => x.attribute === a.id)) {
      const r = block.ratings[i.id] || { rating: '', note: '', evidence: [] };
      const row = el('div', { class: 'indicator', tabindex: '-1', 'data-indicator': i.id },
        el('div', { class: 'head' },
          el('span', { class: 'id', text: i.id }),
          el('span', { class: 'current', text: r.rating === '' ? '-' : r.rating }),
          el('span', { class: 'text', text: i.text })),
        ratingControls(i.id, r.rating),
        noteControl(i.id, r.note),
        evidenceControl(i.id, r.evidence));
      for (const d of diagnosticsFor(page.block, i.id)) row.append(diagnosticNode(d));
      const index = page.rows.length;
      row.addEventListener('click', () => { page.focus = index; markFocus(); });
      page.rows.push({ id: i.id, element: row });
      group.append(row);
    }
    container.append(group);
  }
  if (typing) {
    const row = page.rows.find((r) => r.id === typing.id);
    const input = row ? row.element.querySelector('input.' + typing.kind) : null;
    if (input) {
      input.value = typing.value;
      input.focus();
    }
  }
}

function renderScore() {
  const s = scoreOf(page.process);
  const block = page.state.blocks[page.block];
  document.getElementById('level').textContent = s && s.assessed ? String(s.capability_level) : '-';
  let line = '';
  if (s && s.target_level !== null) line = ' (target ' + s.target_level + ', gap ' + s.gap + ')';
  const instance = s ? s.instances.find((x) => x.instance === block.instance) : null;
  if (instance && s.instances.length > 1) {
    line += '; this instance: level ' + instance.capability_level;
  }
  document.getElementById('target-line').textContent = line;
  document.getElementById('why-not').textContent = s ? s.why_not_next : '';
  const body = document.querySelector('#attributes tbody');
  body.replaceChildren();
  const attributes = instance && s.instances.length > 1 ? instance.attributes : (s ? s.attributes : []);
  for (const a of attributes) {
    if (a.level > block.max_level) continue;
    body.append(el('tr', { 'data-attribute': a.id },
      el('td', { text: a.id }),
      el('td', { text: a.achievement === null ? '-' : a.achievement + '%' }),
      el('td', { text: a.rating === null ? '-' : a.rating }),
      el('td', { text: a.indicators_rated + '/' + a.indicators_total })));
  }
  renderFindings(s ? s.findings || [] : []);
  const blockDiags = document.getElementById('block-diagnostics');
  blockDiags.replaceChildren();
  for (const d of page.state.diagnostics) {
    if (d.block === page.block && d.indicator === null) blockDiags.append(diagnosticNode(d));
  }
}

// The assessor's findings on this process (read-only here), in the score's reading order.
function renderFindings(findings) {
  const box = document.getElementById('findings');
  const list = box.querySelector('ul');
  list.replaceChildren();
  for (const f of findings) {
    let head = f.id + ' ' + f.kind + (f.severity ? ' (' + f.severity + ')' : '');
    if (f.instance) head += ' [' + f.instance + ']';
    if (f.indicators.length) head += ' ' + f.indicators.join(', ');
    list.append(el('li', { 'data-finding': f.id }, el('strong', { text: head }),
      el('span', { text: ': ' + f.text })));
  }
  box.hidden = findings.length === 0;
}

function renderProcess() {
  const view = document.getElementById('process-view');
  const def = page.process ? processDef(page.process) : null;
  if (!def) { view.hidden = true; document.getElementById('empty').hidden = false; return; }
  document.getElementById('empty').hidden = true;
  view.hidden = false;
  document.getElementById('process-title').textContent = def.id + ' ' + def.name;
  document.getElementById('process-purpose').textContent = def.purpose;
  const select = document.getElementById('block');
  select.replaceChildren();
  for (const b of blocksOf(page.process)) {
    select.append(el('option', { value: String(b), text: describeBlock(page.state.blocks[b]) }));
  }
  select.value = String(page.block);
  renderScore();
  renderIndicators();
  markFocus();
}

function render() {
  document.getElementById('file').textContent = page.state.file;
  renderCategories();
  renderRegister();
  if (page.process && blocksOf(page.process).indexOf(page.block) < 0) {
    page.block = blocksOf(page.process)[0];
  }
  renderProcessList();
  renderProcess();
}

function showProcess(id) {
  page.process = id;
  page.block = blocksOf(id)[0];
  page.focus = 0;
  renderProcessList();
  renderProcess();
  focusRow(0);
}

function markFocus() {
  page.rows.forEach((r, i) => r.element.classList.toggle('focused', i === page.focus));
}

function focusRow(index) {
  if (page.rows.length === 0) return;
  page.focus = Math.max(0, Math.min(page.rows.length - 1, index));
  markFocus();
  const row = page.rows[page.focus].element;
  row.focus({ preventScroll: true });
  row.scrollIntoView({ block: 'nearest' });
}

async function edit(indicator, change) {
  const block = page.state.blocks[page.block];
  const body = Object.assign({ process: block.process, instance: block.instance,
                               assessor: block.assessor, indicator }, change);
  const { status, payload } = await api('POST', '/api/edit', body);
  if (status === 409) {
    showBanner(payload, true);
    return;
  }
  if (status !== 200) { showBanner(String(payload), false); return; }
  hideBanner();
  const scored = page.state.score.processes;
  const at = scored.findIndex((p) => p.id === payload.id);
  if (at >= 0) scored[at] = payload;
  renderScore();
  // Ratings, notes and diagnostics as the file now holds them.
  const keep = page.focus;
  await loadState();
  // Back to the indicator, unless the assessor is typing somewhere meanwhile.
  const active = document.activeElement;
  if (!active || active === document.body) focusRow(keep);
  else markFocus();
}

async function addEvidence(form) {
  const data = {};
  for (const [k, v] of new FormData(form).entries()) data[k] = v;
  const { status, payload } = await api('POST', '/api/evidence', data);
  if (status === 409) { showBanner(payload, true); return; }
  if (status !== 200) { showBanner(String(payload), false); return; }
  hideBanner();
  form.reset();
  page.state = payload;
  render();
}

function moveProcess(step) {
  const list = visibleProcesses();
  if (list.length === 0) return;
  const at = list.findIndex((p) => p.id === page.process);
  const next = at < 0 ? 0 : (at + step + list.length) % list.length;
  showProcess(list[next].id);
}

function onKey(ev) {
  const target = ev.target;
  const typing = target instanceof HTMLInputElement || target instanceof HTMLSelectElement ||
                 target instanceof HTMLTextAreaElement;
  if (typing || ev.ctrlKey || ev.metaKey || ev.altKey) return;
  const key = ev.key;
  if (key === ']') { moveProcess(1); ev.preventDefault(); return; }
  if (key === '[') { moveProcess(-1); ev.preventDefault(); return; }
  if (page.rows.length === 0) return;
  const row = page.rows[page.focus];
  const scale = page.state.scale;
  if (key === 'j' || key === 'ArrowDown') focusRow(page.focus + 1);
  else if (key === 'k' || key === 'ArrowUp') focusRow(page.focus - 1);
  else if ('nplf'.includes(key) && key.length === 1 && scale.includes(key.toUpperCase())) {
    edit(row.id, { rating: key.toUpperCase() });
  } else if (/^[1-9]$/.test(key) && Number(key) <= scale.length) {
    edit(row.id, { rating: scale[Number(key) - 1] });
  } else if (key === 'a') edit(row.id, { rating: 'na' });
  else if (key === 'x' || key === 'Delete') edit(row.id, { rating: '' });
  else if (key === 'e') row.element.querySelector('input.note').focus();
  else if (key === 'c') row.element.querySelector('select.evidence').focus();
  else if (key === '#') row.element.querySelector('input.number').focus();
  else if (key === 'i') {
    const blocks = blocksOf(page.process);
    page.block = blocks[(blocks.indexOf(page.block) + 1) % blocks.length];
    renderProcess();
    focusRow(page.focus);
  } else return;
  ev.preventDefault();
}

document.addEventListener('DOMContentLoaded', () => {
  document.addEventListener('keydown', onKey);
  document.getElementById('dismiss').addEventListener('click', hideBanner);
  document.getElementById('reload').addEventListener('click', async () => {
    hideBanner();
    await loadState();
  });
  for (const id of ['filter-unrated', 'filter-below', 'filter-category']) {
    document.getElementById(id).addEventListener('change', renderProcessList);
  }
  document.getElementById('block').addEventListener('change', (ev) => {
    page.block = Number(ev.target.value);
    renderProcess();
    focusRow(0);
  });
  document.getElementById('evidence-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    addEvidence(ev.target);
  });
  loadState();
});
