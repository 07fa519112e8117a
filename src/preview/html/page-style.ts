// The page's CSS. Colours: Okabe–Ito for kinds of mark (told apart by shape and size too), and
// viridis for the heatmap (ordered by lightness): both readable with colour-blindness and in grey.
export const PAGE_STYLE = `
:root{--run:#0072B2;--bar:#56B4E9;--overlap:#D55E00;--again:#CC79A7;--muted:#6b6b6b;--line:#d0d0d0;--label:14rem;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff}
body{margin:0 auto;max-width:90rem;padding:0 1rem 3rem;line-height:1.4}
h1{margin:.8rem 0 .2rem;font-size:1.6rem}h2{margin-top:2rem;border-bottom:2px solid #1a1a1a;font-size:1.3rem}h3{font-size:1rem;margin:.8rem 0 .3rem}
a{color:#00558a}a:focus-visible,input:focus-visible,summary:focus-visible{outline:3px solid #1a1a1a;outline-offset:2px}
code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;font-size:.9em;background:#f2f2f2;padding:0 .2em;border-radius:3px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:.5rem;background:#fff;padding:.3rem}
.summary{margin:.2rem 0}.findings-title{font-size:1rem;border:0;margin:.8rem 0 .2rem}
.findings{display:flex;flex-wrap:wrap;gap:.4rem 1.2rem;padding:0;margin:0;list-style:none}
.findings li{padding:.15rem .5rem;border-radius:4px;border:1px solid var(--line)}
.findings li.found{border-color:var(--overlap);border-width:2px}.findings li.found a{font-weight:600}
.controls{display:inline-flex;flex-wrap:wrap;gap:.8rem;border:1px solid var(--line);border-radius:4px;margin:.6rem 0;padding:.3rem .8rem}
.controls legend{font-weight:600;padding:0 .3rem}
.key{white-space:nowrap;margin-right:.8rem}.key svg{vertical-align:middle}
.tl{position:relative;margin-top:1.6rem}
.tl-axis{position:absolute;left:var(--label);right:0;top:-1.4rem;height:1.2rem;font-size:.75rem;color:var(--muted)}
.tl-axis span{position:absolute;white-space:nowrap;transform:translateX(2px)}
.tl-grid{position:absolute;left:var(--label);right:0;top:0;bottom:0;pointer-events:none}
.day-line,.noon-line{position:absolute;top:0;bottom:0;border-left:1px solid #b5b5b5}.noon-line{border-left:1px dotted var(--line)}
.tl-ns{content-visibility:auto;contain-intrinsic-size:auto 12rem}.tl-ns h3{margin:.5rem 0 .1rem;font-size:.85rem;color:var(--muted);font-weight:600}
.tl-row{display:grid;grid-template-columns:var(--label) 1fr;align-items:center;min-height:22px;border-top:1px solid #f0f0f0}
.tl-label{overflow:hidden;text-overflow:ellipsis;white-space:nowrap;font-size:.85rem;padding-right:.5rem}
.tl-track{width:100%;height:20px;display:block;overflow:visible}
.tl-row.suspended .tl-label{color:var(--muted);font-style:italic}
rect.mark{fill:var(--run)}.bar{fill:var(--bar);opacity:.45}.hour{fill:var(--run);opacity:.55}
rect.mark.overlap{fill:var(--overlap)}rect.mark.not-started{fill:#fff;stroke:var(--overlap);stroke-width:1.5;stroke-dasharray:2 1;vector-effect:non-scaling-stroke}
rect.mark.repeated{fill:var(--again)}.suspended rect.mark,.suspended .hour{fill:#9a9a9a}.suspended .bar{fill:#cfcfcf}
rect.band{fill:transparent}text.none{font-size:11px;fill:var(--muted)}
.tl-track rect:focus{outline:none;stroke:#1a1a1a;stroke-width:2.5;vector-effect:non-scaling-stroke}
.tl-track:focus-within{background:#fff8d6}
#tip{position:fixed;z-index:10;max-width:32rem;background:#1a1a1a;color:#fff;padding:.4rem .6rem;border-radius:4px;font-size:.8rem;pointer-events:none;box-shadow:0 2px 6px rgba(0,0,0,.3)}
.details{min-height:1.4rem;margin:.6rem 0;padding:.4rem .6rem;border-left:4px solid var(--run);background:#f5f9fc;font-size:.9rem}.details:empty{display:none}
.heat-svg{width:100%;max-width:60rem;display:block}
.heat-svg text{font-size:11px;text-anchor:middle;dominant-baseline:middle}.heat-svg .heat-day{text-anchor:start;font-size:13px}
.heat-svg .on-dark{fill:#fff}.heat-svg .on-light{fill:#1a1a1a}.heat-svg .heat-hour{fill:var(--muted)}
g.cell{cursor:pointer}g.cell:focus{outline:none}g.cell:focus rect{stroke:#e60000;stroke-width:3}
.minute{font-weight:600;font-variant-numeric:tabular-nums}
table{border-collapse:collapse;margin:.6rem 0;font-size:.85rem}caption{text-align:left;font-weight:600;padding:.3rem 0}
th,td{border:1px solid var(--line);padding:.2rem .45rem;text-align:left;vertical-align:top}thead th{background:#f2f2f2}
#heat-table td{text-align:right;font-variant-numeric:tabular-nums}
tr.affects td{background:#fff3e8}.utc,.offset{color:var(--muted)}
.alt summary{cursor:pointer;color:#00558a;margin:.4rem 0}
.panel{border:1px solid var(--line);border-radius:6px;padding:.2rem .9rem .6rem;margin:.8rem 0;break-inside:avoid;content-visibility:auto;contain-intrinsic-size:auto 26rem}
.panel.suspended{border-style:dashed}.tag{font-size:.75rem;font-weight:600;border:1px solid var(--muted);border-radius:3px;padding:0 .3rem;margin-left:.4rem}
.panel dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem .9rem;margin:.4rem 0}.panel dt{color:var(--muted)}.panel dd{margin:0}
.annotations{margin:0;padding-left:1rem}.next{margin-top:.2rem}
@media (max-width:48rem){:root{--label:8rem}}
@media print{
 :root{--label:11rem}body{max-width:none;padding:0;font-size:10pt}
 .controls,.skip,#tip,noscript,.alt summary{display:none}
 a{color:inherit;text-decoration:none}h2{break-after:avoid}section{break-before:auto}
 .tl-row{break-inside:avoid}.details:empty{display:none}.panel,.tl-ns{content-visibility:visible}
 .tl-track,.heat-svg{print-color-adjust:exact;-webkit-print-color-adjust:exact}
}
`;
