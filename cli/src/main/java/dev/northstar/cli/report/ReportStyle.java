package dev.northstar.cli.report;

/**
 * The report's style sheet, inline so that the file stands alone: the screen layout, and a print
 * layout for A4 (one column, charts scaled to the page width, cards not split across pages, colours
 * kept).
 */
final class ReportStyle {
  static final String CSS =
      """
      body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2433;\
      margin:0;background:#f4f6fa}
      header{background:#1d2433;color:#fff;padding:20px 32px}
      header h1{margin:0 0 4px;font-size:22px} header p{margin:0;color:#c8cfdc}
      main{padding:16px 32px;max-width:1360px}
      h2{font-size:19px;margin:24px 0 8px} h3{font-size:16px;margin:16px 0 6px}
      section.part{background:#fff;border-radius:8px;box-shadow:0 1px 3px #0002;margin:16px 0;\
      padding:4px 20px 12px;overflow-x:auto}
      ul.counts{list-style:none;padding:0;margin:8px 0}
      ul.counts li{display:inline-block;margin:0 8px 8px 0;font-size:14px}
      section.goal{background:#fff;border-radius:8px;box-shadow:0 1px 3px #0002;margin:16px 0;\
      padding:16px 20px;display:grid;grid-template-columns:640px 1fr;gap:8px 24px}
      section.goal h3{grid-column:1/-1;margin:0;font-size:17px}
      .id{color:#6b7385;font-weight:normal;font-size:13px}
      .badge{border-radius:10px;padding:1px 9px;font-size:12px;font-weight:600;color:#fff;white-space:nowrap;\
      background:#6b7385}
      .achieved,.on_track,.smart{background:#1f8a4c}.at_risk,.needs_work{background:#c27c0e}
      .off_track,.missed,.not_smart{background:#c0392b}\
      .no_data,.undefined,.not_started,.not_measured{background:#6b7385}
      table{border-collapse:collapse;margin:4px 0 8px}td,th{padding:2px 10px 2px 0;text-align:left;\
      vertical-align:top}th{color:#6b7385;font-weight:600}td.n,th.n{text-align:right}
      table.grid td,table.grid th{border-bottom:1px solid #e3e7ef;padding:3px 12px 3px 0}
      caption{text-align:left;color:#6b7385;padding:4px 0}
      ul{margin:4px 0;padding-left:18px} li.error{color:#c0392b} li.warning{color:#9a6208}
      .nodata{color:#6b7385;font-style:italic}
      svg{background:#fbfcfe;border:1px solid #e3e7ef;border-radius:4px;max-width:100%;height:auto}
      svg .axis{stroke:#8a93a6} svg .grid{stroke:#e3e7ef} svg .tick,svg .label{font-size:11px;\
      fill:#6b7385}
      svg .actual{fill:none;stroke:#2563eb;stroke-width:2}
      svg .pace{stroke:#6b7385;stroke-width:1.5;stroke-dasharray:2 3}
      svg .target{stroke:#1f8a4c;stroke-width:1.5;stroke-dasharray:8 4}
      svg .forecast{fill:none;stroke:#c27c0e;stroke-width:2;stroke-dasharray:6 4}
      svg .band80{fill:#c27c0e33;stroke:none}
      svg .asof{stroke:#c0392b;stroke-width:1}
      svg .band{fill:#1f8a4c22}
      .legend span{margin-right:14px;font-size:12px;color:#6b7385}
      .legend i{display:inline-block;width:22px;height:0;vertical-align:middle;margin-right:4px;\
      border-top:2px solid}
      figure.trend{margin:8px 0 12px}
      svg .series{fill:none;stroke-width:2} svg .point{stroke:#fff;stroke-width:1}
      svg .series.s0{stroke:#2563eb}svg .point.s0{fill:#2563eb}.legend i.s0{border-color:#2563eb}
      svg .series.s1{stroke:#c27c0e;stroke-dasharray:7 3}svg .point.s1{fill:#c27c0e}
      .legend i.s1{border-color:#c27c0e;border-top-style:dashed}
      svg .series.s2{stroke:#1f8a4c;stroke-dasharray:2 3}svg .point.s2{fill:#1f8a4c}
      .legend i.s2{border-color:#1f8a4c;border-top-style:dotted}
      svg .series.s3{stroke:#c0392b;stroke-dasharray:10 3 2 3}svg .point.s3{fill:#c0392b}
      .legend i.s3{border-color:#c0392b;border-top-style:dashed}
      svg .series.s4{stroke:#7c3aed;stroke-dasharray:4 2}svg .point.s4{fill:#7c3aed}
      .legend i.s4{border-color:#7c3aed;border-top-style:dashed}
      svg .series.s5{stroke:#1d2433;stroke-dasharray:1 2}svg .point.s5{fill:#1d2433}
      .legend i.s5{border-color:#1d2433;border-top-style:dotted}
      @media print{
      @page{size:A4;margin:14mm 12mm}
      body{background:#fff;font-size:10pt}
      header{background:none;color:#000;padding:0 0 6px;border-bottom:1px solid #999}
      header p{color:#333}
      main{padding:0;max-width:none}
      section.part,section.goal{box-shadow:none;border:1px solid #ccc;border-radius:0;\
      overflow:visible}
      section.goal{display:block;break-inside:avoid;page-break-inside:avoid}
      h2,h3{break-after:avoid;page-break-after:avoid}
      tr{break-inside:avoid}
      svg{width:100%;max-width:180mm}
      figure.trend{break-inside:avoid;page-break-inside:avoid}
      *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
      a{color:inherit;text-decoration:none}
      }
      """;

  private ReportStyle() {}
}
