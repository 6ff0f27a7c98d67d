package dev.northstar.cli.report;

import dev.northstar.cli.evaluate.Evaluations;
import dev.northstar.cli.evaluate.GoalEvaluation;
import dev.northstar.core.goal.GoalId;
import dev.northstar.progress.ProgressStatus;
import dev.northstar.smart.SmartReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The goals by status, worst first ({@link StatusOrder}), a card each ({@link GoalCard}); then the
 * goals without data, one line each with the reason, in a closing list whose items carry the goal's
 * id.
 */
final class GoalCards {
  private GoalCards() {}

  static void write(StringBuilder s, Evaluations evaluations, Map<GoalId, SmartReport> reports) {
    s.append("<section id=\"goals\">\n<h2>Goals by status</h2>\n");
    legend(s);
    for (ProgressStatus status : StatusOrder.ORDER) {
      List<GoalEvaluation> group = new ArrayList<>();
      for (GoalEvaluation e : evaluations.goals()) {
        if (StatusOrder.hasData(e) && StatusOrder.status(e).filter(status::equals).isPresent()) {
          group.add(e);
        }
      }
      if (group.isEmpty()) {
        continue;
      }
      s.append("<h2 class=\"status\" id=\"status-")
          .append(Html.cssClass(status.name()))
          .append("\">")
          .append(capitalised(Html.label(status.name())))
          .append(" (")
          .append(group.size())
          .append(")</h2>\n");
      for (GoalEvaluation e : group) {
        GoalCard.write(s, e, Optional.ofNullable(reports.get(e.goal().id())), evaluations);
      }
    }
    s.append("</section>\n");
    withoutData(s, evaluations);
  }

  private static void withoutData(StringBuilder s, Evaluations evaluations) {
    List<GoalEvaluation> rest =
        evaluations.goals().stream().filter(e -> !StatusOrder.hasData(e)).toList();
    if (rest.isEmpty()) {
      return;
    }
    s.append("<section class=\"part\" id=\"without-data\">\n<h2>Goals without data (")
        .append(rest.size())
        .append(")</h2>\n<ul>\n");
    for (GoalEvaluation e : rest) {
      String id = e.goal().id().toString();
      String why =
          e.noData()
              .or(
                  () ->
                      e.progress()
                          .flatMap(p -> p.notes().stream().findFirst())
                          .map(n -> n.description()))
              .orElse("no observation up to the date");
      s.append("<li class=\"nodata-goal\" id=\"")
          .append(Html.escape(id))
          .append("\">")
          .append(Html.escape(e.goal().statement()))
          .append(" <span class=\"id\">")
          .append(Html.escape(id))
          .append("</span>: ")
          .append(e.progress().map(p -> Html.label(p.status().name()) + "; ").orElse(""))
          .append(Html.escape(why))
          .append("</li>\n");
    }
    s.append("</ul>\n</section>\n");
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
            "<span><i style=\"border-color:#c27c0e33;border-top-width:10px\"></i>80% prediction interval</span>")
        .append(
            "<span><i style=\"border-color:#c0392b;width:2px;height:12px;border-top:0;border-left:1px solid #c0392b\"></i>as of</span>")
        .append("</p>\n");
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
