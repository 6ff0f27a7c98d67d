package dev.northstar.cli.command;

import dev.northstar.cli.io.GoalSources;
import dev.northstar.cli.io.InputException;
import dev.northstar.core.metric.MetricRegistry;
import dev.northstar.formulas.kpi.KpiRegistry;
import dev.northstar.formulas.kpi.RatioKpi;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The KPIs goals may name as their metric, for every command that reads goals: the built-in and
 * plugin ones, the goal files' {@code "kpis"}, {@code --kpis-file} and the {@code --kpi}
 * definitions of the command. So {@code check}, {@code progress} and {@code report} know the same
 * KPIs.
 */
final class GoalKpis {
  @Option(
      names = "--kpis-file",
      paramLabel = "FILE",
      description =
          "a file of ad-hoc KPIs that goals may name as their metric, one 'id = numerator /"
              + " denominator' per line; # starts a comment")
  private @Nullable Path kpisFile;

  /**
   * The KPIs goals may name: the built-in and plugin ones, the goal files' {@code kpis}, those of
   * {@code --kpis-file}, then the given {@code --kpi} definitions ({@code id = numerator /
   * denominator}). Reads the goal files first, so that their JSON errors are named there.
   */
  KpiRegistry registry(GoalsInput goals, List<String> definitions) {
    goals.read();
    KpiRegistry registry = KpiRegistry.load();
    MetricRegistry metrics = MetricRegistry.loadLenient();
    for (GoalSources.KpiText k : goals.kpis()) {
      registry = add(registry, metrics, AdHocKpis.define(k.text(), k.where()), k.file());
    }
    if (kpisFile != null) {
      for (RatioKpi kpi : AdHocKpis.read(kpisFile)) {
        registry = add(registry, metrics, kpi, kpisFile.toString());
      }
    }
    for (String definition : definitions) {
      registry = add(registry, metrics, AdHocKpis.define(definition, "--kpi"), "--kpi");
    }
    return registry;
  }

  /**
   * Adds an ad-hoc KPI, refusing an id that a metric already has: a goal naming it would be
   * measured by one of the two, and the other would be ignored without a word.
   */
  private static KpiRegistry add(
      KpiRegistry registry, MetricRegistry metrics, RatioKpi kpi, String source) {
    if (registry.find(kpi.id()).isEmpty() && metrics.find(kpi.id()).isPresent()) {
      throw new InputException(
          "KPI '"
              + kpi.id()
              + "' of "
              + source
              + " has the id of the metric '"
              + kpi.id()
              + "' ("
              + metrics.find(kpi.id()).get().name()
              + "); goals naming it would be ambiguous, so give the KPI another id");
    }
    return AdHocKpis.add(registry, kpi, source);
  }
}
