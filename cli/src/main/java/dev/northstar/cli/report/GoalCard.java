package dev.northstar.cli.report;

import dev.northstar.cli.evaluate.Evaluations;
import dev.northstar.cli.evaluate.GoalEvaluation;
import dev.northstar.cli.evaluate.Outcome;
import dev.northstar.cli.evaluate.WholeCounts;
import dev.northstar.cli.report.ChartData.BandPoint;
import dev.northstar.cli.report.ChartData.Point;
import dev.northstar.cli.text.Numbers;
import dev.northstar.core.tactic.Tactic;
import dev.northstar.progress.Forecast;
import dev.northstar.progress.GoalOutlook;
import dev.northstar.progress.GoalProgress;
import dev.northstar.progress.plan.TacticPlan;
import dev.northstar.smart.Finding;
import dev.northstar.smart.SmartReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One goal's card: its chart, its numbers (the rows the browser check reads: baseline, current or
 * final value, target, progress), the forecast with its 80% range and the chance of reaching the
 * target, its SMART findings as judged on the day it was set, and its tactics.
 */
final class GoalCard {
  private GoalCard() {}

  static void write(
      StringBuilder s, GoalEvaluation e, Optional<SmartReport> report, Evaluations evaluations) {
    String id = e.goal().id().toString();
    s.append("<section class=\"goal\" id=\"")
        .append(Html.escape(id))
        .append("\">\n<h3>")
        .append(Html.escape(e.goal().statement()))
        .append(" <span class=\"id\">")
        .append(Html.escape(id))
        .append(" &middot; ")
        .append(Html.escape(e.goal().level().toString().toLowerCase(Locale.ROOT)))
        .append("</span> ");
    e.progress().ifPresent(p -> Html.badge(s, p.status().name()));
    report.ifPresent(r -> Html.badge(s, r.verdict().name()));
    s.append("</h3>\n<div>");
    Optional<ChartData> chart = ChartData.of(e, evaluations.asOf());
    if (chart.isPresent()) {
      s.append(SvgChart.render(chart.get(), id, e.goal().statement(), describe(chart.get(), e)));
    } else {
      s.append("<p class=\"nodata\">No chart: ")
          .append(Html.escape(e.noData().orElse("no observation up to the date")))
          .append(".</p>");
    }
    s.append("</div>\n<div>\n");
    numbers(s, e, evaluations.asOf());
    report.ifPresent(r -> findings(s, r, smartDate(e, evaluations.asOf())));
    tactics(s, evaluations.hierarchy().tacticsOf(e.goal().id()), evaluations.asOf());
    s.append("</div>\n</section>\n");
  }

  /** The day a goal is judged by SMART: the day it was set (its start), else the report's date. */
  static LocalDate smartDate(GoalEvaluation e, LocalDate asOf) {
    return e.goal().start().filter(start -> !start.isAfter(asOf)).orElse(asOf);
  }

  /** The chart in words: its text alternative. */
  static String describe(ChartData c, GoalEvaluation e) {
    Point first = c.actual().get(0);
    Point latest = c.actual().get(c.actual().size() - 1);
    StringBuilder d = new StringBuilder("Chart of ");
    d.append(e.goal().metric().map(Object::toString).orElse("the goal's value"))
        .append(" from ")
        .append(first.date())
        .append(" to ")
        .append(latest.date())
        .append(": ")
        .append(c.actual().size())
        .append(" values, the latest ")
        .append(Numbers.inUnit(Optional.of(latest.value()), e.unit()));
    c.target()
        .ifPresent(t -> d.append("; target ").append(Numbers.inUnit(Optional.of(t), e.unit())));
    if (!c.forecast().isEmpty()) {
      Point end = c.forecast().get(c.forecast().size() - 1);
      d.append("; forecast ")
          .append(Numbers.plain(Outcome.round(end.value().doubleValue())))
          .append(" on ")
          .append(end.date());
    }
    if (!c.band80().isEmpty()) {
      BandPoint b = c.band80().get(c.band80().size() - 1);
      d.append(", 80% prediction interval ")
          .append(Numbers.plain(Outcome.round(b.lower())))
          .append(" to ")
          .append(Numbers.plain(Outcome.round(b.upper())));
    }
    return d.append('.').toString();
  }

  private static void numbers(StringBuilder s, GoalEvaluation e, LocalDate asOf) {
    Optional<GoalProgress> p = e.progress();
    Optional<Forecast> f = e.forecast();
    s.append("<table>\n");
    Html.row(s, "metric", e.goal().metric().map(Object::toString).orElse("-"));
    Html.row(s, "scope", e.goal().scope().toString());
    Html.row(
        s,
        "period",
        e.goal().start().map(Object::toString).orElse("?")
            + " to "
            + e.goal().deadline().map(Object::toString).orElse("?"));
    Html.row(s, "baseline", Numbers.inUnit(p.flatMap(GoalProgress::baselineValue), e.unit()));
    Html.row(
        s,
        Outcome.isFinal(e) ? "final value" : "current",
        Numbers.inUnit(p.flatMap(GoalProgress::currentValue), e.unit())
            + (Outcome.over(e).equals("-") ? "" : " (" + Outcome.over(e) + ")"));
    Html.row(s, "target", Numbers.inUnit(WholeCounts.target(e), e.unit()));
    Html.row(
        s,
        "progress",
        Numbers.percent(p.flatMap(GoalProgress::progress))
            + " (expected "
            + Numbers.percent(p.flatMap(GoalProgress::expectedProgress))
            + ")");
    Optional<GoalOutlook> o = Outcome.outlook(e, asOf);
    if (Outcome.isFinal(e)) {
      Html.row(s, "target met", Outcome.byDeadline(e));
    } else if (o.isPresent()) {
      // the chart draws this forecast and its band, so the card says the same
      Html.row(
          s,
          "forecast at deadline",
          Numbers.plain(Outcome.round(o.get().atDeadline().point()))
              + " (80%: "
              + Outcome.range80(o.get().atDeadline(), WholeCounts.counts(e), e.unit())
              + ")");
      Html.row(s, "chance of reaching the target", Outcome.probability(o.get()));
    } else {
      Html.row(
          s,
          "forecast at deadline",
          Outcome.forecast(e)
              + f.flatMap(Forecast::reachesTargetByDeadline)
                  .map(b -> b ? ", reaches the target" : ", misses the target")
                  .orElse(""));
      Outcome.noForecast(e, asOf)
          .ifPresent(why -> Html.row(s, "chance of reaching the target", "unknown: " + why));
    }
    String notes =
        p.map(x -> x.notes().stream().map(n -> n.description()).collect(Collectors.joining("; ")))
            .orElse("");
    if (e.noData().isPresent()) {
      notes = e.noData().get() + (notes.isEmpty() ? "" : "; " + notes);
    }
    if (!notes.isEmpty()) {
      Html.row(s, "notes", notes);
    }
    s.append("</table>\n");
  }

  private static void findings(StringBuilder s, SmartReport r, LocalDate judgedOn) {
    String heading = "SMART, judged as set on " + judgedOn;
    if (r.findings().isEmpty()) {
      s.append("<p>").append(heading).append(": no findings.</p>\n");
      return;
    }
    s.append("<strong>").append(heading).append("</strong>\n<ul>\n");
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
    s.append("<strong>Tactics</strong>\n<table>\n");
    Html.headerRow(s, "tactic", "owners", "due", "priority");
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
}
