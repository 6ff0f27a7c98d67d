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
 * The metric CSV a command reads ({@code --metrics}, optional) and how its columns map ({@code
 * --columns}), {@link OptionalFile optional} or {@link RequiredFile required}.
 */
abstract class MetricsInput {

  /** The metric file as an optional option. */
  static final class OptionalFile extends MetricsInput {
    @Option(names = "--metrics", paramLabel = "CSV", description = "the metric CSV file")
    private @Nullable Path file;

    @Override
    @Nullable Path file() {
      return file;
    }
  }

  /** The metric file as a required option, shown as required in the usage. */
  static final class RequiredFile extends MetricsInput {
    @Option(
        names = "--metrics",
        paramLabel = "CSV",
        required = true,
        description = "the metric CSV file")
    private @Nullable Path required;

    @Override
    @Nullable Path file() {
      return required;
    }
  }

  abstract @Nullable Path file();

  @Option(
      names = "--columns",
      paramLabel = "MAPPING",
      description =
          "how the file's headers map to columns: northstar (default), uci-facebook or a mapping"
              + " file (JSON, docs/csv-format.md)")
  private MetricSources.Columns columns = MetricSources.Columns.NORTHSTAR;

  /** Reads the file, if one was given. */
  Optional<MetricTable> readIfGiven(PrintWriter err) {
    Path f = file();
    return f == null ? Optional.empty() : Optional.of(MetricSources.read(f, columns, err));
  }

  /** Reads the file, which the command needs. */
  MetricTable read(PrintWriter err) {
    return readIfGiven(err)
        .orElseThrow(
            () -> new InputException("missing --metrics CSV: this command needs a metric file"));
  }

  Optional<String> name() {
    return Optional.ofNullable(file()).map(Path::toString);
  }
}
