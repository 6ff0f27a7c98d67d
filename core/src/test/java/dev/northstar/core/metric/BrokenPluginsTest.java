package dev.northstar.core.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.plugin.PluginLoadException;
import dev.northstar.core.plugin.PluginProblem;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.ServiceConfigurationError;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken class-path plugins, compiled at test time and found only through a dedicated class loader:
 * each is refused with a problem that names its class, {@code load} throws listing them all, and
 * {@code loadLenient} keeps the core metrics and every plugin that loaded cleanly.
 */
class BrokenPluginsTest {

  private static final String GOOD = "com.acme.broken.Good";
  private static final MetricId GOOD_ID = MetricId.of("acme.good");

  private static URLClassLoader loaderOf(Path classes) throws Exception {
    return new URLClassLoader(
        new URL[] {classes.toUri().toURL()}, MetricRegistry.class.getClassLoader());
  }

  /** Compiles a good provider beside the broken one, so that the test sees it survive. */
  private static Path plugins(Path dir, String brokenClass, String brokenBody, String... services)
      throws Exception {
    Map<String, String> sources = new LinkedHashMap<>();
    sources.put("Good", PluginFixture.providerOf("Good", GOOD_ID.value()));
    if (brokenBody != null) {
      sources.put(brokenClass, brokenBody);
    }
    List<String> lines = new java.util.ArrayList<>(List.of(services));
    lines.add(GOOD);
    return PluginFixture.compileClassPath(dir, sources, lines);
  }

  private static void assertRefused(Path classes, String provider, String why) throws Exception {
    try (URLClassLoader loader = loaderOf(classes)) {
      assertThatThrownBy(() -> MetricRegistry.load(loader))
          .isInstanceOfSatisfying(
              PluginLoadException.class,
              e -> {
                assertThat(e.problems())
                    .extracting(PluginProblem::provider)
                    .containsExactly(provider);
                assertThat(e.problems().get(0).message()).contains(why);
              })
          .hasMessageContaining("1 broken plugin")
          .hasMessageContaining(provider);

      MetricRegistry lenient = MetricRegistry.loadLenient(loader);
      assertThat(lenient.problems()).extracting(PluginProblem::provider).containsExactly(provider);
      assertThat(lenient.definitions()).containsAll(CoreMetrics.definitions());
      assertThat(lenient.sourceOf(GOOD_ID)).contains(GOOD);
      assertThatThrownBy(() -> lenient.get(MetricId.of("acme.missing")))
          .isInstanceOf(NoSuchElementException.class)
          .hasMessageContaining("plugins that failed to load")
          .hasMessageContaining(provider);
    }
  }

  @Test
  void aProviderWhoseConstructorThrowsIsNamed(@TempDir Path dir) throws Exception {
    String body =
        """
        public final class Throws implements MetricDefinitionProvider {
          public Throws() { throw new IllegalStateException("no licence key"); }
          public List<MetricDefinition> definitions() { return List.of(); }
        }
        """;
    Path classes = plugins(dir, "Throws", body, "com.acme.broken.Throws");

    assertRefused(classes, "com.acme.broken.Throws", "no licence key");
    try (URLClassLoader loader = loaderOf(classes)) {
      assertThat(MetricRegistry.loadLenient(loader).problems().get(0).cause())
          .containsInstanceOf(ServiceConfigurationError.class);
    }
  }

  @Test
  void aProviderWhoseDefinitionsThrowIsNamedAndContributesNothing(@TempDir Path dir)
      throws Exception {
    String body =
        """
        public final class Fails implements MetricDefinitionProvider {
          public List<MetricDefinition> definitions() {
            throw new UnsupportedOperationException("catalogue not found");
          }
        }
        """;
    assertRefused(
        plugins(dir, "Fails", body, "com.acme.broken.Fails"),
        "com.acme.broken.Fails",
        "catalogue not found");
  }

  @Test
  void aServicesEntryWithoutItsClassIsNamed(@TempDir Path dir) throws Exception {
    assertRefused(
        plugins(dir, "unused", null, "com.acme.broken.Missing"),
        "com.acme.broken.Missing",
        "not found");
  }

  @Test
  void aServicesEntryThatIsNotAProviderIsNamed(@TempDir Path dir) throws Exception {
    String body = "public final class NotAProvider {}\n";
    assertRefused(
        plugins(dir, "NotAProvider", body, "com.acme.broken.NotAProvider"),
        "com.acme.broken.NotAProvider",
        "not a subtype");
  }

