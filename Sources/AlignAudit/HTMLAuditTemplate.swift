/// The audit page. Rules for editing it: only `{{name}}` variables (escaped), never `{{{ }}}` or
/// `{{& }}`; no `<script>`, no `on…=` attribute, no `src=`, no `url(`, no http(s) address: the
/// page must open anywhere, offline, and nothing from the corpus may run in it.
enum HTMLAuditTemplate {
    static let page = #"""
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="align {{version}}">
<title>{{title}}</title>
<style>
:root { --ink: #1d2330; --muted: #5b6475; --line: #d9dde5; --paper: #ffffff; --soft: #f5f7fa; }
* { box-sizing: border-box; }
body { margin: 0; background: var(--soft); color: var(--ink); font: 15px/1.5 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1080px; margin: 0 auto; padding: 28px 32px 48px; background: var(--paper); }
h1 { font-size: 26px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 36px 0 10px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
h3 { font-size: 16px; margin: 20px 0 6px; }
.meta { color: var(--muted); margin: 0 0 18px; }
.headline { display: flex; align-items: center; gap: 24px; padding: 18px 22px; border: 1px solid var(--line); border-radius: 10px; background: var(--soft); }
.score { font-size: 56px; font-weight: 700; line-height: 1; }
.score small { font-size: 20px; color: var(--muted); font-weight: 400; }
.verdict { font-size: 22px; font-weight: 600; text-transform: capitalize; }
.comparison { color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: 8px 0; }
th, td { border: 1px solid var(--line); padding: 6px 9px; text-align: left; vertical-align: top; }
th { background: var(--soft); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
tr.total td { font-weight: 700; }
.matrix td.state { text-align: center; white-space: nowrap; font-weight: 600; }
.matrix .statement { color: var(--muted); font-size: 13px; }
.consistent { background: #e3f3e6; color: #1b5e20; }
.hedged { background: #fff3cd; color: #7a5200; }
.conflicting { background: #fde2e1; color: #a3161a; }
.missing { background: #eceff3; color: #424a57; }
.not-required { background: #ffffff; color: #98a0ad; font-weight: 400 !important; }
.legend { display: flex; flex-wrap: wrap; gap: 10px; margin: 6px 0 10px; padding: 0; list-style: none; }
.legend li { padding: 2px 10px; border: 1px solid var(--line); border-radius: 4px; font-size: 13px; }
.card { border: 1px solid var(--line); border-left: 5px solid #c62828; border-radius: 6px; padding: 10px 14px; margin: 12px 0; break-inside: avoid; page-break-inside: avoid; }
.card h3 { margin: 0 0 8px; }
.card .kind { color: var(--muted); font-weight: 400; }
.sides { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
blockquote { margin: 0; padding: 8px 12px; background: var(--soft); border-radius: 4px; }
blockquote p { margin: 4px 0 0; }
.where { font-size: 13px; color: var(--muted); }
.value { font-weight: 700; }
a { color: #1f3a93; }
code, .path { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 13px; }
.empty { color: var(--muted); font-style: italic; }
.counts { width: auto; }
svg text { font-family: -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: var(--ink); }
svg .axis { stroke: #c5cad3; stroke-width: 1; }
svg .track { fill: #eef0f4; }
.charts { display: grid; grid-template-columns: 1fr 1fr; gap: 24px; align-items: start; }
figure { margin: 0; }
figcaption { font-weight: 600; color: var(--muted); margin-bottom: 4px; }
figure svg { width: 100%; height: auto; display: block; }
footer { margin-top: 40px; padding-top: 12px; border-top: 2px solid var(--line); color: var(--muted); font-size: 13px; }
@media (max-width: 760px) { .sides, .charts { grid-template-columns: 1fr; } main { padding: 16px; } }
@page { size: auto; margin: 14mm 12mm; }
@media print {
  body { background: #ffffff; font-size: 11pt; }
  main { max-width: none; padding: 0; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2, h3, figcaption { break-after: avoid; page-break-after: avoid; }
  tr, .card, svg, .headline { break-inside: avoid; page-break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  .sides, .charts { grid-template-columns: 1fr 1fr; }
  .charts { gap: 12px; }
}
</style>
</head>
<body>
<main>
<header>
<h1>{{title}}</h1>
<p class="meta">As of {{asOf}} · {{documents}} documents{{#commit}} · commit <code>{{.}}</code>{{/commit}} · align {{version}}</p>
</header>

<section class="headline" aria-label="Overall score">
<div class="score" style="color: {{scoreColor}}">{{score}}<small> / 100</small></div>
<div>
<div class="verdict">{{verdict}}</div>
{{#comparison}}<div class="comparison">{{.}}</div>{{/comparison}}
</div>
</section>

<h2>Scores</h2>
<div class="charts">
<figure>
<figcaption>By channel (0–100)</figcaption>
{{#bars}}
<svg role="img" aria-label="Alignment score per channel, 0 to 100" viewBox="0 0 {{width}} {{height}}">
{{#ticks}}<line class="axis" x1="{{x}}" y1="4" x2="{{x}}" y2="{{axisBottom}}"/><text x="{{x}}" y="{{height}}" dy="-6" font-size="11" text-anchor="middle">{{label}}</text>
{{/ticks}}
{{#bars}}<text x="92" y="{{labelY}}" font-size="14" text-anchor="end">{{label}}</text><rect class="track" x="100" y="{{y}}" width="{{trackWidth}}" height="24" rx="3"/><rect x="100" y="{{y}}" width="{{width}}" height="24" rx="3" fill="{{fill}}"/><text x="{{valueX}}" y="{{labelY}}" font-size="14" font-weight="700">{{valueText}}</text>
{{/bars}}
</svg>
{{/bars}}
</figure>
<figure>
<figcaption>Trend per quarter</figcaption>
{{^trend}}<p class="empty">No earlier quarter is recorded. Record a run each quarter with <code>align audit --record</code>, or compute past quarters from git with <code>align audit --backfill 4</code>.</p>{{/trend}}
{{#trend}}
<svg role="img" aria-label="Overall and per-channel score per quarter" viewBox="0 0 {{width}} {{height}}">
{{#grid}}<line class="axis" x1="40" y1="{{y}}" x2="{{gridRight}}" y2="{{y}}"/><text x="32" y="{{labelY}}" font-size="11" text-anchor="end">{{label}}</text>
{{/grid}}
{{#xLabels}}<text x="{{x}}" y="{{xLabelY}}" font-size="12" text-anchor="middle">{{label}}</text>
{{/xLabels}}
{{#series}}<polyline fill="none" stroke="{{color}}" stroke-width="{{strokeWidth}}" stroke-dasharray="{{dash}}" points="{{points}}"/>
{{#dots}}<circle cx="{{x}}" cy="{{y}}" r="4" fill="{{color}}"/><text x="{{x}}" y="{{labelY}}" font-size="12" font-weight="700" text-anchor="middle">{{label}}</text>
{{/dots}}
<rect x="{{legendX}}" y="8" width="14" height="4" fill="{{color}}"/><text x="{{legendX}}" y="14" dx="18" font-size="12">{{name}}</text>
{{/series}}
</svg>
{{/trend}}
</figure>
</div>
<table>
<thead><tr><th>channel</th><th class="num">documents</th><th class="num">score</th><th class="num">change</th><th class="num">stated</th><th class="num">hedged</th><th class="num">conflicting</th><th class="num">missing</th><th class="num">wording findings</th><th class="num">deduction</th></tr></thead>
<tbody>
{{#channels}}<tr><td>{{channel}}</td><td class="num">{{documents}}</td><td class="num">{{score}}</td><td class="num">{{change}}</td><td class="num">{{consistent}}</td><td class="num">{{hedged}}</td><td class="num">{{conflicting}}</td><td class="num">{{missing}}</td><td class="num">{{wording}}</td><td class="num">{{deduction}}</td></tr>
{{/channels}}
{{#overall}}<tr class="total"><td>{{channel}}</td><td class="num">{{documents}}</td><td class="num">{{score}}</td><td class="num">{{change}}</td><td class="num">{{consistent}}</td><td class="num">{{hedged}}</td><td class="num">{{conflicting}}</td><td class="num">{{missing}}</td><td class="num">{{wording}}</td><td class="num">{{deduction}}</td></tr>{{/overall}}
</tbody>
</table>

<h2>Promises × channels</h2>
<ul class="legend" aria-label="Legend">
{{#legend}}<li class="{{css}}">{{symbol}} {{label}}</li>
{{/legend}}
</ul>
<table class="matrix">
<thead><tr><th>promise</th>{{#channelNames}}<th>{{.}}</th>{{/channelNames}}</tr></thead>
<tbody>
{{#matrix}}<tr><td><strong>{{promise}}</strong>{{#value}} <span class="value">({{.}})</span>{{/value}}<div class="statement">{{statement}}</div></td>{{#cells}}<td class="state {{css}}">{{symbol}} {{label}}</td>{{/cells}}</tr>
{{/matrix}}
{{^matrix}}<tr><td colspan="4" class="empty">expect.yml lists no promises.</td></tr>{{/matrix}}
</tbody>
</table>

<h2>Conflicts ({{conflictCount}})</h2>
{{^conflicts}}<p class="empty">No document contradicts a promise.</p>{{/conflicts}}
{{#conflicts}}
<article class="card">
<h3>{{promise}}{{#channel}} · {{.}}{{/channel}} <span class="kind">— {{kind}} ({{rule}})</span></h3>
<div class="sides">
{{#claim}}<blockquote><div class="where">this document · <a class="path" href="{{link.href}}">{{link.text}}</a>{{#value}} · says <span class="value">{{.}}</span>{{/value}}</div><p>“{{quote}}”</p></blockquote>{{/claim}}
{{#other}}<blockquote><div class="where">{{#canonical}}the expectation statement{{/canonical}}{{^canonical}}the other side{{/canonical}} · <a class="path" href="{{link.href}}">{{link.text}}</a>{{#value}} · says <span class="value">{{.}}</span>{{/value}}</div><p>“{{quote}}”</p></blockquote>{{/other}}
</div>
</article>
{{/conflicts}}

<h2>Terminology drift by channel</h2>
{{^terminology}}<p class="empty">Every document uses the preferred terms.</p>{{/terminology}}
{{#terminology}}
<h3>{{channel}} ({{total}})</h3>
<table>
<thead><tr><th>term used</th><th>preferred</th><th class="num">uses</th><th>where</th></tr></thead>
<tbody>
{{#terms}}<tr><td>{{term}}</td><td>{{preferred}}</td><td class="num">{{count}}</td><td>{{#places}}<a class="path" href="{{href}}">{{text}}</a> {{/places}}{{#more}}and {{.}} more{{/more}}</td></tr>
{{/terms}}
</tbody>
</table>
{{/terminology}}

<h2>Wording findings</h2>
{{#wording}}
<table class="counts">
<tbody>
<tr><td>terminology</td><td class="num">{{terminology}}</td></tr>
<tr><td>avoided phrases</td><td class="num">{{avoidPhrase}}</td></tr>
<tr><td>impersonal greetings</td><td class="num">{{greeting}}</td></tr>
<tr><td>audience parity</td><td class="num">{{parity}}</td></tr>
</tbody>
</table>
{{/wording}}
{{#avoidedAny}}<h3>Avoided phrases</h3>{{/avoidedAny}}
{{#avoided}}<p><a class="path" href="{{link.href}}">{{link.text}}</a> — {{message}}</p>
{{/avoided}}
{{#greetingsAny}}<h3>Impersonal greetings</h3>{{/greetingsAny}}
{{#greetings}}<p><a class="path" href="{{link.href}}">{{link.text}}</a> — {{message}}</p>
{{/greetings}}

<h2>Offers by audience</h2>
{{^offers}}<p class="empty">No offers found.</p>{{/offers}}
{{#offers}}
<h3>{{audience}} ({{count}})</h3>
<table>
<thead><tr><th>offer</th><th>channel</th><th>where</th><th>sentence</th></tr></thead>
<tbody>
{{#offers}}<tr><td>{{kind}}</td><td>{{channel}}</td><td><a class="path" href="{{link.href}}">{{link.text}}</a></td><td>{{sentence}}</td></tr>
{{/offers}}
</tbody>
</table>
{{/offers}}
{{#parityGapsAny}}<h3>Offers prospects get and existing customers do not</h3>{{/parityGapsAny}}
{{#parityGaps}}<p><a class="path" href="{{link.href}}">{{link.text}}</a> — {{message}}</p>
{{/parityGaps}}

<footer>
<p><strong>How the score is computed.</strong> {{formula}}</p>
<p>Generated by align {{version}}. This file is self-contained: it loads nothing and runs no script.</p>
</footer>
</main>
</body>
</html>

"""#
}
