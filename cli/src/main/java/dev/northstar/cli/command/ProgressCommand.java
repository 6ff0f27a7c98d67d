package dev.northstar.cli.command;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.northstar.cli.evaluate.Evaluations;
import dev.northstar.cli.evaluate.GoalEvaluation;
import dev.northstar.cli.evaluate.Outcome;
import dev.northstar.cli.evaluate.WholeCounts;
import dev.northstar.cli.text.Numbers;
import dev.northstar.cli.text.TextTable;
import dev.northstar.jackson.NorthstarJson;
import dev.northstar.progress.Forecast;
import dev.northstar.progress.GoalOutlook;
import dev.northstar.progress.GoalProgress;
import dev.northstar.progress.ProgressNote;
import dev.northstar.progress.ProgressStatus;
import dev.northstar.progress.forecast.ForecastBand;
import dev.northstar.progress.rollup.Contribution;
import dev.northstar.progress.rollup.Lack;
import dev.northstar.progress.rollup.Rollup;
import dev.northstar.progress.rollup.RollupMethod;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code northstar progress}: progress, status and forecast of every goal, and the roll-up. */
@Command(
    name = "progress",
    mixinStandardHelpOptions = true,
    description = {
      "Measures the progress of every goal at a date.",
      "Current value, progress towards the target, the progress expected by then, status and the"
          + " forecast at the deadline; then the roll-up of the goal hierarchy (weighted mean of"
          + " the sub-goals)."
    },
    footerHeading = "%nExample:%n",
    footer = {
      "  ./northstar progress examples/goals \\",
      "      --metrics examples/data/generated/daily-metrics-2026.csv \\",
      "      --as-of 2026-11-30"
    })
public final class ProgressCommand implements Callable<Integer> {
  @Spec private CommandSpec spec = CommandSpec.create();

  @Mixin private MeasuredGoals input = new MeasuredGoals();

  @Mixin private FormatOption output = new FormatOption();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Evaluations evaluations = input.evaluate(spec.commandLine().getErr());
    output.emit(
        out,
        w -> {
          PrintWriter o = new PrintWriter(w);
          switch (output.format) {
            case JSON -> o.println(NorthstarJson.mapper().writeValueAsString(json(evaluations)));
            case CSV, CSV_LONG -> csv(evaluations).writeTo(o);
            case XLSX -> XlsxOutput.write(output.xlsxFile(), ProgressSheets.of(evaluations));
            case TABLE -> table(evaluations, o);
          }
          o.flush();
        });
    out.flush();
    return 0;
  }

  private static void table(Evaluations evaluations, PrintWriter out) {
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
    if (!evaluations.rollups().isEmpty()) {
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

  /** One goal's printed cells. */
  private record Cells(
      String goal,
      String metric,
      String status,
      String current,
      String target,
      String progress,
      String expected,
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
    return e.measure().flatMap(m -> e.progress().flatMap(p -> GoalOutlook.of(m, p, asOf)));
  }

  private static Cells cells(GoalEvaluation e, java.time.LocalDate asOf) {
    Optional<GoalOutlook> o = outlook(e, asOf);
    Optional<GoalProgress> p = e.progress();
    List<String> note = new ArrayList<>();
    e.noData().ifPresent(note::add);
    p.ifPresent(x -> x.notes().forEach(n -> note.add(n.description())));
    return new Cells(
        e.goal().id().toString(),
        e.goal().metric().map(Object::toString).orElse("-"),
        p.map(x -> x.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')).orElse("-"),
        Numbers.inUnit(p.flatMap(GoalProgress::currentValue), e.unit()),
        Numbers.inUnit(WholeCounts.target(e), e.unit()),
        Numbers.percent(p.flatMap(GoalProgress::progress)),
        Numbers.percent(p.flatMap(GoalProgress::expectedProgress)),
        Outcome.forecast(e),
        Outcome.byDeadline(e),
        Outcome.over(e),
        o.map(x -> String.format(Locale.ENGLISH, "%.0f%%", 100 * x.probability())).orElse("-"),
        o.map(x -> range(x.atDeadline(), WholeCounts.counts(e), e.unit())).orElse("-"),
        String.join("; ", note));
  }

  /** The 80% range at the deadline; a ratio's (a rate's) as percents, as its current value. */
  private static String range(ForecastBand b, boolean whole, Optional<String> unit) {
    Optional<String> percent = unit.filter("%"::equals);
    return Numbers.inUnit(Optional.of(round(b.lower80(), whole)), percent)
        + ".."
        + Numbers.inUnit(Optional.of(round(b.upper80(), whole)), percent);
  }

  /** A forecast figure to four significant digits, whole from 1,000 and for counts. */
  private static BigDecimal round(double v, boolean whole) {
    BigDecimal d = new BigDecimal(v);
    return whole || Math.abs(v) >= 1000
        ? d.setScale(0, java.math.RoundingMode.HALF_EVEN)
        : d.round(new java.math.MathContext(4)).stripTrailingZeros();
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

  private static ObjectNode json(Evaluations evaluations) {
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
      outlook(e, evaluations.asOf())
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
    }
    ArrayNode rollups = root.putArray("rollups");
    List<Rollup> all = new ArrayList<>(evaluations.rollups());
    all.addAll(evaluations.rollups(RollupMethod.AND_MINIMUM));
    all.addAll(evaluations.rollups(RollupMethod.OR_MAXIMUM));
    for (Rollup r : all) {
      ObjectNode o = rollups.addObject();
      o.put("objective", r.objective().toString());
      o.put("method", r.method().name().toLowerCase(Locale.ROOT));
      put(o, "progress", r.progress());
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
