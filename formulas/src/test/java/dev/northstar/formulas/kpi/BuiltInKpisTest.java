package dev.northstar.formulas.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricDefinition;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricRegistry;
import dev.northstar.core.metric.MetricUnit;
import dev.northstar.core.metric.spi.MetricDefinitionProvider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuiltInKpisTest {

  @Test
  void registryLoadListsTheCatalogueBesideTheCoreMetrics() {
    MetricRegistry registry = MetricRegistry.load();

    assertThat(registry.definitions()).containsAll(CoreMetrics.definitions());
    assertThat(registry.definitions()).containsAll(new BuiltInKpis().definitions());
    assertThat(registry.definitions()).extracting(MetricDefinition::id).doesNotHaveDuplicates();
    assertThat(registry.size())
        .isEqualTo(CoreMetrics.definitions().size() + new BuiltInKpis().definitions().size());
    assertThat(registry.sourceOf(MetricId.of("err"))).contains(BuiltInKpis.SOURCE);
    assertThat(registry.sourceOf(CoreMetrics.REACH)).contains(MetricRegistry.CORE_SOURCE);
    assertThat(registry.get(MetricId.of("cpm")).unit()).isEqualTo(MetricUnit.CURRENCY);
  }

  @Test
  void providerHoldsEveryKpiDerivedMetricAndMeasure() {
    List<MetricId> ids =
        new BuiltInKpis().definitions().stream().map(MetricDefinition::id).toList();

    assertThat(ids).doesNotHaveDuplicates();
    assertThat(ids).containsAll(Kpis.all().stream().map(RatioKpi::id).toList());
    assertThat(ids)
        .contains(
            DerivedMetrics.DAILY_ER,
            DerivedMetrics.AUDIENCE_GROWTH_RATE,
            DerivedMetrics.NET_FOLLOWER_CHANGE,
            DerivedMetrics.POTENTIAL_REACH,
            DerivedMetrics.MENTION_GROWTH,
            DerivedMetrics.CLV,
            DerivedMetrics.PROFIT_CLV,
            Measures.VIDEO_STARTS,
            Measures.SESSIONS,
            Measures.COMPETITOR_MENTIONS,
            Measures.SATISFIED_RESPONSES);
    assertThat(ids).hasSize(Kpis.all().size() + 7 + Measures.definitions().size());
    assertThat(new BuiltInKpis().definitions()).isSameAs(new BuiltInKpis().definitions());
    assertThat(new BuiltInKpis().name()).isEqualTo("northstar-formulas");
  }

  @Test
  void everyMeasureUsedByAKpiIsDefinedSomewhere() {
    MetricRegistry registry = MetricRegistry.load();

    for (RatioKpi kpi : Kpis.all()) {
      for (MetricId m : kpi.numerator().terms().keySet()) {
        assertThat(registry.contains(m)).as(kpi.id() + " uses " + m).isTrue();
      }
      for (MetricId m : kpi.denominator().terms().keySet()) {
        assertThat(registry.contains(m)).as(kpi.id() + " uses " + m).isTrue();
      }
    }
  }

  @Test
  void theModuleDescriptorProvidesTheService() {
    ModuleDescriptor descriptor = BuiltInKpis.class.getModule().getDescriptor();

    assertThat(descriptor).isNotNull();
    assertThat(descriptor.provides())
        .anySatisfy(
            p -> {
              assertThat(p.service()).isEqualTo(MetricDefinitionProvider.class.getName());
              assertThat(p.providers()).containsExactly(BuiltInKpis.class.getName());
            });
  }

  @Test
  void theClassPathServiceFileNamesTheProvider() throws IOException {
    try (InputStream in =
        BuiltInKpis.class
            .getModule()
            .getResourceAsStream(
                "META-INF/services/dev.northstar.core.metric.spi.MetricDefinitionProvider")) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip())
          .isEqualTo(BuiltInKpis.class.getName());
    }
  }
}
