namespace Generator.Serve;

/// <summary>The preview's stylesheet and script, kept in the program (a downloaded executable has no files beside it).</summary>
internal static class PreviewAssets
{
    public const string Css = """
        body { font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 0; color: #222; }
        header { padding: .6em 1em; border-bottom: 1px solid #ccc; display: flex; gap: 1.5em; align-items: baseline; flex-wrap: wrap; }
        h1 { font-size: 1.2em; margin: 0; }
        .hint { color: #555; }
        #index { padding: 1em; }
        table.reports { border-collapse: collapse; }
        table.reports th, table.reports td { border: 1px solid #ddd; padding: .4em .8em; text-align: left; }
        a.report { display: inline-block; margin: .15em .3em; padding: .15em .5em; border-radius: 4px; text-decoration: none; color: #222; }
        .built { background: #e3f4e1; } .warnings { background: #fff4d6; } .errors { background: #fbe0e0; } .draft { background: #eee; }
        main.report-page { display: grid; grid-template-columns: minmax(18em, 32%) 1fr; height: calc(100vh - 3.2em); }
        #panel { overflow: auto; padding: .5em 1em; border-right: 1px solid #ccc; }
        #view { position: relative; }
        #view iframe { border: 0; width: 100%; height: 100%; background: #fff; }
        #view iframe.stale { opacity: .45; filter: grayscale(1); }
        .state { font-weight: bold; padding: .2em .5em; display: inline-block; border-radius: 4px; }
        ol.diagnostics { padding-left: 1.2em; }
        ol.diagnostics li { margin-bottom: .8em; }
        li.error .severity { color: #b00020; } li.warning .severity { color: #8a5a00; }
        pre.source { background: #f6f6f6; padding: .3em; overflow-x: auto; margin: .3em 0; }
        pre.source mark { background: #ffd54f; }
        .source-view pre { background: #f6f6f6; padding: .3em; overflow-x: auto; }
        .internal { color: #b00020; }
        .no-report { padding: 2em; color: #555; }
        #edit-status { margin: 0; color: #555; } #edit-status.failed { color: #b00020; font-weight: bold; } #edit-status.saved { color: #1b6e20; }
        """;

    /// <summary>Put into the report's frame by the script: how editable and computed figure cells look.</summary>
    public const string FrameCss = """
        td.gen-editable { cursor: pointer; } td.gen-editable:hover { background: #e8f0fe; outline: 1px dashed #4a74c9; }
        td.gen-fixed { cursor: not-allowed; } td.gen-saving { background: #fff3a0; }
        td input.gen-input { width: 100%; box-sizing: border-box; font: inherit; text-align: center; }
        """;

    /// <summary>
    /// Listens to /events; on a change refetches only what it shows (the index table, or the report's panel and,
    /// when its files changed, the frame, keeping the reader's scroll position).
    /// </summary>
    public static readonly string Script = ScriptText.Replace("FRAME_CSS", "\"" + System.Text.Encodings.Web.JavaScriptEncoder.Default.Encode(FrameCss) + "\"", StringComparison.Ordinal);

