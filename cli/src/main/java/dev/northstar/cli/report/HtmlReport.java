package dev.northstar.cli.report;

import dev.northstar.cli.evaluate.Evaluations;
import dev.northstar.cli.evaluate.GoalEvaluation;
import dev.northstar.cli.evaluate.Outcome;
import dev.northstar.cli.evaluate.WholeCounts;
import dev.northstar.cli.text.Numbers;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.tactic.Tactic;
import dev.northstar.progress.Forecast;
import dev.northstar.progress.GoalProgress;
import dev.northstar.progress.ProgressStatus;
import dev.northstar.progress.plan.TacticPlan;
import dev.northstar.progress.rollup.Rollup;
import dev.northstar.progress.rollup.RollupMethod;
import dev.northstar.smart.Finding;
import dev.northstar.smart.SmartReport;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A self-contained HTML report: no external assets, no JavaScript; one section per goal with its
 * numbers, an SVG chart (actual series, expected pace, target, forecast to the deadline), its SMART
 * findings and its tactics, then the roll-up of the hierarchy.
 */
public final class HtmlReport {
  private static final String STYLE =
      """
      body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2433;\
      margin:0;background:#f4f6fa}
      header{background:#1d2433;color:#fff;padding:20px 32px}
      header h1{margin:0 0 4px;font-size:22px} header p{margin:0;color:#c8cfdc}
      main{padding:16px 32px;max-width:1360px}
      .summary span{display:inline-block;margin:0 8px 8px 0}
      section.goal{background:#fff;border-radius:8px;box-shadow:0 1px 3px #0002;margin:16px 0;\
      padding:16px 20px;display:grid;grid-template-columns:640px 1fr;gap:8px 24px}
      section.goal h2{grid-column:1/-1;margin:0;font-size:17px}
      .id{color:#6b7385;font-weight:normal;font-size:13px}
      .badge{border-radius:10px;padding:1px 9px;font-size:12px;font-weight:600;color:#fff;white-space:nowrap;\
      background:#6b7385}
      .achieved,.on_track,.smart{background:#1f8a4c}.at_risk,.needs_work{background:#c27c0e}
      .off_track,.missed,.not_smart{background:#c0392b}.no_data,.undefined,.not_started{background:#6b7385}
      table{border-collapse:collapse;margin:4px 0 8px}td,th{padding:2px 10px 2px 0;text-align:left;\
      vertical-align:top}th{color:#6b7385;font-weight:600}td.n{text-align:right}
      ul{margin:4px 0;padding-left:18px} li.error{color:#c0392b} li.warning{color:#9a6208}
      .nodata{color:#6b7385;font-style:italic}
      svg{background:#fbfcfe;border:1px solid #e3e7ef;border-radius:4px}
      svg .axis{stroke:#8a93a6} svg .grid{stroke:#e3e7ef} svg .tick,svg .label{font-size:11px;\
      fill:#6b7385}
      svg .actual{fill:none;stroke:#2563eb;stroke-width:2}
      svg .pace{stroke:#6b7385;stroke-width:1.5;stroke-dasharray:2 3}
      svg .target{stroke:#1f8a4c;stroke-width:1.5;stroke-dasharray:8 4}
      svg .forecast{stroke:#c27c0e;stroke-width:2;stroke-dasharray:6 4}
      svg .asof{stroke:#c0392b;stroke-width:1}
      svg .band{fill:#1f8a4c22}
      .legend span{margin-right:14px;font-size:12px;color:#6b7385}
      .legend i{display:inline-block;width:22px;height:0;vertical-align:middle;margin-right:4px;\
      border-top:2px solid}
      """;

  private HtmlReport() {}

  /**
   * Writes the report.
   *
   * @param out where to write, not null
   * @param title the report's title, not null
   * @param sources the input files, for the header, not null
   * @param evaluations the goals and tactics measured at a date, not null
   * @param reports the SMART reports of the goals, not null
   * @throws IOException if writing fails
   */
  public static void write(
      Writer out,
      String title,
      List<String> sources,
      Evaluations evaluations,
      List<SmartReport> reports)
      throws IOException {
    Map<GoalId, SmartReport> byGoal = new LinkedHashMap<>();
    reports.forEach(r -> byGoal.put(r.goalId(), r));
    StringBuilder s = new StringBuilder(64 * 1024);
    s.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(Html.escape(title))
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<header>\n<h1>")
        .append(Html.escape(title))
        .append("</h1>\n<p>As of ")
        .append(evaluations.asOf())
        .append(" &middot; ")
        .append(Html.escape(String.join(", ", sources)))
        .append("</p>\n</header>\n<main>\n");
    summary(s, evaluations);
    legend(s);
    for (GoalEvaluation e : evaluations.goals()) {
      goal(s, e, Optional.ofNullable(byGoal.get(e.goal().id())), evaluations);
    }
    rollups(s, evaluations);
    s.append("</main>\n</body>\n</html>\n");
    out.write(s.toString());
  }

