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
        """;

    /// <summary>
    /// Listens to /events; on a change refetches only what it shows (the index table, or the report's panel and,
    /// when its files changed, the frame, keeping the reader's scroll position).
    /// </summary>
    public const string Script = """
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
            const refresh = () => fetchText(path + '/panel').then(html => {
              document.getElementById('panel').innerHTML = html;
              const state = document.getElementById('panel-body').dataset;
              const view = document.getElementById('view');
              let frame = document.getElementById('report');
              if (state.filesVersion !== body.dataset.filesVersion && state.filesVersion !== '0') {
                body.dataset.filesVersion = state.filesVersion;
                if (!frame) {
                  view.innerHTML = '';
                  frame = document.createElement('iframe');
                  frame.id = 'report';
                  frame.title = '报告';
                  frame.setAttribute('sandbox', 'allow-same-origin');
                  view.appendChild(frame);
                }
                const x = frame.contentWindow ? frame.contentWindow.scrollX : 0;
                const y = frame.contentWindow ? frame.contentWindow.scrollY : 0;
                frame.addEventListener('load', () => frame.contentWindow.scrollTo(x, y), { once: true });
                frame.src = path + '/report.html?v=' + state.filesVersion;
              }
              if (frame) { frame.classList.toggle('stale', state.stale === 'true'); }
              body.dataset.version = state.filesVersion;
            });
            events.addEventListener('report', (e) => {
              const data = JSON.parse(e.data);
              if (data.key === body.dataset.key) { refresh(); }
            });
          }
        })();
        """;
}
