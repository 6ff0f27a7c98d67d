package dev.northstar.cli.report;

import dev.northstar.formulas.aggregate.GroupKey;
import dev.northstar.formulas.aggregate.PeriodChange;
import dev.northstar.formulas.aggregate.PeriodComparison;
import dev.northstar.formulas.aggregate.PeriodOffset;
import dev.northstar.formulas.table.Dimension;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The KPI section: one table with a row per group (such as a platform) of the period shown, and for
 * every KPI its value in that period, in the earlier period and the relative change. Values are
 * formatted by the KPI's unit; a KPI without a value (no spend for a cost per click) is
 * "undefined", never zero.
 */
final class KpiSection {
  private KpiSection() {}

  static void write(StringBuilder s, KpiOverview kpis) {
    LocalDate start = kpis.periodStart();
    String now = kpis.period().label(start);
    String before =
        kpis.compare().earlierStart(kpis.period(), start).map(kpis.period()::label).orElse("none");
    s.append("<section class=\"part\" id=\"kpis\">\n<h2>KPIs</h2>\n");
    for (String note : kpis.leftOut()) {
      s.append("<p class=\"nodata\">Left out, the data cannot give it: ")
          .append(Html.escape(note))
          .append("</p>\n");
    }
    if (kpis.comparisons().isEmpty()) {
      s.append("</section>\n");
      return;
    }
    Map<GroupKey, List<PeriodChange>> rows = new LinkedHashMap<>();
    List<Dimension> dimensions = new ArrayList<>();
    for (PeriodComparison c : kpis.comparisons()) {
      for (PeriodChange change : c.changes()) {
        if (change.key().bucketStart().filter(start::equals).isPresent()) {
          rows.computeIfAbsent(change.key(), k -> new ArrayList<>()).add(change);
          if (dimensions.isEmpty()) {
            dimensions.addAll(change.key().dimensions());
          }
        }
      }
    }
    if (rows.isEmpty()) {
      s.append("<p class=\"nodata\">No data in ")
          .append(Html.escape(now))
          .append(", the last complete ")
          .append(Html.escape(kpis.period().columnName()))
          .append(" up to the date.</p>\n</section>\n");
      return;
    }
    s.append("<table class=\"grid\">\n<caption>")
        .append(Html.escape(now))
        .append(" against ")
        .append(Html.escape(before))
        .append(
            kpis.compare() == PeriodOffset.YEAR_AGO ? " (year over year)" : " (the period before)")
        .append("; rates are ratios of sums.</caption>\n<tr>");
    if (dimensions.isEmpty()) {
      s.append("<th scope=\"col\">all data</th>");
    }
    for (Dimension d : dimensions) {
      s.append("<th scope=\"col\">").append(Html.escape(d.id())).append("</th>");
    }
    for (PeriodComparison c : kpis.comparisons()) {
      String kpi = Html.escape(c.kpi().value());
      s.append("<th scope=\"col\" class=\"n\">")
          .append(kpi)
          .append(' ')
          .append(Html.escape(now))
          .append("</th><th scope=\"col\" class=\"n\">")
          .append(kpi)
          .append(' ')
          .append(Html.escape(before))
          .append("</th><th scope=\"col\" class=\"n\">change</th>");
    }
    s.append("</tr>\n");
    for (Map.Entry<GroupKey, List<PeriodChange>> row : rows.entrySet()) {
      s.append("<tr>");
      List<String> values = new ArrayList<>();
      row.getKey().values().forEach(v -> values.add(v == null || v.isEmpty() ? "(none)" : v));
      if (values.isEmpty()) {
        values.add("all");
      }
      for (String v : values) {
        s.append("<th scope=\"row\">").append(Html.escape(v)).append("</th>");
      }
      for (PeriodChange c : row.getValue()) {
        cell(s, c.current().format());
        cell(s, c.previous().map(p -> p.format()).orElse("-"));
        cell(s, c.previous().isPresent() ? c.formatRelativeChange() : "-");
      }
      s.append("</tr>\n");
    }
    s.append("</table>\n");
    KpiDetails.write(s, kpis);
    s.append("</section>\n");
  }

  private static void cell(StringBuilder s, String text) {
    s.append("<td class=\"n\">").append(Html.escape(text)).append("</td>");
  }
}
