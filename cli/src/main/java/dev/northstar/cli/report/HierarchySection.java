package dev.northstar.cli.report;

import dev.northstar.cli.evaluate.Evaluations;
import dev.northstar.cli.evaluate.GoalEvaluation;
import dev.northstar.cli.evaluate.Scores;
import dev.northstar.cli.text.Numbers;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.progress.GoalProgress;
import dev.northstar.progress.rollup.Rollup;
import dev.northstar.progress.rollup.RollupMethod;
import dev.northstar.progress.score.OkrGrade;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The goal hierarchy as one table, each goal indented under its parent: its status, progress, OKR
 * grade and GRL satisfaction ({@link Scores}); for a goal with sub-goals, the roll-ups of their
 * progress by weighted mean (the OKR convention), AND (the weakest) and OR (the strongest), the
 * grade of the weighted mean when the goal has no progress of its own, and the sub-goals lacking
 * data.
 */
public final class HierarchySection {
  private static final int MAX_INDENT = 10;

  private HierarchySection() {}

  /**
   * Every goal's depth under its root, in one pass over the goals with a memo, so a chain of
   * 100,000 goals takes linear time (asking each goal for its ancestors would take quadratic time).
   *
   * @param evaluations the goals, not null
   * @return each goal's depth, 0 for a root (or a goal whose parent is not among the goals); never
   *     null
   */
  public static Map<GoalId, Integer> depths(Evaluations evaluations) {
    Map<GoalId, Goal> byId = new HashMap<>();
    evaluations.goals().forEach(e -> byId.put(e.goal().id(), e.goal()));
    Map<GoalId, Integer> depths = new HashMap<>();
    for (GoalEvaluation e : evaluations.goals()) {
      // climb to the first goal whose depth is known (or a root), then set the path's depths
      List<GoalId> path = new ArrayList<>();
      GoalId at = e.goal().id();
      Integer known = depths.get(at);
      while (known == null) {
        path.add(at);
        Goal goal = byId.get(at);
        Optional<GoalId> parent = goal == null ? Optional.empty() : goal.parent();
        // a root, a parent outside the goals, or (never in a valid hierarchy) a cycle
        if (parent.isEmpty() || !byId.containsKey(parent.get()) || path.size() > byId.size()) {
          known = -1;
          break;
        }
        at = parent.get();
        known = depths.get(at);
      }
      for (int i = path.size() - 1; i >= 0; i--) {
        known = known + 1;
        depths.put(path.get(i), known);
      }
    }
    return depths;
  }

  static void write(StringBuilder s, Evaluations evaluations) {
    Map<GoalId, Rollup> weighted = byObjective(evaluations.rollups());
    Map<GoalId, Rollup> and = byObjective(evaluations.rollups(RollupMethod.AND_MINIMUM));
    Map<GoalId, Rollup> or = byObjective(evaluations.rollups(RollupMethod.OR_MAXIMUM));
    s.append("<section class=\"part\" id=\"hierarchy\">\n<h2>Goals and roll-ups</h2>\n")
        .append("<table class=\"grid\">\n<caption>OKR grade: progress clamped to 0.0..1.0.")
        .append(" GRL satisfaction: -100 (no better than the baseline) through 0 (on the")
        .append(" expected pace) to +100 (target reached). Roll-ups combine the sub-goals'")
        .append(" progress.</caption>\n");
    Html.headerRow(
        s,
        "goal",
        "status",
        "progress",
        "OKR grade",
        "GRL satisfaction",
        "weighted mean",
        "AND (weakest)",
        "OR (strongest)",
        "lacking data");
    Map<GoalId, Integer> depths = depths(evaluations);
    for (GoalEvaluation e : evaluations.goals()) {
      GoalId id = e.goal().id();
      // indented up to ten levels: a deeper chain stays readable rather than drifting off the page
      int depth = Math.min(MAX_INDENT, depths.getOrDefault(id, 0));
      Optional<GoalProgress> p = e.progress();
      @Nullable Rollup w = weighted.get(id);
      Optional<OkrGrade> grade = p.flatMap(Scores::okr);
      if (grade.isEmpty() && w != null) {
        grade = w.progress().map(OkrGrade::ofProgress);
      }
      s.append("<tr><th scope=\"row\" style=\"padding-left:")
          .append(depth * 1.5)
          .append("em\"><a href=\"#")
          .append(Html.escape(id.toString()))
          .append("\">")
          .append(Html.escape(id.toString()))
          .append("</a></th><td>")
          .append(p.map(x -> Html.label(x.status().name())).orElse("-"))
          .append("</td>");
      cell(s, Numbers.percent(p.flatMap(GoalProgress::progress)));
      cell(s, Scores.okrText(grade));
      cell(s, Scores.grlText(p.flatMap(Scores::grl)));
      cell(s, rolled(w));
      cell(s, rolled(and.get(id)));
      cell(s, rolled(or.get(id)));
      s.append("<td>")
          .append(
              w == null
                  ? ""
                  : Html.escape(
                      w.lacking().stream()
                          .map(l -> l.goal().toString())
                          .collect(Collectors.joining(", "))))
          .append("</td></tr>\n");
    }
    s.append("</table>\n</section>\n");
  }

  private static String rolled(@Nullable Rollup r) {
    if (r == null) {
      return "";
    }
    return Numbers.percent(r.progress());
  }

  private static void cell(StringBuilder s, String text) {
    s.append("<td class=\"n\">").append(Html.escape(text)).append("</td>");
  }

  private static Map<GoalId, Rollup> byObjective(List<Rollup> rollups) {
    Map<GoalId, Rollup> map = new HashMap<>();
    rollups.forEach(r -> map.put(r.objective(), r));
    return map;
  }
}
