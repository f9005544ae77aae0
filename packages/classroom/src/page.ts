import type { Board } from './board.ts';
import { escapeHtml as e, jsonForScript } from './html.ts';
import { learnerCommand } from './learner-command.ts';
import { type Lang, type PageTexts, pageTexts } from './messages.ts';
import type { Cell } from './store.ts';

export interface PageOptions {
  lang: Lang;
  /** The address learners submit to, shown in their command. */
  submitUrl: string;
}

function time(iso: string, lang: Lang): string {
  return new Date(iso).toLocaleTimeString(lang === 'ko' ? 'ko-KR' : 'en-GB', { hour12: false });
}

function cellHtml(cell: Cell | undefined, t: PageTexts, lang: Lang): string {
  if (!cell) return '<td class="none">-</td>';
  const verified = cell.verification === 'verified';
  const title = `${time(cell.updatedAt, lang)} · ${t.verification[cell.verification]}`;
  const mark = verified ? t.verifiedMark : t.selfReportedMark;
  const classes = `${cell.status}${verified ? '' : ' self-reported'}`;
  return `<td class="${classes}" title="${e(title)}">${e(t[cell.status])} ${cell.score}/${cell.maxScore}${e(mark)}</td>`;
}

/** The instructor's page, rendered on the server; /board.js keeps it up to date. */
export function renderPage(board: Board, options: PageOptions): string {
  const { lang } = options;
  const t = pageTexts(lang);
  const command = learnerCommand(options.submitUrl, board.code, t.namePlaceholder);
  const head = board.labs.map((lab) => `<th title="${e(lab.title[lang])}">${e(lab.id)}</th>`);
  const rows = board.rows.map(
    (row) =>
      `<tr><th scope="row">${e(row.name)}${row.tag ? ` <small>${e(row.tag)}</small>` : ''}</th>${board.labs
        .map((lab) => cellHtml(row.cells[lab.id], t, lang))
        .join('')}<td>${e(time(row.updatedAt, lang))}</td></tr>`,
  );
  const summary = board.summary.map(
    (s) =>
      `<tr><th scope="row">${e(s.lab)}</th><td>${s.submitted}</td><td>${s.passed}</td><td>${s.verifiedPassed}</td><td>${s.averageScore ?? '-'}</td></tr>`,
  );
  const grid = board.rows.length
    ? `<table id="grid"><thead><tr><th>${e(t.learner)}</th>${head.join('')}<th>${e(t.updated)}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
    : `<table id="grid" hidden></table><p id="empty">${e(t.empty)}</p>`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(t.title)}</title>
<link rel="stylesheet" href="/board.css">
</head>
<body>
<header>
<h1>${e(t.title)}</h1>
<p class="code">${e(t.joinCode)}: <strong id="code">${e(board.code)}</strong></p>
<p>${e(t.learnerCommand)}: <code id="command">${e(command)}</code></p>
<p><a id="csv" href="/api/export.csv">${e(t.exportCsv)}</a> · <span id="live">${e(t.live)}</span> · <span id="count">${e(t.learners.replace('{n}', String(board.rows.length)))}</span></p>
</header>
<main>
${grid}
<h2>${e(t.summary)}</h2>
<table id="summary"><thead><tr><th></th><th>${e(t.submitted)}</th><th>${e(t.passed)}</th><th>${e(t.verifiedPassed)}</th><th>${e(t.average)}</th></tr></thead><tbody>${summary.join('')}</tbody></table>
</main>
<script type="application/json" id="board-data">${jsonForScript({ lang, texts: t, version: board.version })}</script>
<script src="/board.js"></script>
</body>
</html>
`;
}

export function unauthorizedPage(lang: Lang): string {
  const t = pageTexts(lang);
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${e(t.title)}</title></head><body><p>${e(t.unauthorized)}</p></body></html>\n`;
}

export const boardCss = `body{font-family:system-ui,sans-serif;margin:1.5rem;color:#1b1b1f}
h1{font-size:1.4rem}.code strong{font-size:2.2rem;letter-spacing:.2em}
code{background:#f1f1f4;padding:.2em .4em;border-radius:4px}
table{border-collapse:collapse;margin:1rem 0}th,td{border:1px solid #d0d0d8;padding:.35rem .6rem;text-align:left}
td.pass{background:#d8f5dc}td.self-reported{background-image:repeating-linear-gradient(45deg,transparent 0 6px,rgba(0,0,0,.06) 6px 12px)}td.fail{background:#fff4cc}td.error{background:#ffd9d9}td.none{color:#999}
#live.offline{color:#b00020}`;
