package dev.northstar.cli.report;

import dev.northstar.cli.evaluate.Evaluations;
import dev.northstar.cli.evaluate.GoalEvaluation;
import dev.northstar.cli.evaluate.Outcome;
import dev.northstar.cli.evaluate.WholeCounts;
import dev.northstar.cli.text.Numbers;
import dev.northstar.core.goal.GoalId;
import dev.northstar.progress.Forecast;
import dev.northstar.progress.GoalOutlook;
import dev.northstar.progress.GoalProgress;
import dev.northstar.progress.ProgressStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The report's first section: how many goals are in each status, and the goals that need attention
 * with the reason: off track or at risk (progress against the progress expected by the date), or on
 * track while the forecast misses the target; then the goals whose status changed since an earlier
 * date (one {@code --period} before), each as {@code <li data-goal="ID">}.
 *
 * <p>Each count is an {@code <li data-status="...">} whose text starts with the number; the status
 * is the lower-case name of the JSON output's {@code status}, or {@code not_measured} for goals
 * without one. The browser check compares them with {@code progress --format json}.
 */
final class SummarySection {
  private SummarySection() {}

  static void write(StringBuilder s, Evaluations evaluations, Evaluations before) {
    Map<ProgressStatus, Integer> counts = StatusOrder.counts(evaluations.goals());
    int notMeasured = StatusOrder.notMeasured(evaluations.goals());
    s.append("<section class=\"part\" id=\"summary\">\n<h2>Summary</h2>\n<p>")
        .append(evaluations.goals().size())
        .append(" goals as of ")
        .append(evaluations.asOf())
        .append(".</p>\n<ul class=\"counts\">");
    counts.forEach(
        (status, n) -> count(s, Html.cssClass(status.name()), n, Html.label(status.name())));
    if (notMeasured > 0) {
      count(s, StatusOrder.NOT_MEASURED, notMeasured, "not measured");
    }
    s.append("</ul>\n");
    List<String> attention = new ArrayList<>();
    for (GoalEvaluation e : evaluations.goals()) {
      reason(e, evaluations).ifPresent(why -> attention.add(line(e, why)));
    }
    s.append("<h3>Needs attention</h3>\n");
    if (attention.isEmpty()) {
      s.append("<p>No goal is off track or at risk, and no forecast misses its target.</p>\n");
    } else {
      s.append("<ul class=\"attention\">\n");
      attention.forEach(s::append);
      s.append("</ul>\n");
    }
    changes(s, evaluations, before);
    s.append("</section>\n");
  }

  /** The goals whose status differs from the earlier date's, in goal order. */
  private static void changes(StringBuilder s, Evaluations now, Evaluations before) {
    Map<GoalId, GoalEvaluation> earlier = new HashMap<>();
    before.goals().forEach(e -> earlier.put(e.goal().id(), e));
    s.append("<h3>Changes since ").append(before.asOf()).append("</h3>\n");
    StringBuilder list = new StringBuilder();
    for (GoalEvaluation e : now.goals()) {
      GoalEvaluation then = earlier.get(e.goal().id());
      String from = then == null ? "-" : statusText(then);
      String to = statusText(e);
      if (!from.equals(to)) {
        String id = e.goal().id().toString();
        list.append("<li data-goal=\"")
            .append(Html.escape(id))
            .append("\"><a href=\"#")
            .append(Html.escape(id))
            .append("\">")
            .append(Html.escape(id))
            .append("</a>: ")
            .append(from)
            .append(" &rarr; ")
            .append(to)
            .append(" (progress ")
            .append(
                then == null
                    ? "-"
                    : Numbers.percent(then.progress().flatMap(GoalProgress::progress)))
            .append(" &rarr; ")
            .append(Numbers.percent(e.progress().flatMap(GoalProgress::progress)))
            .append(")</li>\n");
      }
    }
    if (list.length() == 0) {
      s.append("<p>No goal changed its status.</p>\n");
    } else {
      s.append("<ul class=\"changes\">\n").append(list).append("</ul>\n");
    }
  }

  private static String statusText(GoalEvaluation e) {
    return StatusOrder.status(e).map(x -> Html.label(x.name())).orElse("not measured");
  }

  private static void count(StringBuilder s, String status, int n, String label) {
    s.append("<li class=\"badge ")
        .append(status)
        .append("\" data-status=\"")
        .append(status)
        .append("\">")
        .append(n)
        .append(' ')
        .append(label)
        .append("</li>");
  }

  private static String line(GoalEvaluation e, String why) {
    String id = e.goal().id().toString();
    StringBuilder s = new StringBuilder("<li>");
    e.progress().ifPresent(p -> Html.badge(s, p.status().name()));
    return s.append("<a href=\"#")
        .append(Html.escape(id))
        .append("\">")
        .append(Html.escape(e.goal().statement()))
        .append("</a> <span class=\"id\">")
        .append(Html.escape(id))
        .append("</span>: ")
        .append(Html.escape(why))
        .append("</li>\n")
        .toString();
  }

  /** Why the goal needs attention, or empty if it does not. */
  static Optional<String> reason(GoalEvaluation e, Evaluations evaluations) {
    Optional<GoalProgress> p = e.progress();
    if (p.isEmpty() || Outcome.isFinal(e)) {
      return Optional.empty();
    }
    ProgressStatus status = p.get().status();
    boolean behind = status == ProgressStatus.AT_RISK || status == ProgressStatus.OFF_TRACK;
    boolean misses =
        e.forecast().flatMap(Forecast::reachesTargetByDeadline).map(b -> !b).orElse(false);
    if (!behind && !(status == ProgressStatus.ON_TRACK && misses)) {
      return Optional.empty();
    }
    StringBuilder why = new StringBuilder();
    why.append("progress ")
        .append(Numbers.percent(p.get().progress()))
        .append(" where ")
        .append(Numbers.percent(p.get().expectedProgress()))
        .append(" was expected by now");
    if (misses) {
      why.append("; the forecast at the deadline, ")
          .append(Outcome.forecast(e))
          .append(", misses the target ")
          .append(Numbers.inUnit(WholeCounts.target(e), e.unit()));
    }
    Optional<GoalOutlook> o = Outcome.outlook(e, evaluations.asOf());
    o.ifPresent(x -> why.append("; chance of reaching it ").append(Outcome.probability(x)));
    return Optional.of(why.toString());
  }
}
