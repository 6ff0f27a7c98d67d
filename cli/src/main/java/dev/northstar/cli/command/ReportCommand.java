package dev.northstar.cli.command;

import dev.northstar.cli.evaluate.Evaluations;
import dev.northstar.cli.io.AtomicFiles;
import dev.northstar.cli.report.HtmlReport;
import dev.northstar.smart.SmartReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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
    footer = {
      "  ./northstar report examples/goals \\",
      "      --metrics examples/data/generated/daily-metrics-2026.csv \\",
      "      --as-of 2026-11-30 --html target/northstar-report.html"
    })
public final class ReportCommand implements Callable<Integer> {
  @Spec private CommandSpec spec = CommandSpec.create();

  @Mixin private MeasuredGoals input = new MeasuredGoals();

  @Option(
      names = "--html",
      paramLabel = "FILE",
      required = true,
      description = "the HTML file to write")
  private Path html = Path.of("");

  @Option(
      names = "--title",
      paramLabel = "TEXT",
      description = "the report's title (default: ${DEFAULT-VALUE})")
  private String title = "Northstar goal report";

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Evaluations evaluations = input.evaluate(spec.commandLine().getErr());
    List<SmartReport> reports = evaluations.smartReports();
    List<String> sources = input.sources();
    AtomicFiles.write(html, w -> HtmlReport.write(w, title, sources, evaluations, reports));
    out.println(
        "wrote " + html + ": " + evaluations.goals().size() + " goals as of " + evaluations.asOf());
    out.flush();
    return 0;
  }
}
