package dev.northstar.cli.command;

import dev.northstar.cli.io.InputException;
import dev.northstar.core.metric.DuplicateMetricException;
import dev.northstar.core.metric.MetricId;
import dev.northstar.formulas.kpi.KpiRegistry;
import dev.northstar.formulas.kpi.KpiSyntaxException;
import dev.northstar.formulas.kpi.RatioKpi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The KPIs of {@code --kpi} and {@code --kpis-file}: ids of the registry or ad-hoc expressions. */
final class AdHocKpis {

  /** The most definitions a KPI file may hold. */
  static final int MAX_LINES = 10_000;

  private AdHocKpis() {}

  /**
   * Reads a file of definitions: one expression per line, blank lines and {@code #} comments
   * skipped.
   */
  static List<RatioKpi> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new InputException("--kpis-file: " + file + ": no such file", e);
    } catch (IOException e) {
      throw new InputException("--kpis-file: " + file + ": cannot read: " + e.getMessage(), e);
    }
    if (lines.size() > MAX_LINES) {
      throw new InputException(
          "--kpis-file: " + file + " has " + lines.size() + " lines; at most " + MAX_LINES);
    }
    List<RatioKpi> kpis = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int hash = line.indexOf('#');
      String text = hash < 0 ? line : line.substring(0, hash);
      if (text.isBlank()) {
        continue;
      }
      String where = file + ": line " + (i + 1);
      if (text.indexOf('=') < 0) {
        throw new InputException(
            where + ": expected 'id = numerator / denominator', but was '" + text.strip() + "'");
      }
      kpis.add(parse(text, where));
    }
    if (kpis.isEmpty()) {
      throw new InputException("--kpis-file: " + file + " defines no KPI");
    }
    return kpis;
  }

  /** Adds a KPI to the registry, or refuses an id that is taken, naming both sources. */
  static KpiRegistry add(KpiRegistry registry, RatioKpi kpi, String source) {
    try {
      return registry.with(kpi, source);
    } catch (DuplicateMetricException e) {
      throw new InputException(
          "KPI '"
              + kpi.id()
              + "' of "
              + source
              + " is already defined by "
              + e.firstSource()
              + "; give it another id",
          e);
    }
  }

  /** Resolves each {@code --kpi} item: an ad-hoc expression if it has a '/', else an id. */
  static List<RatioKpi> choose(KpiRegistry registry, List<String> items) {
    List<RatioKpi> chosen = new ArrayList<>();
    KpiRegistry known = registry;
    for (String item : items) {
      if (item.indexOf('/') >= 0) {
        RatioKpi kpi = parse(item, "--kpi");
        known = add(known, kpi, "--kpi");
        chosen.add(kpi);
        continue;
      }
      Optional<RatioKpi> kpi = known.find(MetricId.parse(item.strip()));
      if (kpi.isEmpty()) {
        throw new InputException(
            "--kpi: unknown KPI '"
                + item.strip()
                + "'; known: "
                + String.join(", ", known.ids())
                + "; or define one such as 'tir = total_interactions / reach'");
      }
      chosen.add(kpi.get());
    }
    return chosen;
  }

  /**
   * Reads one definition of a KPI that goals name, from {@code --kpi} of progress and report or a
   * goal file: it must name its id.
   */
  static RatioKpi define(String text, String where) {
    if (text.indexOf('=') < 0) {
      throw new InputException(
          where
              + ": expected a definition 'id = numerator / denominator', but was '"
              + text.strip()
              + "'");
    }
    return parse(text, where);
  }

  private static RatioKpi parse(String text, String where) {
    try {
      return RatioKpi.parse(text.strip());
    } catch (KpiSyntaxException e) {
      throw new InputException(where + ": " + e.getMessage(), e);
    }
  }
}
