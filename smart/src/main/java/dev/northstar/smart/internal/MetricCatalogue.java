package dev.northstar.smart.internal;

import dev.northstar.core.metric.MetricDefinition;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricRegistry;
import dev.northstar.core.metric.MetricSynonyms;
import dev.northstar.core.plugin.PluginLoadException;
import dev.northstar.formulas.kpi.DerivedMetrics;
import dev.northstar.formulas.kpi.KpiRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every metric a statement can name, as seen by the thread's context class loader: the metric
 * registry's (built-in and plugins'), the KPI registry's (the built-in catalogue and every {@code
 * KpiProvider}'s, with their synonyms) and the derived metrics', first definition of an id winning.
 *
 * @param definitions the definitions, in registry, KPI, derived order; one per id
 * @param synonyms the KPIs' other names, in lower case, by KPI id
 * @param languageSynonyms the synonyms per language of every definition with some, and of the KPI
 *     providers' KPIs, by metric id
 */
record MetricCatalogue(
    List<MetricDefinition> definitions,
    Map<MetricId, List<String>> synonyms,
    Map<MetricId, MetricSynonyms> languageSynonyms) {

  MetricCatalogue {
    definitions = List.copyOf(definitions);
    synonyms = Map.copyOf(synonyms);
    languageSynonyms = Collections.unmodifiableMap(new LinkedHashMap<>(languageSynonyms));
  }

  /** The synonyms in one language of each metric that has some there, in catalogue order. */
  Map<MetricId, List<String>> wordsIn(Locale language) {
    Map<MetricId, List<String>> out = new LinkedHashMap<>();
    languageSynonyms.forEach(
        (id, s) -> {
          List<String> words = s.in(language);
          if (!words.isEmpty()) {
            out.put(id, words);
          }
        });
    return out;
  }

  /** The metrics of the context class loader's registries. */
  static MetricCatalogue load() {
    KpiRegistry kpis;
    try {
      kpis = KpiRegistry.load();
    } catch (PluginLoadException e) {
      // the parser never throws: a broken KPI plugin leaves the built-in KPIs to name, as a broken
      // metric plugin leaves the lenient metric registry
      kpis = KpiRegistry.builtIn();
    }
    Map<MetricId, MetricDefinition> byId = new LinkedHashMap<>();
    for (MetricDefinition d : MetricRegistry.loadLenient().definitions()) {
      byId.putIfAbsent(d.id(), d);
    }
    Map<MetricId, List<String>> synonyms = new LinkedHashMap<>();
    Map<MetricId, MetricSynonyms> languageSynonyms = new LinkedHashMap<>();
    for (KpiRegistry.Entry e : kpis.entries()) {
      byId.putIfAbsent(e.kpi().id(), e.toDefinition());
      synonyms.put(e.kpi().id(), e.synonyms());
      languageSynonyms.merge(e.kpi().id(), e.languageSynonyms(), MetricSynonyms::and);
    }
    for (MetricDefinition d : DerivedMetrics.definitions()) {
      byId.putIfAbsent(d.id(), d);
    }
    for (MetricDefinition d : byId.values()) {
      languageSynonyms.merge(d.id(), d.synonyms(), (kpi, definition) -> definition.and(kpi));
    }
    return new MetricCatalogue(new ArrayList<>(byId.values()), synonyms, languageSynonyms);
  }
}
