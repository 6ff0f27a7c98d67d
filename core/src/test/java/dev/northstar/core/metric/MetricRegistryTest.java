package dev.northstar.core.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.spi.MetricDefinitionProvider;
import dev.northstar.core.plugin.PluginLoadException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricRegistryTest {

  private static final MetricId ACME = MetricId.of(PluginFixture.METRIC_ID);

  @Test
  void coreMetricsAreAlwaysThereSortedById() {
    MetricRegistry registry = MetricRegistry.load();

    assertThat(registry.definitions()).containsAll(CoreMetrics.definitions());
    assertThat(registry.definitions())
        .extracting(MetricDefinition::id)
        .isSortedAccordingTo(MetricId::compareTo);
    assertThat(registry.get(CoreMetrics.FOLLOWERS).additivity()).isEqualTo(Additivity.SNAPSHOT);
    assertThat(registry.sourceOf(CoreMetrics.FOLLOWERS)).contains(MetricRegistry.CORE_SOURCE);
  }

  @Test
  void coreMetricIdsAreUniqueAndMatchTheirConstants() {
    assertThat(CoreMetrics.definitions())
        .extracting(MetricDefinition::id)
        .doesNotHaveDuplicates()
        .contains(CoreMetrics.REACH, CoreMetrics.LEADS, CoreMetrics.REVENUE);
    assertThat(MetricRegistry.coreOnly().size()).isEqualTo(CoreMetrics.definitions().size());
  }

  @Test
  void unknownIdIsReportedWithTheKnownIds() {
    MetricRegistry registry = MetricRegistry.coreOnly();

    assertThat(registry.find(MetricId.of("nope"))).isEmpty();
    assertThat(registry.contains(MetricId.of("nope"))).isFalse();
    assertThatThrownBy(() -> registry.get(MetricId.of("nope")))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("unknown metric id 'nope'")
        .hasMessageContaining("followers");
  }

  @Test
  void duplicateIdNamesBothSources() {
    MetricDefinition clash = MetricDefinition.builder(CoreMetrics.REACH).name("Reach").build();
    MetricDefinitionProvider provider =
        new MetricDefinitionProvider() {
          @Override
          public Collection<MetricDefinition> definitions() {
            return List.of(clash);
          }

          @Override
          public String name() {
            return "acme-plugin";
          }
        };

    assertThatThrownBy(() -> MetricRegistry.builder().addCoreMetrics().addProvider(provider))
        .isInstanceOfSatisfying(
            DuplicateMetricException.class,
            e -> {
              assertThat(e.id()).isEqualTo(CoreMetrics.REACH);
              assertThat(e.firstSource()).isEqualTo(MetricRegistry.CORE_SOURCE);
              assertThat(e.secondSource()).isEqualTo("acme-plugin");
            })
        .hasMessageContaining("'reach'")
        .hasMessageContaining(MetricRegistry.CORE_SOURCE)
        .hasMessageContaining("acme-plugin");
  }

  @Test
  void failingProviderIsNamed() {
    MetricDefinitionProvider broken =
        () -> {
          throw new IllegalStateException("database down");
        };

    assertThatThrownBy(() -> MetricRegistry.builder().addProvider(broken))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(broken.getClass().getName())
        .hasMessageContaining("database down");
  }

  @Test
  void providerReturningNullIsNamed() {
    MetricDefinitionProvider broken = () -> null;

    assertThatThrownBy(() -> MetricRegistry.builder().addProvider(broken))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("returned null definitions");
  }

  @Test
  void findsAClassPathPluginThroughMetaInfServices(@TempDir Path dir) throws Exception {
    Path plugin = PluginFixture.compile(dir, PluginFixture.METRIC_ID, false);

    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {plugin.toUri().toURL()}, MetricRegistry.class.getClassLoader())) {
      MetricRegistry registry = MetricRegistry.load(loader);

      assertThat(registry.get(ACME).name()).isEqualTo("Discount code redemptions");
      assertThat(registry.sourceOf(ACME)).contains(PluginFixture.PROVIDER);
      assertThat(registry.definitions()).containsAll(CoreMetrics.definitions());
    }
  }

  @Test
  void findsAModulePathPluginInAModuleLayer(@TempDir Path dir) throws Exception {
    assertThat(MetricRegistry.class.getModule().isNamed())
        .as("core runs as a named module in this test (surefire uses the module path)")
        .isTrue();
    Path plugin = PluginFixture.compile(dir, PluginFixture.METRIC_ID, true);
    ModuleLayer boot = ModuleLayer.boot();
    Configuration config =
        boot.configuration()
            .resolveAndBind(ModuleFinder.of(plugin), ModuleFinder.of(), Set.of("com.acme.metrics"));
    ModuleLayer layer =
        boot.defineModulesWithOneLoader(config, MetricRegistry.class.getClassLoader());

    MetricRegistry registry = MetricRegistry.load(layer);

    assertThat(registry.get(ACME).description()).contains("shared only on social");
    assertThat(registry.sourceOf(ACME)).contains(PluginFixture.PROVIDER);
    assertThat(registry.definitions()).containsAll(CoreMetrics.definitions());
  }

  @Test
  void aPluginThatRedefinesACoreMetricIsRefusedNamingIt(@TempDir Path dir) throws Exception {
    Path plugin = PluginFixture.compile(dir, "followers", false);

    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {plugin.toUri().toURL()}, MetricRegistry.class.getClassLoader())) {
      assertThatThrownBy(() -> MetricRegistry.load(loader))
          .isInstanceOf(PluginLoadException.class)
          .hasCauseInstanceOf(DuplicateMetricException.class)
          .hasMessageContaining("'followers'")
          .hasMessageContaining(MetricRegistry.CORE_SOURCE)
          .hasMessageContaining(PluginFixture.PROVIDER);
    }
  }

  @Test
  void findReturnsTheDefinitionOfAKnownId() {
    MetricRegistry registry = MetricRegistry.coreOnly();
    MetricDefinition followers =
        CoreMetrics.definitions().stream()
            .filter(d -> d.id().equals(CoreMetrics.FOLLOWERS))
            .findFirst()
            .orElseThrow();

    assertThat(registry.find(CoreMetrics.FOLLOWERS))
        .containsSame(registry.get(CoreMetrics.FOLLOWERS));
    assertThat(registry.find(CoreMetrics.FOLLOWERS)).contains(followers);
  }

  @Test
  void toStringIsTheDocumentedSummaryWithTheIdsSorted() {
    MetricRegistry two =
        MetricRegistry.builder()
            .add(MetricDefinition.builder(MetricId.of("comments")).build(), "test")
            .add(MetricDefinition.builder(MetricId.of("clicks")).build(), "test")
            .build();

    assertThat(two).hasToString("MetricRegistry[2 metrics: clicks, comments]");
    assertThat(MetricRegistry.builder().build()).hasToString("MetricRegistry[0 metrics]");
    assertThat(MetricRegistry.coreOnly().toString())
        .startsWith("MetricRegistry[" + CoreMetrics.definitions().size() + " metrics: ")
        .contains(CoreMetrics.FOLLOWERS.value());
  }

  /**
   * A plugin that the services file lists before a Northstar provider, and that claims the same id,
   * is refused: Northstar's own providers are added first, whatever the loader's order.
   */
  @Test
  void northstarProvidersAreAddedBeforePluginsListedEarlier(@TempDir Path dir) throws Exception {
    String plugin = "com.acme.early.Squatter";
    String builtIn = "dev.northstar.fixture.BuiltIn";
    MetricId id = MetricId.of("shared.id");
    Path classes =
        PluginFixture.compileQualified(
            dir,
            java.util.Map.of(
                plugin,
                PluginFixture.providerOf("Squatter", id.value()),
                builtIn,
                PluginFixture.providerOf("BuiltIn", id.value())),
            List.of(plugin, builtIn));

    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL()}, MetricRegistry.class.getClassLoader())) {
      MetricRegistry registry = MetricRegistry.loadLenient(loader);

      assertThat(registry.sourceOf(id)).contains(builtIn);
      assertThat(registry.problems())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.provider()).isEqualTo(plugin);
                assertThat(p.cause()).containsInstanceOf(DuplicateMetricException.class);
              });
      assertThatThrownBy(() -> MetricRegistry.load(loader))
          .isInstanceOf(PluginLoadException.class)
          .hasMessageContaining(plugin);
    }
  }
}