  @Test
  void aDuplicateOfACoreIdIsRefusedAndTheCoreDefinitionKept(@TempDir Path dir) throws Exception {
    String body =
        PluginFixture.providerOf("Clash", CoreMetrics.FOLLOWERS.value())
            .replace(
                "List.of(Metric",
                "List.of(MetricDefinition.builder(MetricId.of(\"acme.x\"))" + ".build(), Metric");
    Path classes = plugins(dir, "Clash", body, "com.acme.broken.Clash");

    assertRefused(classes, "com.acme.broken.Clash", "'followers' is defined twice");
    try (URLClassLoader loader = loaderOf(classes)) {
      MetricRegistry lenient = MetricRegistry.loadLenient(loader);
      assertThat(lenient.get(CoreMetrics.FOLLOWERS))
          .isEqualTo(MetricRegistry.coreOnly().get(CoreMetrics.FOLLOWERS));
      assertThat(lenient.sourceOf(CoreMetrics.FOLLOWERS)).contains(MetricRegistry.CORE_SOURCE);
      assertThat(lenient.contains(MetricId.of("acme.x")))
          .as("a refused provider contributes none of its definitions")
          .isFalse();
      assertThat(lenient.problems().get(0).cause())
          .containsInstanceOf(DuplicateMetricException.class);
    }
  }

  @Test
  void twoPluginsWithTheSameIdKeepTheFirstAndNameBoth(@TempDir Path dir) throws Exception {
    Path classes =
        plugins(
            dir, "Twin", PluginFixture.providerOf("Twin", GOOD_ID.value()), "com.acme.broken.Twin");

    try (URLClassLoader loader = loaderOf(classes)) {
      MetricRegistry lenient = MetricRegistry.loadLenient(loader);
      assertThat(lenient.sourceOf(GOOD_ID)).contains("com.acme.broken.Twin");
      assertThat(lenient.problems())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.provider()).isEqualTo(GOOD);
                assertThat(p.message()).contains("com.acme.broken.Twin").contains(GOOD);
              });
    }
  }

  @Test
  void everyBrokenProviderIsListedAtOnce(@TempDir Path dir) throws Exception {
    Map<String, String> sources = new LinkedHashMap<>();
    sources.put("Good", PluginFixture.providerOf("Good", GOOD_ID.value()));
    sources.put("NotAProvider", "public final class NotAProvider {}\n");
    Path classes =
        PluginFixture.compileClassPath(
            dir, sources, List.of("com.acme.broken.Missing", GOOD, "com.acme.broken.NotAProvider"));

    try (URLClassLoader loader = loaderOf(classes)) {
      assertThatThrownBy(() -> MetricRegistry.load(loader))
          .isInstanceOfSatisfying(
              PluginLoadException.class,
              e ->
                  assertThat(e.problems())
                      .extracting(PluginProblem::provider)
                      .containsExactly("com.acme.broken.Missing", "com.acme.broken.NotAProvider"))
          .hasMessageContaining("2 broken plugins");
      assertThat(MetricRegistry.loadLenient(loader).contains(GOOD_ID)).isTrue();
    }
  }

  @Test
  void aModulePathProviderWhoseConstructorThrowsIsNamed(@TempDir Path dir) throws Exception {
    Path plugin =
        PluginFixture.compileModule(
            dir,
            """
            public final class Broken implements MetricDefinitionProvider {
              public Broken() { throw new IllegalStateException("no licence key"); }
              public List<MetricDefinition> definitions() { return List.of(); }
            }
            """);
    ModuleLayer boot = ModuleLayer.boot();
    Configuration config =
        boot.configuration()
            .resolveAndBind(ModuleFinder.of(plugin), ModuleFinder.of(), Set.of("com.acme.broken"));
    ModuleLayer layer =
        boot.defineModulesWithOneLoader(config, MetricRegistry.class.getClassLoader());

    assertThatThrownBy(() -> MetricRegistry.load(layer))
        .isInstanceOf(PluginLoadException.class)
        .hasMessageContaining("com.acme.broken.Broken")
        .hasMessageContaining("no licence key");
    MetricRegistry lenient = MetricRegistry.loadLenient(layer);
    assertThat(lenient.problems())
        .extracting(PluginProblem::provider)
        .containsExactly("com.acme.broken.Broken");
    assertThat(lenient.definitions()).containsAll(CoreMetrics.definitions());
  }

  /** A services file naming endless missing classes yields at most 1,000 problems, then stops. */
  @Test
  void aServicesFileOfManyMissingClassesStopsAtAThousandProblems(@TempDir Path dir)
      throws Exception {
    List<String> missing = new java.util.ArrayList<>();
    for (int i = 0; i < 1005; i++) {
      missing.add("com.acme.missing.Provider" + i);
    }
    Path services = java.nio.file.Files.createDirectories(dir.resolve("META-INF/services"));
    java.nio.file.Files.write(
        services.resolve(dev.northstar.core.metric.spi.MetricDefinitionProvider.class.getName()),
        missing);

    try (URLClassLoader loader = loaderOf(dir)) {
      MetricRegistry lenient = MetricRegistry.loadLenient(loader);

      assertThat(lenient.problems()).hasSize(1000);
      assertThat(lenient.problems().get(0).provider()).isEqualTo("com.acme.missing.Provider0");
      assertThat(lenient.problems().get(999).provider()).isEqualTo("com.acme.missing.Provider999");
      assertThat(lenient.definitions()).containsAll(CoreMetrics.definitions());
    }
  }
}
