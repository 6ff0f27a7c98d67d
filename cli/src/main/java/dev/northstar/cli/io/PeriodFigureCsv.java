package dev.northstar.cli.io;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.northstar.core.metric.Accumulation;
import dev.northstar.core.metric.MetricDefinition;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricRegistry;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.series.PeriodFigure;
import dev.northstar.core.time.DateRange;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A platform's own figures for periods, such as a month's unique reach, from a CSV file. The header
 * has the five columns below and no others; {@code platform} is one platform, or empty for all
 * platforms; {@code from} and {@code to} are the first and last day the figure covers; {@code
 * value} is at least 0. The metric must be a non-additive flow (reach and other unique-people
 * counts), since a sum of days is exact for the other flows:
 *
 * <pre>
 * metric,platform,from,to,value
 * reach,facebook,2026-07-01,2026-07-31,61000
 * reach,,2026-08-01,2026-08-31,98000
 * </pre>
 */
public final class PeriodFigureCsv {

  private static final List<String> HEADER = List.of("metric", "platform", "from", "to", "value");
  private static final Set<String> COLUMNS = Set.copyOf(HEADER);

  private PeriodFigureCsv() {}

  /**
   * Reads the file.
   *
   * @param file the CSV file, not null
   * @param metrics the metric definitions, to check that each metric is a non-additive flow, not
   *     null
   * @return the figures in file order, never null
   * @throws InputException naming the file, line, column and value of anything wrong
   */
  public static List<PeriodFigure> read(Path file, MetricRegistry metrics) {
    List<PeriodFigure> figures = new ArrayList<>();
    Map<String, Long> lineOfKey = new HashMap<>();
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    try (MappingIterator<Map<String, String>> rows =
        new CsvMapper().readerForMapOf(String.class).with(schema).readValues(file.toFile())) {
      long line = 1;
      boolean headerChecked = false;
      while (rows.hasNextValue()) {
        Map<String, String> row = rows.nextValue();
        line++;
        CsvCell.requireKnownColumns(file, row, COLUMNS);
        if (!headerChecked) {
          requireColumns(file, row);
          headerChecked = true;
        }
        CsvCell cell = new CsvCell(file, line, row);
        MetricId metric = cell.parse("metric", t -> MetricId.of(t.strip()));
        requireNonAdditiveFlow(cell, metric, metrics);
        Scope scope =
            cell.isBlank("platform")
                ? Scope.allPlatforms()
                : Scope.of(cell.parse("platform", Platform::parse));
        LocalDate from = cell.parse("from", t -> LocalDate.parse(t.strip()));
        LocalDate to = cell.parse("to", t -> LocalDate.parse(t.strip()));
        if (to.isBefore(from)) {
          throw cell.invalid("to", "the last day must not be before \"from\" " + from);
        }
        PeriodFigure figure =
            cell.parse(
                "value",
                t ->
                    PeriodFigure.of(
                        metric, scope, DateRange.of(from, to), new BigDecimal(t.strip())));
        String key = metric + " " + scope + " " + figure.dates();
        Long earlier = lineOfKey.putIfAbsent(key, line);
        if (earlier != null) {
          throw cell.invalid(
              "value",
              "line "
                  + earlier
                  + " already gives "
                  + metric
                  + " for these platforms and dates "
                  + figure.dates()
                  + "; give one figure per metric, platform and dates");
        }
        figures.add(figure);
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof InputException ie) {
        throw ie;
      }
      throw new InputException(file + ": cannot read period figures: " + e.getMessage(), e);
    }
    return List.copyOf(figures);
  }

  private static void requireColumns(Path file, Map<String, String> row) {
    for (String column : HEADER) {
      if (!row.containsKey(column)) {
        throw new InputException(
            file
                + ": line 1: missing column \""
                + column
                + "\"; the header must be metric,platform,from,to,value");
      }
    }
  }

  private static void requireNonAdditiveFlow(
      CsvCell cell, MetricId metric, MetricRegistry metrics) {
    Accumulation kind = metrics.find(metric).map(MetricDefinition::accumulation).orElse(null);
    if (kind == null) {
      throw cell.invalid(
          "metric",
          "no metric " + metric + " is defined; allowed: a non-additive flow such as reach");
    }
    if (kind != Accumulation.NON_ADDITIVE_FLOW) {
      throw cell.invalid(
          "metric",
          metric
              + " is a "
              + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ')
              + (kind == Accumulation.FLOW ? ", whose sum over days is exact" : "")
              + "; allowed: a non-additive flow such as reach");
    }
  }
}
