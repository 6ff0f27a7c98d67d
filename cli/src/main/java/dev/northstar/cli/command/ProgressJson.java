package dev.northstar.cli.command;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.northstar.cli.evaluate.Evaluations;
import dev.northstar.cli.evaluate.GoalEvaluation;
import dev.northstar.cli.evaluate.Outcome;
import dev.northstar.cli.evaluate.Scores;
import dev.northstar.cli.evaluate.WholeCounts;
import dev.northstar.progress.ProgressNote;
import dev.northstar.progress.ProgressStatus;
import dev.northstar.progress.forecast.ForecastBand;
import dev.northstar.progress.rollup.Contribution;
import dev.northstar.progress.rollup.Lack;
import dev.northstar.progress.rollup.Rollup;
import dev.northstar.progress.rollup.RollupMethod;
import dev.northstar.progress.score.GrlSatisfaction;
import dev.northstar.progress.score.OkrGrade;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@code progress --format json}: goals and roll-ups as a JSON tree (docs/json-format.md). */
final class ProgressJson {
  private ProgressJson() {}

  /**
   * The JSON of every goal's progress, forecast, outlook and scores, and of the roll-ups.
   *
   * @param evaluations the goals measured
   * @param method the one roll-up method, or empty for all three
   */
  static ObjectNode of(Evaluations evaluations, Optional<RollupMethod> method) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode root = nodes.objectNode();
    root.put("asOf", evaluations.asOf().toString());
    ArrayNode goals = root.putArray("goals");
    for (GoalEvaluation e : evaluations.goals()) {
      ObjectNode g = goals.addObject();
      g.put("goal", e.goal().id().toString());
      g.put("metric", e.goal().metric().map(Object::toString).orElse(null));
      e.noData().ifPresent(reason -> g.put("noData", reason));
      e.progress()
          .ifPresent(
              p -> {
                g.put("status", p.status().name().toLowerCase(Locale.ROOT));
                put(g, "baseline", p.baselineValue());
                put(g, "current", p.currentValue());
                put(g, "target", WholeCounts.target(e));
                put(g, "progress", p.progress());
                put(g, "expectedProgress", p.expectedProgress());
                put(g, "paceRatio", p.paceRatio());
                put(g, "okrGrade", Scores.okr(p).map(OkrGrade::value));
                put(g, "grlSatisfaction", Scores.grl(p).map(GrlSatisfaction::value));
                p.window().ifPresent(w -> g.put("window", w.toString()));
                e.unit().ifPresent(u -> g.put("unit", u));
                if (p.notes().contains(ProgressNote.FINAL)) {
                  g.put("met", p.status() == ProgressStatus.ACHIEVED);
                }
                ArrayNode notes = g.putArray("notes");
                p.notes().forEach(n -> notes.add(n.name().toLowerCase(Locale.ROOT)));
              });
      e.forecast()
          .ifPresent(
              f -> {
                ObjectNode fo = g.putObject("forecast");
                fo.put("method", f.method().name().toLowerCase(Locale.ROOT));
                fo.put("observationsUsed", f.observationsUsed());
                put(fo, "trendPerDay", f.trendPerDay());
                put(fo, "projectedAtDeadline", f.projectedAtDeadline());
                f.projectedReachDate().ifPresent(d -> fo.put("projectedReachDate", d.toString()));
                f.reachesTargetByDeadline().ifPresent(b -> fo.put("reachesTargetByDeadline", b));
              });
      Outcome.outlook(e, evaluations.asOf())
          .ifPresent(
              o -> {
                ObjectNode oo = g.putObject("outlook");
                ForecastBand b = o.atDeadline();
                oo.put("model", o.projection().model().name().toLowerCase(Locale.ROOT));
                oo.put("deadline", b.date().toString());
                oo.put("probability", o.probability());
                oo.put("point", b.point());
                oo.put("lower80", b.lower80());
                oo.put("upper80", b.upper80());
                oo.put("lower95", b.lower95());
                oo.put("upper95", b.upper95());
                oo.put("reachableWith50", WholeCounts.reachable(e, o, 0.5));
                oo.put("reachableWith80", WholeCounts.reachable(e, o, 0.8));
              });
      Outcome.noForecast(e, evaluations.asOf()).ifPresent(why -> g.put("noForecast", why));
    }
    ArrayNode rollups = root.putArray("rollups");
    List<Rollup> all = new ArrayList<>();
    if (method.isPresent()) {
      all.addAll(evaluations.rollups(method.get()));
    } else {
      all.addAll(evaluations.rollups());
      all.addAll(evaluations.rollups(RollupMethod.AND_MINIMUM));
      all.addAll(evaluations.rollups(RollupMethod.OR_MAXIMUM));
    }
    for (Rollup r : all) {
      ObjectNode o = rollups.addObject();
      o.put("objective", r.objective().toString());
      o.put("method", r.method().name().toLowerCase(Locale.ROOT));
      put(o, "progress", r.progress());
      put(o, "okrGrade", r.progress().map(OkrGrade::ofProgress).map(OkrGrade::value));
      r.decidedBy().ifPresent(d -> o.put("decidedBy", d.toString()));
      ArrayNode counted = o.putArray("counted");
      for (Contribution c : r.counted()) {
        counted.add(c.goal().toString());
      }
      ArrayNode lacking = o.putArray("lacking");
      for (Lack l : r.lacking()) {
        lacking.addObject().put("goal", l.goal().toString()).put("reason", l.reason());
      }
    }
    return root;
  }

  private static void put(ObjectNode node, String field, Optional<BigDecimal> value) {
    if (value.isPresent()) {
      node.put(field, value.get());
    } else {
      node.putNull(field);
    }
  }
}