  private static void summary(StringBuilder s, Evaluations evaluations) {
    Map<ProgressStatus, Integer> counts = new EnumMap<>(ProgressStatus.class);
    for (GoalEvaluation e : evaluations.goals()) {
      e.progress().ifPresent(p -> counts.merge(p.status(), 1, Integer::sum));
    }
    s.append("<p class=\"summary\">").append(evaluations.goals().size()).append(" goals: ");
    counts.forEach(
        (status, n) ->
            s.append("<span class=\"badge ")
                .append(cssClass(status.name()))
                .append("\">")
                .append(n)
                .append(' ')
                .append(label(status.name()))
                .append("</span>"));
    s.append("</p>\n");
  }

  private static void legend(StringBuilder s) {
    s.append("<p class=\"legend\">")
        .append("<span><i style=\"border-color:#2563eb\"></i>actual</span>")
        .append(
            "<span><i style=\"border-color:#6b7385;border-top-style:dotted\"></i>expected pace</span>")
        .append("<span><i style=\"border-color:#1f8a4c;border-top-style:dashed\"></i>target</span>")
        .append(
            "<span><i style=\"border-color:#c27c0e;border-top-style:dashed\"></i>forecast to the deadline</span>")
        .append(
            "<span><i style=\"border-color:#c0392b;width:2px;height:12px;border-top:0;border-left:1px solid #c0392b\"></i>as of</span>")
        .append("</p>\n");
  }

  private static void goal(
      StringBuilder s, GoalEvaluation e, Optional<SmartReport> report, Evaluations evaluations) {
    String id = e.goal().id().toString();
    s.append("<section class=\"goal\" id=\"")
        .append(Html.escape(id))
        .append("\">\n<h2>")
        .append(Html.escape(e.goal().statement()))
        .append(" <span class=\"id\">")
        .append(Html.escape(id))
        .append(" &middot; ")
        .append(Html.escape(e.goal().level().toString().toLowerCase(Locale.ROOT)))
        .append("</span> ");
    e.progress().ifPresent(p -> badge(s, p.status().name()));
    report.ifPresent(r -> badge(s, r.verdict().name()));
    s.append("</h2>\n<div>");
    Optional<ChartData> chart = ChartData.of(e, evaluations.asOf());
    if (chart.isPresent()) {
      s.append(SvgChart.render(chart.get(), e.goal().statement()));
    } else {
      s.append("<p class=\"nodata\">No chart: ")
          .append(Html.escape(e.noData().orElse("no observation up to the date")))
          .append(".</p>");
    }
    s.append("</div>\n<div>\n");
    numbers(s, e);
    report.ifPresent(r -> findings(s, r));
    tactics(s, evaluations.hierarchy().tacticsOf(e.goal().id()), evaluations.asOf());
    s.append("</div>\n</section>\n");
  }

  private static void numbers(StringBuilder s, GoalEvaluation e) {
    Optional<GoalProgress> p = e.progress();
    Optional<Forecast> f = e.forecast();
    s.append("<table>\n");
    row(s, "metric", e.goal().metric().map(Object::toString).orElse("-"));
    row(s, "scope", e.goal().scope().toString());
    row(
        s,
        "period",
        e.goal().start().map(Object::toString).orElse("?")
            + " to "
            + e.goal().deadline().map(Object::toString).orElse("?"));
    row(s, "baseline", Numbers.inUnit(p.flatMap(GoalProgress::baselineValue), e.unit()));
    row(
        s,
        Outcome.isFinal(e) ? "final value" : "current",
        Numbers.inUnit(p.flatMap(GoalProgress::currentValue), e.unit())
            + (Outcome.over(e).equals("-") ? "" : " (" + Outcome.over(e) + ")"));
    row(s, "target", Numbers.inUnit(WholeCounts.target(e), e.unit()));
    row(
        s,
        "progress",
        Numbers.percent(p.flatMap(GoalProgress::progress))
            + " (expected "
            + Numbers.percent(p.flatMap(GoalProgress::expectedProgress))
            + ")");
    if (Outcome.isFinal(e)) {
      row(s, "target met", Outcome.byDeadline(e));
    } else {
      row(
          s,
          "forecast at deadline",
          Outcome.forecast(e)
              + f.flatMap(Forecast::reachesTargetByDeadline)
                  .map(b -> b ? ", reaches the target" : ", misses the target")
                  .orElse(""));
    }
    String notes =
        p.map(x -> x.notes().stream().map(n -> n.description()).collect(Collectors.joining("; ")))
            .orElse("");
    if (e.noData().isPresent()) {
      notes = e.noData().get() + (notes.isEmpty() ? "" : "; " + notes);
    }
    if (!notes.isEmpty()) {
      row(s, "notes", notes);
    }
    s.append("</table>\n");
  }

