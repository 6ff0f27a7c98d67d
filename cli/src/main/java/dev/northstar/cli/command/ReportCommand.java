package dev.northstar.cli.command;

import dev.northstar.cli.evaluate.Evaluations;
import dev.northstar.cli.evaluate.GoalEvaluation;
import dev.northstar.cli.io.AtomicFiles;
import dev.northstar.cli.io.GoalSources;
import dev.northstar.cli.io.MetricSources;
import dev.northstar.cli.report.HtmlReport;
import dev.northstar.core.hierarchy.GoalHierarchy;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.smart.RuleContext;
import dev.northstar.smart.SmartReport;
import dev.northstar.smart.SmartValidator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code northstar report}: a self-contained HTML report with a chart per goal. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Writes an HTML report with a chart per goal.",
      "One self-contained file (no external assets, no JavaScript): per goal an SVG chart of the"
          + " actual series, the expected pace, the target and the forecast to the deadline, with"
          + " its numbers, SMART findings and tactics; then the roll-up.",
      "The file is written completely or not at all."
    },
    footerHeading = "%nExample:%n",
    footer =
        "  ./northstar report examples/goals --metrics examples/data/generated/daily-metrics-2026.csv"
            + " --as-of 2026-11-30 --html target/northstar-report.html")
public final class ReportCommand implements Callable<Integer> {
  @Spec private CommandSpec spec = CommandSpec.create();

  @Parameters(
      arity = "1..*",
      paramLabel = "GOALS",
      description = "goal JSON files or folders of them")
  private List<Path> goals = new ArrayList<>();

  @Option(
      names = "--metrics",
      paramLabel = "CSV",
      required = true,
      description = "the metric CSV file")
  private Path metrics = Path.of("");

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      required = true,
      description = "the date to judge at, ISO")
  private LocalDate asOf = LocalDate.MIN;

  @Option(
      names = "--html",
      paramLabel = "FILE",
      required = true,
      description = "the HTML file to write")
  private Path html = Path.of("");

  @Option(
      names = "--columns",
      paramLabel = "MAPPING",
      description = "how the file's headers map to columns: northstar (default) or uci-facebook")
  private MetricSources.Columns columns = MetricSources.Columns.NORTHSTAR;

  @Option(
      names = "--title",
      paramLabel = "TEXT",
      description = "the report's title (default: ${DEFAULT-VALUE})")
  private String title = "Northstar goal report";

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    GoalHierarchy hierarchy = GoalSources.read(goals);
    MetricTable table = MetricSources.read(metrics, columns, spec.commandLine().getErr());
    Evaluations evaluations = Evaluations.of(hierarchy, table, asOf);
    List<MetricSeries> history = new ArrayList<>();
    for (GoalEvaluation e : evaluations.goals()) {
      e.series().ifPresent(history::add);
    }
    List<SmartReport> reports =
        SmartValidator.create()
            .validateAll(
                hierarchy.goals(),
                RuleContext.builder(asOf).hierarchy(hierarchy).history(history).build());
    List<String> sources = new ArrayList<>();
    goals.forEach(g -> sources.add(g.toString()));
    sources.add(metrics.toString());
    AtomicFiles.write(
        html, w -> HtmlReport.write(w, title, sources, hierarchy, evaluations, reports));
    out.println("wrote " + html + ": " + evaluations.goals().size() + " goals as of " + asOf);
    out.flush();
    return 0;
  }
}
