package dev.northstar.cli.command;

import dev.northstar.cli.io.InputException;
import dev.northstar.cli.io.MetricSources;
import dev.northstar.formulas.table.MetricTable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The metric CSV a command reads ({@code --metrics}) and how its columns map ({@code --columns}).
 */
final class MetricsInput {
  @Option(names = "--metrics", paramLabel = "CSV", description = "the metric CSV file")
  private @Nullable Path file;

  @Option(
      names = "--columns",
      paramLabel = "MAPPING",
      description =
          "how the file's headers map to columns: northstar (default), uci-facebook or a mapping"
              + " file (JSON, docs/csv-format.md)")
  private MetricSources.Columns columns = MetricSources.Columns.NORTHSTAR;

  /** Reads the file, if one was given. */
  Optional<MetricTable> readIfGiven(PrintWriter err) {
    return file == null ? Optional.empty() : Optional.of(MetricSources.read(file, columns, err));
  }

  /** Reads the file, which the command needs. */
  MetricTable read(PrintWriter err) {
    return readIfGiven(err)
        .orElseThrow(
            () -> new InputException("missing --metrics CSV: this command needs a metric file"));
  }

  Optional<String> name() {
    return Optional.ofNullable(file).map(Path::toString);
  }
}
