package dev.northstar.cli.command;

import dev.northstar.cli.evaluate.Evaluations;
import dev.northstar.cli.evaluate.GoalEvaluation;
import dev.northstar.cli.evaluate.Outcome;
import dev.northstar.cli.evaluate.Scores;
import dev.northstar.cli.evaluate.WholeCounts;
import dev.northstar.cli.io.InputException;
import dev.northstar.cli.text.Numbers;
import dev.northstar.cli.text.TextTable;
import dev.northstar.formulas.kpi.KpiRegistry;
import dev.northstar.progress.Forecast;
import dev.northstar.progress.GoalOutlook;
import dev.northstar.progress.GoalProgress;
import dev.northstar.progress.rollup.Rollup;
import dev.northstar.progress.rollup.RollupMethod;
import dev.northstar.progress.score.GrlSatisfaction;
import dev.northstar.progress.score.OkrGrade;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code northstar progress}: progress, status and forecast of every goal, and the roll-up. */
@Command(
    name = "progress",
    mixinStandardHelpOptions = true,
    description = {
      "Measures the progress of every goal at a date.",
      "Current value, progress towards the target, the progress expected by then, status, OKR"
          + " grade, GRL satisfaction and the forecast at the deadline; then the roll-up of the"
          + " goal hierarchy: the sub-goals' weighted mean, AND (the weakest) and OR (the"
          + " strongest), or the one method --rollup names."
    },
    footerHeading = "%nExample:%n",
    footer = {
      "  ./northstar progress examples/goals \\",
      "      --metrics examples/data/generated/daily-metrics-2026.csv \\",
      "      --as-of 2026-11-30",
      "  ./northstar progress examples/goals \\",
      "      --metrics examples/data/generated/daily-metrics-2026.csv \\",
      "      --as-of 2026-11-30 --rollup and"
    })
public final class ProgressCommand implements Callable<Integer> {
  @Spec private CommandSpec spec = CommandSpec.create();

  @Mixin private MeasuredGoals input = new MeasuredGoals();

  @Mixin private FormatOption output = new FormatOption();

  @Option(
      names = "--kpi",
      paramLabel = "DEFINITION",
      description =
          "an ad-hoc KPI that goals may name as their metric, such as"
              + " 'tir = total_interactions / reach'; repeatable")
  private List<String> kpis = new ArrayList<>();

  @Option(
      names = "--rollup",
      paramLabel = "METHOD",
      description =
          "how sub-goals roll up: weighted (their weighted mean), and (the weakest) or or (the"
              + " strongest); default: all three side by side")
  private @Nullable String rollup;

