package dev.northstar.formulas.spi;

import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricSynonyms;
import dev.northstar.core.scope.Platform;
import dev.northstar.formulas.kpi.RatioKpi;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A source of ratio KPIs with their formulas, and of engagement sets for platforms the built-in
 * {@linkplain dev.northstar.formulas.kpi.EngagementSets engagement sets} do not know, found by
 * {@link java.util.ServiceLoader} on the module path ({@code provides
 * dev.northstar.formulas.spi.KpiProvider with ...}) and on the class path ({@code
 * META-INF/services/dev.northstar.formulas.spi.KpiProvider}).
 *
 * <p>{@link dev.northstar.formulas.kpi.KpiRegistry#load()} collects the built-in catalogue and
 * every provider; a KPI id or a platform that two sources contribute is an error naming both. The
 * registry of metric definitions is separate: register each KPI's {@link RatioKpi#toDefinition()}
 * and the raw measures it needs with a {@link
 * dev.northstar.core.metric.spi.MetricDefinitionProvider} too (one class may implement both
 * interfaces), so that goals and SMART rules know the metric.
 *
 * <p>Implementations must have a public no-argument constructor and should be immutable and
 * thread-safe.
 */
public interface KpiProvider {

  /**
   * Returns the KPIs this provider contributes. Ids must be unique across all providers and the
   * built-in catalogue.
   *
   * @return the KPIs, not null, no null elements
   */
  Collection<RatioKpi> kpis();

  /**
   * Returns what counts as an engagement on platforms the built-in sets do not cover: for each
   * platform, the interaction counts whose sum is {@code engagements}. None by default.
   *
   * @return the sets, not null, no null keys or values; each set not empty and without {@code
   *     engagements}
   */
  default Map<Platform, Set<MetricId>> engagementSets() {
    return Map.of();
  }

  /**
   * Returns other names of this provider's KPIs, in lower case, such as {@code "redemption rate"},
   * for readers of goal statements. None by default; the name and the id are always synonyms.
   *
   * @return the synonyms by KPI id, not null
   */
  default Map<MetricId, List<String>> synonyms() {
    return Map.of();
  }

  /**
   * Returns other names of this provider's KPIs per language, by which goal statements in those
   * languages name them, such as {@code MetricSynonyms.of(Locale.GERMAN, List.of("einlösequote"))}.
   * None by default. (A KPI whose definition the provider also registers with a {@link
   * dev.northstar.core.metric.spi.MetricDefinitionProvider} may carry them on that definition
   * instead, {@link dev.northstar.core.metric.MetricDefinition#synonyms()}.)
   *
   * @return the synonyms per language by KPI id, not null, no null values
   */
  default Map<MetricId, MetricSynonyms> synonymsByLanguage() {
    return Map.of();
  }

  /**
   * Returns the provider's name, used in error messages; by default its class name.
   *
   * @return the name, not null, not blank
   */
  default String name() {
    return getClass().getName();
  }
}
