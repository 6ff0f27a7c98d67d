package dev.northstar.cli.command;

import dev.northstar.cli.evaluate.Evaluations;
import dev.northstar.cli.evaluate.GoalEvaluation;
import dev.northstar.cli.evaluate.Scores;
import dev.northstar.cli.evaluate.WholeCounts;
import dev.northstar.progress.Forecast;
import dev.northstar.progress.GoalProgress;
import dev.northstar.progress.rollup.Rollup;
import dev.northstar.progress.rollup.RollupMethod;
import dev.northstar.progress.score.GrlSatisfaction;
import dev.northstar.progress.score.OkrGrade;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The progress of goals as sheets: "Goals", and "Roll-up" when the hierarchy has objectives. */
final class ProgressSheets {
  private ProgressSheets() {}

  static List<Sheet> of(Evaluations evaluations, RollupMethod method) {
    Sheet goals =
        new Sheet(
            "Goals",
            List.of(
                Sheet.Column.of("Goal", Sheet.Kind.TEXT),
                Sheet.Column.of("Metric", Sheet.Kind.TEXT),
                Sheet.Column.of("Status", Sheet.Kind.TEXT),
                Sheet.Column.of("Current", Sheet.Kind.NUMBER),
                Sheet.Column.of("Target", Sheet.Kind.NUMBER),
                Sheet.Column.of("Progress", Sheet.Kind.PERCENT),
                Sheet.Column.of("Expected", Sheet.Kind.PERCENT),
                Sheet.Column.of("Forecast at deadline", Sheet.Kind.NUMBER),
                Sheet.Column.of("Reaches target", Sheet.Kind.TEXT),
                Sheet.Column.of("As of", Sheet.Kind.DATE),
                Sheet.Column.of("OKR grade", Sheet.Kind.NUMBER),
                Sheet.Column.of("GRL satisfaction", Sheet.Kind.NUMBER)));
    for (GoalEvaluation e : evaluations.goals()) {
      Optional<GoalProgress> p = e.progress();
      Optional<Forecast> f = e.forecast();
      goals.row(
          e.goal().id().toString(),
          e.goal().metric().map(Object::toString).orElse(null),
          p.map(x -> x.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')).orElse(null),
          p.flatMap(GoalProgress::currentValue).orElse(null),
          WholeCounts.target(e).orElse(null),
          p.flatMap(GoalProgress::progress).orElse(null),
          p.flatMap(GoalProgress::expectedProgress).orElse(null),
          f.flatMap(Forecast::projectedAtDeadline).orElse(null),
          f.flatMap(Forecast::reachesTargetByDeadline).map(b -> b ? "yes" : "no").orElse(null),
          evaluations.asOf(),
          p.flatMap(Scores::okr).map(OkrGrade::value).orElse(null),
          p.flatMap(Scores::grl).map(GrlSatisfaction::value).orElse(null));
    }
    List<Sheet> sheets = new ArrayList<>(List.of(goals));
    if (!evaluations.rollups().isEmpty()) {
      Sheet rollups =
          new Sheet(
              "Roll-up",
              List.of(
                  Sheet.Column.of("Objective", Sheet.Kind.TEXT),
                  Sheet.Column.of("Progress", Sheet.Kind.PERCENT),
                  Sheet.Column.of("Goals counted", Sheet.Kind.INTEGER),
                  Sheet.Column.of("Lacking data", Sheet.Kind.TEXT)));
      for (Rollup r : evaluations.rollups(method)) {
        rollups.row(
            r.objective().toString(),
            r.progress().orElse(null),
            r.counted().size(),
            String.join(", ", r.lacking().stream().map(l -> l.goal().toString()).toList()));
      }
      sheets.add(rollups);
    }
    return sheets;
  }
}
