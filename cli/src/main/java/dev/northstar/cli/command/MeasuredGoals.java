package dev.northstar.cli.command;

import dev.northstar.cli.evaluate.Evaluations;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Goals, the metrics they are measured against and the date: the input of progress and report. */
final class MeasuredGoals {
  @Mixin private GoalsInput goals = new GoalsInput();

  @Mixin private MetricsInput metrics = new MetricsInput.RequiredFile();

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      required = true,
      description = "the date to judge at, ISO")
  private LocalDate asOf = LocalDate.MIN;

  /** Reads the goals and the metrics and measures every goal at the date. */
  Evaluations evaluate(PrintWriter err) {
    return Evaluations.of(goals.read(), metrics.read(err), asOf);
  }

  /** The names of the input files, goals first. */
  List<String> sources() {
    List<String> sources = new ArrayList<>(goals.names());
    metrics.name().ifPresent(sources::add);
    return sources;
  }
}
