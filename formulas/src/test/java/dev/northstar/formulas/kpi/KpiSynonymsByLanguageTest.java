package dev.northstar.formulas.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.MetricDefinition;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricSynonyms;
import dev.northstar.formulas.spi.KpiProvider;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** KPIs have synonyms per language: the built-in ones from data, a provider's as it declares. */
class KpiSynonymsByLanguageTest {

  private static final RatioKpi RATE = RatioKpi.parse("acme.rate = acme.done / acme.asked");
  private static final MetricSynonyms GERMAN =
      MetricSynonyms.of(Locale.GERMAN, List.of("Erledigungsquote"));

  private record Provider(Collection<RatioKpi> kpis, Map<MetricId, MetricSynonyms> byLanguage)
      implements KpiProvider {
    @Override
    public Map<MetricId, MetricSynonyms> synonymsByLanguage() {
      return byLanguage;
    }

    @Override
    public String name() {
      return "acme";
    }
  }

  @Test
  void aProvidersSynonymsPerLanguageAreOnItsEntryAndDefinition() {
    KpiRegistry registry =
        KpiRegistry.builtIn().withProvider(new Provider(List.of(RATE), Map.of(RATE.id(), GERMAN)));
    KpiRegistry.Entry entry = registry.entries().get(registry.entries().size() - 1);
    assertThat(entry.languageSynonyms().in(Locale.GERMAN)).containsExactly("erledigungsquote");
    MetricDefinition definition = entry.toDefinition();
    assertThat(definition.synonyms()).isEqualTo(GERMAN);
    assertThat(definition).isEqualTo(RATE.toDefinition());
  }

  @Test
  void synonymsOfAKpiTheProviderDoesNotProvideAreRefused() {
    Provider stray = new Provider(List.of(RATE), Map.of(Kpis.CTR.id(), GERMAN));
    assertThatThrownBy(() -> KpiRegistry.builtIn().withProvider(stray))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("acme: synonymsByLanguage() names KPI 'ctr', which it does not provide");
  }

  @Test
  void theBuiltInKpisCarryTheirSynonymsPerLanguage() {
    MetricDefinition cpc =
        new BuiltInKpis()
            .definitions().stream()
                .filter(d -> d.id().equals(Kpis.CPC.id()))
                .findFirst()
                .orElseThrow();
    // cpc.de in synonyms.properties next to BuiltInKpis
    assertThat(cpc.synonyms().in(Locale.GERMAN)).containsExactly("cpc", "kosten pro klick");
    assertThat(cpc.synonyms().languages()).containsExactly("de", "en", "id", "lv", "pl", "vi");
    KpiRegistry.Entry builtIn =
        KpiRegistry.builtIn().entries().stream()
            .filter(e -> e.kpi().equals(Kpis.CPC))
            .findFirst()
            .orElseThrow();
    assertThat(builtIn.languageSynonyms()).isEqualTo(cpc.synonyms());
  }
}
