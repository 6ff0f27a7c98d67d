package dev.northstar.cli.command;

import dev.northstar.cli.evaluate.Evaluations;
import dev.northstar.cli.evaluate.GoalEvaluation;
import dev.northstar.cli.evaluate.Scores;
import dev.northstar.cli.report.HierarchySection;
import dev.northstar.cli.report.KpiOverview;
import dev.northstar.cli.report.StatusOrder;
import dev.northstar.core.format.UnitFormat;
import dev.northstar.core.goal.GoalId;
import dev.northstar.formulas.aggregate.GroupKey;
import dev.northstar.formulas.aggregate.KpiValue;
import dev.northstar.formulas.aggregate.PeriodChange;
import dev.northstar.formulas.aggregate.PeriodComparison;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.progress.GoalProgress;
import dev.northstar.progress.rollup.Rollup;
import dev.northstar.progress.rollup.RollupMethod;
import dev.northstar.progress.score.GrlSatisfaction;
import dev.northstar.progress.score.OkrGrade;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The report's tables as sheets for {@code report --xlsx}: "Summary" (goals per status, in the
 * report's order), "Hierarchy" (each goal with its parent, level, scores and roll-ups), "KPIs" (the
 * KPI section's period against the earlier one) and "Goals" (the per-goal sheet of {@code progress
 * --format xlsx}).
 */
final class ReportSheets {
  private ReportSheets() {}

  /**
   * The sheets.
   *
   * @param evaluations the goals judged at the report's date, not null
   * @param overview the KPI section's figures, or empty without a KPI section (then no "KPIs"
   *     sheet)
   * @return the sheets in the report's order, never null
   */
  static List<Sheet> of(Evaluations evaluations, Optional<KpiOverview> overview) {
    List<Sheet> sheets = new ArrayList<>();
    sheets.add(summary(evaluations));
    sheets.add(hierarchy(evaluations));
    overview.ifPresent(o -> sheets.add(kpis(o)));
    // the first sheet of progress's output is the goals; its roll-up sheet is in "Hierarchy"
    sheets.add(ProgressSheets.of(evaluations, RollupMethod.WEIGHTED_MEAN).get(0));
    return sheets;
  }

  /** Goals per status, worst first; statuses without goals are left out, as in the HTML. */
  static Sheet summary(Evaluations evaluations) {
    int notMeasured = StatusOrder.notMeasured(evaluations.goals());
    Sheet sheet =
        new Sheet(
            "Summary",
            List.of(
                Sheet.Column.of("Status", Sheet.Kind.TEXT),
                Sheet.Column.of("Goals", Sheet.Kind.INTEGER)));
    StatusOrder.counts(evaluations.goals())
        .forEach((status, n) -> sheet.row(label(status.name()), n));
    if (notMeasured > 0) {
      sheet.row(label(StatusOrder.NOT_MEASURED), notMeasured);
    }
    return sheet;
  }

  /**
   * The hierarchy: a goal's OKR grade is that of its own progress, or of its sub-goals' weighted
   * mean when it has none (as in the HTML table).
   */
  static Sheet hierarchy(Evaluations evaluations) {
    Map<GoalId, Rollup> weighted = byObjective(evaluations.rollups());
    Map<GoalId, Rollup> and = byObjective(evaluations.rollups(RollupMethod.AND_MINIMUM));
    Map<GoalId, Rollup> or = byObjective(evaluations.rollups(RollupMethod.OR_MAXIMUM));
    Map<GoalId, Integer> depths = HierarchySection.depths(evaluations);
    Sheet sheet =
        new Sheet(
            "Hierarchy",
            List.of(
                Sheet.Column.of("Goal", Sheet.Kind.TEXT),
                Sheet.Column.of("Parent", Sheet.Kind.TEXT),
                Sheet.Column.of("Level", Sheet.Kind.INTEGER),
                Sheet.Column.of("Status", Sheet.Kind.TEXT),
                Sheet.Column.of("Progress", Sheet.Kind.PERCENT),
                Sheet.Column.of("OKR grade", Sheet.Kind.NUMBER),
                Sheet.Column.of("GRL satisfaction", Sheet.Kind.NUMBER),
                Sheet.Column.of("Weighted mean", Sheet.Kind.PERCENT),
                Sheet.Column.of("AND (weakest)", Sheet.Kind.PERCENT),
                Sheet.Column.of("OR (strongest)", Sheet.Kind.PERCENT),
                Sheet.Column.of("Lacking data", Sheet.Kind.TEXT)));
    for (GoalEvaluation e : evaluations.goals()) {
      GoalId id = e.goal().id();
      Optional<GoalProgress> p = e.progress();
      @Nullable Rollup w = weighted.get(id);
      Optional<OkrGrade> grade = p.flatMap(Scores::okr);
      if (grade.isEmpty() && w != null) {
        grade = w.progress().map(OkrGrade::ofProgress);
      }
      sheet.row(
          id.toString(),
          e.goal().parent().map(GoalId::toString).orElse(null),
          depths.getOrDefault(id, 0),
          p.map(x -> label(x.status().name())).orElse(label(StatusOrder.NOT_MEASURED)),
          p.flatMap(GoalProgress::progress).orElse(null),
          grade.map(OkrGrade::value).orElse(null),
          p.flatMap(Scores::grl).map(GrlSatisfaction::value).orElse(null),
          progressOf(w),
          progressOf(and.get(id)),
          progressOf(or.get(id)),
          w == null || w.lacking().isEmpty()
              ? null
              : String.join(", ", w.lacking().stream().map(l -> l.goal().toString()).toList()));
    }
    return sheet;
  }