  /** Reads a --rollup value. */
  static RollupMethod rollupMethod(String name) {
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "weighted" -> RollupMethod.WEIGHTED_MEAN;
      case "and" -> RollupMethod.AND_MINIMUM;
      case "or" -> RollupMethod.OR_MAXIMUM;
      default ->
          throw new InputException(
              "--rollup: '" + name + "' is no roll-up method; allowed: weighted, and, or");
    };
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Optional<RollupMethod> method = Optional.ofNullable(rollup).map(ProgressCommand::rollupMethod);
    KpiRegistry registry = input.registry(kpis);
    Evaluations evaluations = input.evaluate(input.metrics(spec.commandLine().getErr()), registry);
    output.emit(
        out,
        w -> {
          PrintWriter o = new PrintWriter(w);
          switch (output.format) {
            case JSON ->
                o.println(
                    JsonOutput.mapper().writeValueAsString(ProgressJson.of(evaluations, method)));
            case CSV, CSV_LONG -> csv(evaluations).writeTo(o);
            case XLSX ->
                XlsxOutput.write(
                    output.xlsxFile(),
                    ProgressSheets.of(evaluations, method.orElse(RollupMethod.WEIGHTED_MEAN)));
            case TABLE -> table(evaluations, method, o);
          }
          o.flush();
        });
    out.flush();
    return 0;
  }

  private static void table(
      Evaluations evaluations, Optional<RollupMethod> method, PrintWriter out) {
    out.println("Progress as of " + evaluations.asOf());
    TextTable goals =
        TextTable.of(
            "goal",
            "metric",
            "status",
            "current",
            "target",
            "progress",
            "expected",
            "OKR",
            "GRL",
            "forecast",
            "by deadline",
            "measured over",
            "P(hit)",
            "80% at deadline");
    List<String> notes = new ArrayList<>();
    for (GoalEvaluation e : evaluations.goals()) {
      Cells c = cells(e, evaluations.asOf());
      goals.row(
          c.goal,
          c.metric,
          c.status,
          c.current,
          c.target,
          c.progress,
          c.expected,
          c.okr,
          c.grl,
          c.forecast,
          c.reaches,
          c.over,
          c.pHit,
          c.range80);
      if (!c.note.isEmpty()) {
        notes.add("  " + c.goal + ": " + c.note);
      }
    }
    out.print(goals.render());
    if (!notes.isEmpty()) {
      out.println();
      out.println("Notes:");
      notes.forEach(out::println);
    }
    if (!evaluations.rollups().isEmpty() && method.isPresent()) {
      out.println();
      rollups(evaluations, method.get(), out);
    } else if (!evaluations.rollups().isEmpty()) {
      out.println();
      out.println("Roll-up of sub-goals (weighted mean; AND = weakest; OR = strongest):");
      TextTable rollups =
          TextTable.of("objective", "progress", "AND", "OR", "counted", "lacking data");
      List<Rollup> and = evaluations.rollups(RollupMethod.AND_MINIMUM);
      List<Rollup> or = evaluations.rollups(RollupMethod.OR_MAXIMUM);
      for (int i = 0; i < evaluations.rollups().size(); i++) {
        Rollup r = evaluations.rollups().get(i);
        rollups.row(
            r.objective().toString(),
            Numbers.percent(r.progress()),
            Numbers.percent(and.get(i).progress()),
            Numbers.percent(or.get(i).progress()),
            String.valueOf(r.counted().size()),
            String.join(", ", r.lacking().stream().map(l -> l.goal().toString()).toList()));
      }
      out.print(rollups.render());
    }
  }

  /** The roll-up by one method, with the OKR grade of each objective and what decided it. */
  private static void rollups(Evaluations evaluations, RollupMethod method, PrintWriter out) {
    out.println(
        "Roll-up of sub-goals ("
            + switch (method) {
              case WEIGHTED_MEAN -> "weighted mean";
              case AND_MINIMUM -> "AND: the weakest";
              case OR_MAXIMUM -> "OR: the strongest";
            }
            + "):");
    TextTable table =
        TextTable.of("objective", "progress", "OKR", "decided by", "counted", "lacking data");
    for (Rollup r : evaluations.rollups(method)) {
      table.row(
          r.objective().toString(),
          Numbers.percent(r.progress()),
          Scores.okrText(r.progress().map(OkrGrade::ofProgress)),
          r.decidedBy().map(Object::toString).orElse("-"),
          String.valueOf(r.counted().size()),
          String.join(", ", r.lacking().stream().map(l -> l.goal().toString()).toList()));
    }
    out.print(table.render());
  }

  /** One goal's printed cells. */
  private record Cells(
      String goal,
      String metric,
      String status,
      String current,
      String target,
      String progress,
      String expected,
      String okr,
      String grl,
      String forecast,
      String reaches,
      String over,
      String pHit,
      String range80,
      String note) {}

  /**
   * The goal's chances on what it measures; none past the deadline, without enough daily data, or
   * for what the outlook cannot forecast faithfully (rates and flows per week, month or quarter,
   * flows per day or trailing window, check-ins).
   */
  private static Optional<GoalOutlook> outlook(GoalEvaluation e, java.time.LocalDate asOf) {
    return Outcome.outlook(e, asOf);
  }

  private static Cells cells(GoalEvaluation e, java.time.LocalDate asOf) {
    Optional<GoalOutlook> o = outlook(e, asOf);
    Optional<GoalProgress> p = e.progress();
    List<String> note = new ArrayList<>();
    e.noData().ifPresent(note::add);
    p.ifPresent(x -> x.notes().forEach(n -> note.add(n.description())));
    Outcome.noForecast(e, asOf).ifPresent(why -> note.add("no forecast: " + why));
    return new Cells(
        e.goal().id().toString(),
        e.goal().metric().map(Object::toString).orElse("-"),
        p.map(x -> x.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')).orElse("-"),
        Numbers.inUnit(p.flatMap(GoalProgress::currentValue), e.unit()),
        Numbers.inUnit(WholeCounts.target(e), e.unit()),
        Numbers.percent(p.flatMap(GoalProgress::progress)),
        Numbers.percent(p.flatMap(GoalProgress::expectedProgress)),
        Scores.okrText(p.flatMap(Scores::okr)),
        Scores.grlText(p.flatMap(Scores::grl)),
        Outcome.forecast(e),
        Outcome.byDeadline(e),
        Outcome.over(e),
        o.map(Outcome::probability).orElse("-"),
        o.map(x -> Outcome.range80(x.atDeadline(), WholeCounts.counts(e), e.unit())).orElse("-"),
        String.join("; ", note));
  }

  private static CsvOutput csv(Evaluations evaluations) {
    CsvOutput csv =
        new CsvOutput(
            "goal",
            "metric",
            "status",
            "current",
            "target",
            "progress",
            "expected",
            "forecast",
            "reaches_target",
            "p_hit",
            "low80",
            "high80",
            "okr_grade",
            "grl_satisfaction",
            "notes");
    for (GoalEvaluation e : evaluations.goals()) {
      Cells c = cells(e, evaluations.asOf());
      Optional<GoalOutlook> o = outlook(e, evaluations.asOf());
      csv.row(
          c.goal,
          blank(c.metric),
          blank(c.status),
          decimal(e.progress().flatMap(GoalProgress::currentValue)),
          decimal(WholeCounts.target(e)),
          decimal(e.progress().flatMap(GoalProgress::progress)),
          decimal(e.progress().flatMap(GoalProgress::expectedProgress)),
          decimal(e.forecast().flatMap(Forecast::projectedAtDeadline)),
          blank(c.reaches),
          o.map(x -> String.valueOf(x.probability())).orElse(""),
          o.map(x -> String.valueOf(x.atDeadline().lower80())).orElse(""),
          o.map(x -> String.valueOf(x.atDeadline().upper80())).orElse(""),
          decimal(e.progress().flatMap(Scores::okr).map(OkrGrade::value)),
          decimal(e.progress().flatMap(Scores::grl).map(GrlSatisfaction::value)),
          c.note);
    }
    return csv;
  }

  private static String blank(String cell) {
    return cell.equals("-") ? "" : cell;
  }

  private static String decimal(Optional<BigDecimal> value) {
    return value.map(BigDecimal::toPlainString).orElse("");
  }
}