  private static void findings(StringBuilder s, SmartReport r) {
    if (r.findings().isEmpty()) {
      s.append("<p>SMART: no findings.</p>\n");
      return;
    }
    s.append("<strong>SMART findings</strong>\n<ul>\n");
    for (Finding f : r.findings()) {
      s.append("<li class=\"")
          .append(f.severity().name().toLowerCase(Locale.ROOT))
          .append("\">")
          .append(f.criterion().letter())
          .append(" &middot; ")
          .append(f.severity().name().toLowerCase(Locale.ROOT))
          .append(": ")
          .append(Html.escape(f.message()));
      f.suggestion().ifPresent(x -> s.append(" <em>").append(Html.escape(x)).append("</em>"));
      s.append("</li>\n");
    }
    s.append("</ul>\n");
  }

  // In plan order (priority quadrant, then due date); a one-off tactic due before the date and not
  // done or dropped by then is marked "past due"; a done or dropped one shows its status.
  private static void tactics(StringBuilder s, List<Tactic> tactics, LocalDate asOf) {
    if (tactics.isEmpty()) {
      return;
    }
    TacticPlan plan = TacticPlan.of(tactics);
    List<Tactic> pastDue = plan.overdueAt(asOf);
    s.append("<strong>Tactics</strong>\n<table>\n<tr><th>tactic</th><th>owners</th><th>due</th>")
        .append("<th>priority</th></tr>\n");
    for (Tactic t : plan.tactics()) {
      s.append("<tr><td>")
          .append(Html.escape(t.title()))
          .append("</td><td>")
          .append(
              Html.escape(
                  t.owners().stream().map(Object::toString).collect(Collectors.joining(", "))))
          .append("</td><td>")
          .append(
              t.due()
                  .map(Object::toString)
                  .orElse(t.recurrence().map(Object::toString).orElse("-")))
          .append(pastDue.contains(t) ? " <span class=\"badge at_risk\">past due</span>" : "")
          .append(
              t.status().isClosed()
                  ? " <span class=\"badge\">"
                      + t.status().name().toLowerCase(Locale.ROOT)
                      + t.completedOn().map(d -> " " + d).orElse("")
                      + "</span>"
                  : "")
          .append("</td><td>")
          .append(Html.escape(t.priority().map(Object::toString).orElse("-")))
          .append("</td></tr>\n");
    }
    s.append("</table>\n");
  }

  private static void rollups(StringBuilder s, Evaluations evaluations) {
    List<Rollup> rollups = evaluations.rollups();
    if (rollups.isEmpty()) {
      return;
    }
    List<Rollup> and = evaluations.rollups(RollupMethod.AND_MINIMUM);
    List<Rollup> or = evaluations.rollups(RollupMethod.OR_MAXIMUM);
    s.append("<section class=\"goal\"><h2>Roll-up of the hierarchy</h2>\n<div>")
        .append("<table>\n<tr><th>objective</th><th>weighted mean</th><th>AND (weakest)</th>")
        .append("<th>OR (strongest)</th><th>counted</th><th>lacking data</th></tr>\n");
    for (int i = 0; i < rollups.size(); i++) {
      Rollup r = rollups.get(i);
      s.append("<tr><td>")
          .append(Html.escape(r.objective().toString()))
          .append("</td><td class=\"n\">")
          .append(Numbers.percent(r.progress()))
          .append("</td><td class=\"n\">")
          .append(Numbers.percent(and.get(i).progress()))
          .append("</td><td class=\"n\">")
          .append(Numbers.percent(or.get(i).progress()))
          .append("</td><td class=\"n\">")
          .append(r.counted().size())
          .append("</td><td>")
          .append(
              Html.escape(
                  r.lacking().stream()
                      .map(l -> l.goal().toString())
                      .collect(Collectors.joining(", "))))
          .append("</td></tr>\n");
    }
    s.append("</table></div></section>\n");
  }

  private static void row(StringBuilder s, String name, String value) {
    s.append("<tr><th>")
        .append(Html.escape(name))
        .append("</th><td>")
        .append(Html.escape(value))
        .append("</td></tr>\n");
  }

  private static void badge(StringBuilder s, String name) {
    s.append("<span class=\"badge ")
        .append(cssClass(name))
        .append("\">")
        .append(label(name))
        .append("</span> ");
  }

  private static String cssClass(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private static String label(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
