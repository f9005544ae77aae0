/**
 * The instructor page's script (served as /board.js): polls /api/board every
 * two seconds and redraws the grid and summary with DOM text nodes only, so
 * a name is never parsed as HTML.
 */
export const boardScript = `(() => {
  'use strict';
  const data = JSON.parse(document.getElementById('board-data').textContent);
  const t = data.texts;
  const key = new URLSearchParams(location.search).get('key') || '';
  let version = data.version;
  document.getElementById('csv').href = '/api/export.csv?key=' + encodeURIComponent(key);

  const el = (tag, text, attrs) => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = String(text);
    for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, value);
    return node;
  };
  const time = (iso) =>
    new Date(iso).toLocaleTimeString(data.lang === 'ko' ? 'ko-KR' : 'en-GB', { hour12: false });

  function draw(board) {
    const grid = document.getElementById('grid');
    grid.replaceChildren();
    const empty = document.getElementById('empty');
    if (empty) empty.hidden = board.rows.length > 0;
    grid.hidden = board.rows.length === 0;
    const head = el('tr');
    head.append(el('th', t.learner));
    for (const lab of board.labs) head.append(el('th', lab.id, { title: lab.title[data.lang] }));
    head.append(el('th', t.updated));
    const thead = el('thead');
    thead.append(head);
    const tbody = el('tbody');
    for (const row of board.rows) {
      const tr = el('tr');
      const name = el('th', row.name, { scope: 'row' });
      if (row.tag) name.append(' ', el('small', row.tag));
      tr.append(name);
      for (const lab of board.labs) {
        const cell = row.cells[lab.id];
        if (!cell) {
          tr.append(el('td', '-', { class: 'none' }));
          continue;
        }
        const verified = cell.verification === 'verified';
        const label = t[cell.status] + ' ' + cell.score + '/' + cell.maxScore +
          (verified ? t.verifiedMark : t.selfReportedMark);
        const title = time(cell.updatedAt) + ' · ' + t.verification[cell.verification];
        tr.append(el('td', label, { class: cell.status + (verified ? '' : ' self-reported'), title }));
      }
      tr.append(el('td', time(row.updatedAt)));
      tbody.append(tr);
    }
    grid.append(thead, tbody);
    const summary = document.querySelector('#summary tbody');
    summary.replaceChildren();
    for (const s of board.summary) {
      const tr = el('tr');
      tr.append(el('th', s.lab, { scope: 'row' }), el('td', s.submitted), el('td', s.passed),
        el('td', s.verifiedPassed),
        el('td', s.averageScore === null ? '-' : s.averageScore));
      summary.append(tr);
    }
    document.getElementById('count').textContent = t.learners.replace('{n}', String(board.rows.length));
  }

  async function poll() {
    const live = document.getElementById('live');
    try {
      const res = await fetch('/api/board?key=' + encodeURIComponent(key) + '&since=' + version);
      if (res.status === 200) {
        const board = await res.json();
        version = board.version;
        draw(board);
      }
      live.textContent = t.live;
      live.className = '';
    } catch {
      live.textContent = t.offline;
      live.className = 'offline';
    }
    setTimeout(poll, 2000);
  }
  setTimeout(poll, 2000);
})();
`;