  /**
   * The KPI section's table: a row per group of the period shown; for each KPI its value then, in
   * the earlier period and the relative change. Undefined values are empty cells, never zero.
   */
  static Sheet kpis(KpiOverview overview) {
    LocalDate start = overview.periodStart();
    String now = overview.period().label(start);
    String before =
        overview
            .compare()
            .earlierStart(overview.period(), start)
            .map(overview.period()::label)
            .orElse("none");
    Map<GroupKey, List<PeriodChange>> rows = new LinkedHashMap<>();
    List<Dimension> dimensions = new ArrayList<>();
    for (PeriodComparison c : overview.comparisons()) {
      for (PeriodChange change : c.changes()) {
        if (change.key().bucketStart().filter(start::equals).isPresent()) {
          rows.computeIfAbsent(change.key(), k -> new ArrayList<>()).add(change);
          if (dimensions.isEmpty()) {
            dimensions.addAll(change.key().dimensions());
          }
        }
      }
    }
    List<Sheet.Column> columns = new ArrayList<>();
    if (dimensions.isEmpty()) {
      columns.add(Sheet.Column.of("Group", Sheet.Kind.TEXT));
    }
    for (Dimension d : dimensions) {
      columns.add(Sheet.Column.of(KpiSheets.human(d.id()), Sheet.Kind.TEXT));
    }
    for (PeriodComparison c : overview.comparisons()) {
      Optional<Currency> currency =
          c.changes().stream().flatMap(x -> x.current().currency().stream()).findFirst();
      Optional<PeriodChange> any = c.changes().stream().findFirst();
      String kpi = c.kpi().value();
      if (any.isEmpty()) {
        // no value in any period: the KPI's columns are there, as text, and empty
        columns.add(Sheet.Column.of(kpi + " " + now, Sheet.Kind.TEXT));
        columns.add(Sheet.Column.of(kpi + " " + before, Sheet.Kind.TEXT));
      } else {
        columns.add(KpiSheets.kpiColumn(kpi + " " + now, any.get().current().kpi(), currency));
        columns.add(KpiSheets.kpiColumn(kpi + " " + before, any.get().current().kpi(), currency));
      }
      columns.add(Sheet.Column.of(kpi + " change", Sheet.Kind.PERCENT));
    }
    Sheet sheet = new Sheet("KPIs", columns);
    for (Map.Entry<GroupKey, List<PeriodChange>> row : rows.entrySet()) {
      List<@Nullable Object> cells = new ArrayList<>();
      for (@Nullable String v : row.getKey().values()) {
        cells.add(v == null || v.isEmpty() ? "(none)" : v);
      }
      if (dimensions.isEmpty()) {
        cells.add("all data");
      }
      for (PeriodChange c : row.getValue()) {
        cells.add(valueOf(c.current()).orElse(null));
        cells.add(c.previous().flatMap(ReportSheets::valueOf).orElse(null));
        cells.add(c.previous().isPresent() ? c.relativeChange().value().orElse(null) : null);
      }
      sheet.row(cells.toArray());
    }
    return sheet;
  }

  private static Optional<BigDecimal> valueOf(KpiValue v) {
    // as in the kpi sheet: undefined (no value, or a cost over nothing spent) is an empty cell
    return v.format().equals(UnitFormat.UNDEFINED) ? Optional.empty() : v.value();
  }

  private static @Nullable BigDecimal progressOf(@Nullable Rollup r) {
    return r == null ? null : r.progress().orElse(null);
  }

  /** A status name such as {@code OFF_TRACK} as {@code off track}. */
  static String label(String name) {
    return name.toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static Map<GoalId, Rollup> byObjective(List<Rollup> rollups) {
    Map<GoalId, Rollup> map = new HashMap<>();
    rollups.forEach(r -> map.put(r.objective(), r));
    return map;
  }
}