    private const string ScriptText = """
        'use strict';
        (() => {
          const body = document.body;
          const page = body.dataset.page;
          const events = new EventSource('/events');
          const fetchText = (url) => fetch(url, { cache: 'no-store' }).then(r => r.ok ? r.text() : Promise.reject(r.status));
          if (page === 'index') {
            events.addEventListener('report', () => fetchText('/fragment/index').then(html => { document.getElementById('index').innerHTML = html; }));
          }
          if (page === 'report') {
            const path = body.dataset.path;
            const showSource = (li) => {
              const url = '/source?file=' + encodeURIComponent(li.dataset.file) + '&line=' + encodeURIComponent(li.dataset.line);
              fetchText(url).then(html => {
                li.querySelectorAll('.source-view').forEach(e => e.remove());
                li.insertAdjacentHTML('beforeend', html);
              }).catch(() => {});
            };
            document.getElementById('panel').addEventListener('click', (e) => {
              const where = e.target.closest('a.where');
              if (where) { e.preventDefault(); showSource(where.closest('li')); }
            });
            const token = document.querySelector('meta[name="generator-token"]').content;
            const status = (text, kind) => {
              const p = document.getElementById('edit-status');
              p.textContent = text;
              p.className = kind || '';
            };
            let cells = null;
            const frameCss = FRAME_CSS;
            // Marks the figure cells of the report in the frame: which can be edited, and why the others cannot.
            const decorate = () => {
              const frame = document.getElementById('report');
              const doc = frame && frame.contentDocument;
              if (!cells || !doc || !doc.body) { return; }
              if (!doc.getElementById('gen-edit-style')) {
                const style = doc.createElement('style');
                style.id = 'gen-edit-style';
                style.textContent = frameCss;
                doc.head.appendChild(style);
              }
              const tables = doc.querySelectorAll('table');
              for (const c of cells.cells) {
                const row = tables[c.table] && tables[c.table].rows[c.row];
                const td = row && row.querySelectorAll('td')[c.cell];
                if (!td) { continue; }
                td.dataset.cell = c.id;
                td.classList.toggle('gen-editable', !c.reason);
                td.classList.toggle('gen-fixed', !!c.reason);
                td.title = c.reason || ('点击修改' + (c.unit ? '（金额按数据文件中的单位“' + c.unit + '”填写）' : '') + '：写入 ' + cells.file);
              }
              if (!doc.genWired) {
                doc.genWired = true;
                doc.addEventListener('click', (e) => edit(doc, e.target.closest && e.target.closest('td[data-cell]')));
              }
            };
            const loadCells = () => fetch(path + '/cells', { cache: 'no-store' }).then(r => r.json()).then(c => {
              cells = c;
              if (c.problems.length > 0) { status(c.problems.join(' '), 'failed'); }
              decorate();
            }).catch(() => {});
            const edit = (doc, td) => {
              if (!td || td.querySelector('input')) { return; }
              const cell = cells.cells.find(c => c.id === td.dataset.cell);
              if (!cell) { return; }
              if (cell.reason) { status(cell.reason, 'failed'); return; }
              const before = td.textContent;
              const input = doc.createElement('input');
              input.className = 'gen-input';
              input.value = before;
              input.setAttribute('aria-label', '修改这一格');
              td.textContent = '';
              td.appendChild(input);
              input.focus();
              input.select();
              let done = false;
              const finish = (save) => {
                if (done) { return; }
                done = true;
                const value = input.value;
                td.textContent = save ? value : before;
                if (!save || value === before) { return; }
                td.classList.add('gen-saving');
                status('正在写入……');
                const body = new URLSearchParams({ cell: cell.id, value: value, hash: cells.hash });
                fetch(path + '/edit', { method: 'POST', headers: { 'X-Generator-Token': token }, body: body })
                  .then(r => r.text().then(text => ({ ok: r.ok, text: text.trim() })))
                  .then(({ ok, text }) => {
                    status(text, ok ? 'saved' : 'failed');
                    if (!ok) { td.textContent = before; td.classList.remove('gen-saving'); }
                  })
                  .catch(() => { status('无法连接预览服务（serve 是否已停止？），没有写入。', 'failed'); td.textContent = before; td.classList.remove('gen-saving'); });
              };
              input.addEventListener('keydown', (e) => {
                if (e.key === 'Enter') { e.preventDefault(); finish(true); }
                if (e.key === 'Escape') { e.preventDefault(); finish(false); }
              });
              input.addEventListener('blur', () => finish(true));
            };
            // A new report replaces the frame's document in place: no reload, the reader stays where they were.
            const swap = (frame, version) => fetchText(path + '/report.html?v=' + version).then(html => {
              const doc = frame.contentDocument;
              const next = new DOMParser().parseFromString(html, 'text/html');
              const x = frame.contentWindow.scrollX;
              const y = frame.contentWindow.scrollY;
              doc.head.replaceWith(doc.importNode(next.head, true));
              doc.body.replaceWith(doc.importNode(next.body, true));
              frame.contentWindow.scrollTo(x, y);
            });
            const refresh = () => fetchText(path + '/panel').then(html => {
              document.getElementById('panel').innerHTML = html;
              const state = document.getElementById('panel-body').dataset;
              const view = document.getElementById('view');
              let frame = document.getElementById('report');
              let loaded = Promise.resolve();
              if (state.filesVersion !== body.dataset.filesVersion && state.filesVersion !== '0') {
                body.dataset.filesVersion = state.filesVersion;
                if (frame && frame.contentDocument && frame.contentDocument.body) {
                  loaded = swap(frame, state.filesVersion);
                } else {
                  if (!frame) {
                    view.innerHTML = '';
                    frame = document.createElement('iframe');
                    frame.id = 'report';
                    frame.title = '报告';
                    frame.setAttribute('sandbox', 'allow-same-origin');
                    view.appendChild(frame);
                  }
                  loaded = new Promise(resolve => frame.addEventListener('load', resolve, { once: true }));
                  frame.src = path + '/report.html?v=' + state.filesVersion;
                }
              }
              if (frame) { frame.classList.toggle('stale', state.stale === 'true'); }
              body.dataset.version = state.filesVersion;
              return loaded.then(loadCells);
            });
            const first = document.getElementById('report');
            if (first) {
              if (first.contentDocument && first.contentDocument.readyState === 'complete' && first.contentDocument.body && first.contentDocument.body.childElementCount > 0) { loadCells(); }
              first.addEventListener('load', loadCells);
            }
            events.addEventListener('report', (e) => {
              const data = JSON.parse(e.data);
              if (data.key === body.dataset.key) { refresh(); }
            });
          }
        })();
        """;
}
