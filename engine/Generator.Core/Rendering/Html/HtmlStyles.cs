namespace Generator.Rendering.Html;

/// <summary>The embedded stylesheet. Screen: readable column. Print: A4, official margins, tables that do not split rows.</summary>
internal static class HtmlStyles
{
    public const string Css = """
:root {
  --body-font: "FangSong", "仿宋", "仿宋_GB2312", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", serif;
  --heading-font: "SimHei", "黑体", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
  --title-font: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", serif;
}
body { margin: 0; background: #fff; color: #000; font-family: var(--body-font); font-size: 16pt; line-height: 1.75; }
article { max-width: 46em; margin: 0 auto; padding: 2em 1.5em; }
h1 { font-family: var(--title-font); font-size: 22pt; font-weight: normal; text-align: center; line-height: 1.5; margin: 0 0 1em; }
h2 { font-family: var(--heading-font); font-size: 16pt; font-weight: normal; margin: 1em 0 0; text-indent: 2em; }
h3 { font-family: "KaiTi", "楷体", "楷体_GB2312", "STKaiti", var(--body-font); font-size: 16pt; font-weight: normal; margin: 0; text-indent: 2em; }
h4, h5, h6 { font-size: 16pt; font-weight: bold; margin: 0; text-indent: 2em; }
p { margin: 0; text-indent: 2em; text-align: justify; }
ul, ol { margin: 0; padding-left: 4em; }
a { color: #00478f; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; font-size: 10.5pt; line-height: 1.4; }
caption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
th, td { border: 1px solid #000; padding: 0.25em 0.4em; text-align: center; vertical-align: middle; font-weight: normal; }
th[scope="row"], th[scope="rowgroup"] { text-align: left; }
td { font-variant-numeric: tabular-nums; }
.signature { margin-top: 2em; text-align: right; }
.signature p { text-indent: 0; text-align: right; }
.graphic { max-width: 46em; margin: 0 auto; padding: 0 1.5em 2em; border-top: 1px solid #767676; }
.graphic figure { margin: 1em 0; text-align: center; }
.graphic img { max-width: 100%; height: auto; }
.graphic figcaption { font-size: 12pt; }
.graphic-figures th[scope="row"] { text-align: left; }
@media print {
  @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
  article { max-width: none; padding: 0; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  h1, h2, h3 { break-after: avoid; }
  a { color: inherit; text-decoration: none; }
  .page-break { break-after: page; }
  .graphic { display: none; }
}

""";
}
