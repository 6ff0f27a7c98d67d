package dev.northstar.cli.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The KPI section's trend charts and small tables, after its period-over-period table: a chart per
 * KPI with a legend of its lines, then the breakdowns of the first KPI (best days of the week,
 * content or campaign), each a table with header cells.
 */
final class KpiDetails {
  private KpiDetails() {}

  static void write(StringBuilder s, KpiOverview kpis) {
    if (!kpis.trends().isEmpty()) {
      s.append("<h3 id=\"kpi-trends\">Trends</h3>\n");
    }
    for (KpiTrend trend : kpis.trends()) {
      trend(s, trend, kpis.period().columnName());
    }
    for (KpiBreakdown b : kpis.breakdowns()) {
      breakdown(s, b);
    }
  }

  private static void trend(StringBuilder s, KpiTrend trend, String period) {
    Optional<String> svg = TrendChart.render(trend, description(trend, period));
    if (svg.isEmpty()) {
      s.append("<p class=\"nodata\">")
          .append(Html.escape(trend.kpi()))
          .append(": no value in any ")
          .append(Html.escape(period))
          .append(" shown.</p>\n");
      return;
    }
    s.append("<figure class=\"trend\" id=\"trend-")
        .append(Html.escape(trend.kpi()))
        .append("\">\n")
        .append(svg.get())
        .append("\n<figcaption class=\"legend\">")
        .append(Html.escape(trend.kpi()))
        .append(" per ")
        .append(Html.escape(period))
        .append(": ");
    for (int k = 0; k < trend.lines().size(); k++) {
      s.append("<span><i class=\"s")
          .append(k)
          .append("\"></i>")
          .append(Html.escape(trend.lines().get(k).group()))
          .append("</span>");
    }
    if (trend.groupsLeftOut() > 0) {
      s.append("<span>")
          .append(trend.groupsLeftOut())
          .append(trend.groupsLeftOut() == 1 ? " smaller group" : " smaller groups")
          .append(" not drawn</span>");
    }
    if (trend.groupsWithoutValue() > 0) {
      s.append("<span>")
          .append(trend.groupsWithoutValue())
          .append(trend.groupsWithoutValue() == 1 ? " group" : " groups")
          .append(" without a value</span>");
    }
    s.append("</figcaption>\n</figure>\n");
  }

  /** The text alternative: what is drawn, and each line's latest value. */
  static String description(KpiTrend trend, String period) {
    List<String> latest = new ArrayList<>();
    for (KpiTrend.Line line : trend.lines()) {
      latest.add(line.group() + " " + line.shown().get(line.shown().size() - 1));
    }
    List<String> periods = trend.periods();
    return trend.kpi()
        + " per "
        + period
        + " from "
        + periods.get(0)
        + " to "
        + periods.get(periods.size() - 1)
        + ", one line per group; an undefined value is a gap. In "
        + periods.get(periods.size() - 1)
        + ": "
        + String.join(", ", latest)
        + "."
        + (trend.groupsLeftOut() > 0
            ? " " + trend.groupsLeftOut() + " smaller groups are not drawn."
            : "")
        + (trend.groupsWithoutValue() > 0
            ? " " + trend.groupsWithoutValue() + " groups have no value in these periods."
            : "");
  }

  private static void breakdown(StringBuilder s, KpiBreakdown b) {
    s.append("<h3 id=\"")
        .append(Html.escape(b.id()))
        .append("\">")
        .append(Html.escape(b.heading()))
        .append("</h3>\n<table class=\"grid\">\n<caption>")
        .append(Html.escape(b.caption()))
        .append("</caption>\n<tr><th scope=\"col\">")
        .append(Html.escape(b.column()))
        .append("</th><th scope=\"col\" class=\"n\">")
        .append(Html.escape(b.kpi()))
        .append("</th><th scope=\"col\" class=\"n\">rows</th></tr>\n");
    for (KpiBreakdown.Row row : b.rows()) {
      s.append("<tr><th scope=\"row\">")
          .append(Html.escape(row.label()))
          .append("</th><td class=\"n\">")
          .append(Html.escape(row.value()))
          .append("</td><td class=\"n\">")
          .append(row.rows())
          .append("</td></tr>\n");
    }
    s.append("</table>\n");
  }
}
