//! The style sheet every HTML document carries inline: screen and A4 print.

pub(super) const STYLE: &str = r#"
:root{--ink:#1b1b1b;--muted:#4f5661;--line:#b7bdc6;--zebra:#f1f3f6;--head:#e3e9f1;--accent:#1f5fa8;--ok:#1e7b34;--bad:#b3261e;--na:#8a5a00}
*{box-sizing:border-box}
html{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0;background:#fff;color:var(--ink);font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans","DejaVu Sans",Arial,sans-serif;font-size:1rem;line-height:1.45}
main{max-width:60rem;margin:0 auto;padding:1.5rem 1.25rem 2rem}
h1{font-size:1.75rem;line-height:1.2;margin:0 0 1rem}
h2{font-size:1.35rem;line-height:1.25;color:var(--accent);border-bottom:2px solid var(--accent);padding-bottom:.2rem;margin:2rem 0 .75rem}
h3{font-size:1.1rem;line-height:1.3;margin:1.4rem 0 .5rem}
p,ul,ol{margin:.5rem 0}
a{color:var(--accent)}
.muted{color:var(--muted)}
.empty{color:var(--muted);font-style:italic}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:.5rem 0 1rem}
dl.meta dt{font-weight:600}
dl.meta dd{margin:0}
nav.toc{background:var(--zebra);border:1px solid var(--line);padding:.4rem .8rem;font-size:.9rem}
nav.toc ul{display:flex;flex-wrap:wrap;gap:.2rem 1.2rem;list-style:none;padding:0;margin:.2rem 0}
table{width:100%;border-collapse:collapse;margin:.5rem 0 1rem;font-size:.9rem}
th,td{border:1px solid var(--line);padding:.3rem .45rem;text-align:left;vertical-align:top}
thead th{background:var(--head);font-weight:600}
tbody tr:nth-child(even){background:var(--zebra)}
th.num,td.num{text-align:right;font-variant-numeric:tabular-nums}
th.c,td.c{text-align:center;font-variant-numeric:tabular-nums}
td.num,td.c{white-space:nowrap}
td.id{font-weight:600;overflow-wrap:anywhere}
td.src{font-size:.75rem;color:var(--muted);overflow-wrap:anywhere}
td.st{font-weight:600}
table.ranking td.num{white-space:normal}
table.requirements{table-layout:fixed}
col.w-id{width:13%}
col.w-title{width:22%}
col.w-lvl{width:8.5%}
col.w-st{width:15%}
col.w-pts{width:9%}
col.w-src{width:24%}
.st-ok{color:var(--ok)}
.st-bad{color:var(--bad)}
.st-na{color:var(--na)}
tr.gap td:first-child{box-shadow:inset 4px 0 0 var(--bad)}
tr.na td:first-child{box-shadow:inset 4px 0 0 var(--na)}
.fit{display:inline-flex;align-items:center;gap:.5rem;white-space:nowrap}
.bar{display:inline-block;width:8rem;height:.85rem;border:1px solid #3d3d3d;background:#fff}
.bar>span{display:block;height:100%;background:var(--accent)}
.val{font-variant-numeric:tabular-nums;font-weight:600}
.rule{border-left:4px solid var(--accent);background:#f3f6fa;padding:.5rem .8rem}
figure{margin:.75rem 0 1.25rem}
figcaption{font-size:.85rem;color:var(--muted);margin-top:.3rem}
svg.chart{display:block;width:100%;height:auto}
svg.radar{max-width:36rem;margin:0 auto}
.areas{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;align-items:center}
.areas figure{flex:1 1 28rem;margin:0}
.areas table{flex:0 0 auto;width:auto;margin:0}
.legend{font-size:.85rem;margin:.25rem 0 .5rem}
.legend span.sym{font-weight:700;margin-left:.6rem}
.sw{display:inline-block;width:1.6rem;vertical-align:middle;margin:0 .3rem 0 .9rem}
.legend .sw:first-child{margin-left:0}
.sw-req{height:.75rem;border:1.5px solid #222}
.sw-range{height:.75rem;border:1.5px dashed #222}
.sw-ok{height:.45rem;background:var(--ok)}
.sw-bad{height:.45rem;background:var(--bad)}
blockquote{margin:.25rem 0 1rem;padding:.4rem .8rem;border-left:4px solid var(--line);background:var(--zebra)}
blockquote p{margin:.2rem 0}
ol.steps{list-style:none;padding:0;margin:0}
.step,.item{border:1px solid var(--line);border-radius:4px;padding:.3rem 1rem .6rem;margin:0 0 .9rem}
.step h3{margin:.5rem 0}
.item h2{font-size:1.1rem;color:inherit;border:0;padding:0;margin:.4rem 0 .1rem}
.item p,.item ol{margin:.3rem 0}
.item blockquote{margin:.3rem 0 .4rem}
.scale{display:inline-flex;gap:2px;vertical-align:-.1rem;margin-right:.5rem}
.scale i{display:inline-block;width:.85rem;height:.85rem;border:1px solid #9aa1ab;background:#fff}
.scale i.on{background:var(--accent);border-color:var(--accent)}
.scale i.want{border:2px solid var(--ink)}
.scale i.on.want{border:2px solid var(--ink)}
ul.actions{list-style:"☐  ";padding-left:1.6rem}
ul.codes{padding-left:1.6rem}
dl.fill{display:grid;grid-template-columns:max-content 1fr;gap:1rem 1rem;max-width:38rem;margin:1rem 0 1.5rem}
dl.fill dt{font-weight:600}
dl.fill dd{margin:0;border-bottom:1px solid #333;min-height:1.4rem}
.facts{color:var(--muted);font-size:.9rem}
.lines div{border-bottom:1px solid #8a8f97;height:1.75rem}
.item p.observed{margin:.7rem 0 .1rem}
.box{margin-left:1.1rem;white-space:nowrap;font-variant-numeric:tabular-nums}
.box::before{content:"";display:inline-block;width:1.05em;height:1.05em;border:1.5px solid #222;margin-right:.3em;background:#fff;vertical-align:-.2em}
ul.duties{list-style:none;padding:0}
ul.duties li{display:grid;grid-template-columns:2.2rem 1fr;align-items:baseline;padding:.2rem 0}
.mark{display:inline-block;width:1.5rem;text-align:center;font-weight:700;font-size:.8rem;border:1.5px solid #222;border-radius:3px}
.mark-t{background:#222;color:#fff}
.mark-p{background:#fff;color:#222}
.ecf{color:var(--muted);font-size:.85rem;white-space:nowrap}
ul.links{list-style:none;padding:0;margin:.1rem 0 0 .8rem;font-size:.9rem}
ul.links li{display:block;padding:0}
.involvement{font-style:italic}
p.rule{font-size:.9rem}
td.basis{font-size:.85rem}
footer{max-width:60rem;margin:0 auto;padding:.5rem 1.25rem 2rem;font-size:.8rem;color:var(--muted)}
footer p{border-top:1px solid var(--line);padding-top:.5rem;margin:0}
@page{size:A4;margin:15mm}
@media print{
html{font-size:10pt}
table{font-size:.85rem}
td.src{font-size:.68rem}
main{max-width:none;padding:0}
footer{max-width:none;padding:0;margin-top:1rem}
nav.toc{display:none}
a{color:inherit;text-decoration:none}
.page>h2:first-child{margin-top:0}
.page{break-before:page}
h1,h2,h3{break-after:avoid}
tr,figure,svg,blockquote,.areas,.step,.item,.rule,.group,dl.fill{break-inside:avoid}
thead{display:table-header-group}
}
"#;
