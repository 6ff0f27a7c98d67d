package dev.northstar.cli.report;

import dev.northstar.cli.evaluate.Evaluations;
import dev.northstar.core.goal.GoalId;
import dev.northstar.smart.SmartReport;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A self-contained HTML report (no external assets, no JavaScript) in the order a manager reads it:
 *
 * <ol>
 *   <li>{@code #summary}: the goals per status, those that need attention with why, and the status
 *       changes since an earlier date;
 *   <li>{@code #hierarchy}: the goal hierarchy with OKR grades, GRL satisfaction and the roll-ups;
 *   <li>{@code #kpis}: the chosen KPIs by group, period over period, their trend charts, the first
 *       KPI's best days and its values by content and campaign, when given;
 *   <li>{@code #goals}: the goals by status, worst first, a card each with its chart;
 *   <li>{@code #without-data}: the goals without data, one line each.
 * </ol>
 */
public final class HtmlReport {
  private HtmlReport() {}

  /**
   * Writes the report.
   *
   * @param out where to write, not null
   * @param title the report's title, not null
   * @param sources the input files, for the header, not null
   * @param evaluations the goals and tactics measured at a date, not null
   * @param before the same goals measured at an earlier date, for the summary's changes, not null
   * @param reports the SMART reports of the goals, not null
   * @param kpis the KPI section's figures, or empty for none
   * @throws IOException if writing fails
   */
  public static void write(
      Writer out,
      String title,
      List<String> sources,
      Evaluations evaluations,
      Evaluations before,
      List<SmartReport> reports,
      Optional<KpiOverview> kpis)
      throws IOException {
    Map<GoalId, SmartReport> byGoal = new LinkedHashMap<>();
    reports.forEach(r -> byGoal.put(r.goalId(), r));
    StringBuilder s = new StringBuilder(64 * 1024);
    s.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(Html.escape(title))
        .append("</title>\n<style>\n")
        .append(ReportStyle.CSS)
        .append("</style>\n</head>\n<body>\n<header>\n<h1>")
        .append(Html.escape(title))
        .append("</h1>\n<p>As of ")
        .append(evaluations.asOf())
        .append(" &middot; ")
        .append(Html.escape(String.join(", ", sources)))
        .append("</p>\n</header>\n<main>\n");
    SummarySection.write(s, evaluations, before);
    HierarchySection.write(s, evaluations);
    if (kpis.isPresent()) {
      KpiSection.write(s, kpis.get());
    }
    GoalCards.write(s, evaluations, byGoal);
    s.append("</main>\n</body>\n</html>\n");
    out.write(s.toString());
  }
}
