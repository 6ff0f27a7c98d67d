package dev.northstar.formulas.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.DuplicateMetricException;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.plugin.PluginLoadException;
import dev.northstar.core.plugin.PluginProblem;
import dev.northstar.core.scope.Platform;
import dev.northstar.formulas.spi.KpiProvider;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KpiRegistryTest {

  private static final RatioKpi RATE = RatioKpi.parse("acme.rate = acme.done / acme.asked");
  private static final Platform MASTODON = Platform.of("mastodon", "Mastodon");

  /** A provider made of plain values. */
  private record Provider(
      String name,
      Collection<RatioKpi> kpis,
      Map<Platform, Set<MetricId>> engagementSets,
      Map<MetricId, List<String>> synonyms)
      implements KpiProvider {}

  private static Provider provider(String name, RatioKpi... kpis) {
    return new Provider(name, List.of(kpis), Map.of(), Map.of());
  }

  @Test
  void theBuiltInRegistryIsTheCatalogueWithItsSynonyms() {
    KpiRegistry registry = KpiRegistry.builtIn();

    assertThat(registry.kpis()).isEqualTo(Kpis.all());
    assertThat(registry.ids()).hasSize(Kpis.all().size()).startsWith("err");
    assertThat(registry.engagementSets()).isEqualTo(EngagementSets.defaults());
    assertThat(registry.sourceOf(Kpis.CTR.id())).contains("northstar-formulas");
    assertThat(registry.sourceOf(MetricId.of("nope"))).isEmpty();
    assertThat(registry.entries().get(0).synonyms())
        .containsExactly("engagement rate by reach", "err");
    assertThat(registry.entries())
        .filteredOn(e -> e.kpi().equals(Kpis.SHARE_OF_VOICE))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e.synonyms())
                    .containsExactly("social share of voice", "share of voice"));
    assertThat(registry.get(Kpis.CPM.id())).isSameAs(Kpis.CPM);
    assertThat(registry.find(MetricId.of("nope"))).isEmpty();
    assertThatThrownBy(() -> registry.get(MetricId.of("nope")))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageStartingWith("unknown KPI 'nope'; known: err, ")
        .hasMessageContaining(", ctr, ");
    assertThat(registry)
        .hasToString("KpiRegistry[37 KPIs: " + String.join(", ", registry.ids()) + "]");
  }

  @Test
  void aProviderAddsItsKpisSynonymsAndPlatforms() {
    Provider acme =
        new Provider(
            "acme",
            List.of(RATE),
            Map.of(MASTODON, Set.of(CoreMetrics.LIKES, CoreMetrics.SHARES)),
            Map.of(RATE.id(), List.of("  Resolution Rate ", "resolution rate")));

    KpiRegistry registry = KpiRegistry.builtIn().withProvider(acme);

    assertThat(registry.kpis()).endsWith(RATE).hasSize(Kpis.all().size() + 1);
    assertThat(registry.get(RATE.id())).isSameAs(RATE);
    assertThat(registry.sourceOf(RATE.id())).contains("acme");
    assertThat(registry.entries().get(registry.entries().size() - 1))
        .isEqualTo(
            new KpiRegistry.Entry(
                RATE, "acme", List.of("acme.rate", "acme.rate", "resolution rate").subList(1, 3)));
    assertThat(registry.engagementSets().forPlatform(MASTODON))
        .containsExactlyInAnyOrder(CoreMetrics.LIKES, CoreMetrics.SHARES);
    assertThat(registry.engagementSets().forPlatform(Platform.FACEBOOK))
        .isEqualTo(EngagementSets.defaults().forPlatform(Platform.FACEBOOK));
    assertThat(KpiRegistry.builtIn().kpis()).doesNotContain(RATE);
  }

  @Test
  void aDuplicateIdNamesBothSources() {
    KpiRegistry registry = KpiRegistry.builtIn().withProvider(provider("first", RATE));

    assertThatThrownBy(() -> registry.withProvider(provider("second", RATE)))
        .isInstanceOf(DuplicateMetricException.class)
        .hasMessageContaining("acme.rate")
        .hasMessageContaining("first")
        .hasMessageContaining("second");
    assertThatThrownBy(() -> KpiRegistry.builtIn().withProvider(provider("p", RATE, RATE)))
        .isInstanceOf(DuplicateMetricException.class);
    RatioKpi err = RatioKpi.parse("err = likes / reach");
    assertThatThrownBy(() -> KpiRegistry.builtIn().with(err, "--kpi"))
        .isInstanceOfSatisfying(
            DuplicateMetricException.class,
            e -> {
              assertThat(e.firstSource()).isEqualTo("northstar-formulas");
              assertThat(e.secondSource()).isEqualTo("--kpi");
            });
  }

  @Test
  void aPlatformGivenTwiceNamesBothSources() {
    Provider one =
        new Provider("one", List.of(), Map.of(MASTODON, Set.of(CoreMetrics.LIKES)), Map.of());
    Provider two =
        new Provider("two", List.of(), Map.of(MASTODON, Set.of(CoreMetrics.SHARES)), Map.of());
    Provider facebook =
        new Provider(
            "three", List.of(), Map.of(Platform.FACEBOOK, Set.of(CoreMetrics.LIKES)), Map.of());

    assertThatThrownBy(() -> KpiRegistry.builtIn().withProvider(one).withProvider(two))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the engagement set of platform 'mastodon' is given twice: by one and by two");
    assertThatThrownBy(() -> KpiRegistry.builtIn().withProvider(facebook))
        .hasMessage(
            "the engagement set of platform 'facebook' is given twice: by northstar-formulas and by three");
  }

  @Test
  void badProvidersAreRefusedWithTheirName() {
    KpiRegistry builtIn = KpiRegistry.builtIn();
    assertThatThrownBy(() -> builtIn.withProvider(provider(" ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("KPI provider " + Provider.class.getName() + " has a blank name");
    assertThatNullPointerException()
        .isThrownBy(() -> builtIn.withProvider(new Provider("n", null, Map.of(), Map.of())))
        .withMessage("n: kpis() is null");
    assertThatNullPointerException()
        .isThrownBy(() -> builtIn.withProvider(new Provider("n", List.of(), null, Map.of())))
        .withMessage("n: engagementSets() is null");
    assertThatNullPointerException()
        .isThrownBy(() -> builtIn.withProvider(new Provider("n", List.of(), Map.of(), null)))
        .withMessage("n: synonyms() is null");
    assertThatNullPointerException()
        .isThrownBy(() -> builtIn.withProvider(new Provider(null, List.of(), Map.of(), Map.of())))
        .withMessage("provider name must not be null");
    List<RatioKpi> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatNullPointerException()
        .isThrownBy(() -> builtIn.withProvider(new Provider("n", withNull, Map.of(), Map.of())))
        .withMessage("n: kpis() has a null element");
    assertThatThrownBy(
            () ->
                builtIn.withProvider(
                    new Provider("n", List.of(), Map.of(), Map.of(RATE.id(), List.of("x")))))
        .hasMessage("n: synonyms() names KPI 'acme.rate', which it does not provide");
    assertThatThrownBy(
            () ->
                builtIn.withProvider(
                    new Provider("n", List.of(), Map.of(), Map.of(Kpis.ERR.id(), List.of("x")))))
        .hasMessage("n: synonyms() names KPI 'err', which it does not provide");
    assertThatThrownBy(
            () ->
                builtIn.withProvider(
                    new Provider("n", List.of(RATE), Map.of(), Map.of(RATE.id(), List.of(" ")))))
        .hasMessage("n: blank synonym of acme.rate");
    List<String> nullSynonym = new ArrayList<>();
    nullSynonym.add(null);
    assertThatNullPointerException()
        .isThrownBy(
            () ->
                builtIn.withProvider(
                    new Provider("n", List.of(RATE), Map.of(), Map.of(RATE.id(), nullSynonym))))
        .withMessage("n: null synonym of acme.rate");
    assertThatNullPointerException().isThrownBy(() -> builtIn.withProvider(null));
  }

  @Test
  void anAdHocKpiIsAddedWithItsSource() {
    KpiRegistry registry = KpiRegistry.builtIn().with(RATE, "kpis.txt");

    assertThat(registry.sourceOf(RATE.id())).contains("kpis.txt");
    assertThat(registry.entries())
        .last()
        .extracting(KpiRegistry.Entry::synonyms)
        .isEqualTo(List.of("acme.rate"));
    assertThatThrownBy(() -> KpiRegistry.builtIn().with(RATE, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("source of KPI acme.rate must not be blank");
    assertThatNullPointerException().isThrownBy(() -> KpiRegistry.builtIn().with(null, "s"));
    assertThatNullPointerException().isThrownBy(() -> KpiRegistry.builtIn().with(RATE, null));
    assertThatNullPointerException().isThrownBy(() -> KpiRegistry.builtIn().find(null));
    assertThatNullPointerException().isThrownBy(() -> KpiRegistry.builtIn().sourceOf(null));
    assertThatNullPointerException().isThrownBy(() -> KpiRegistry.load((ClassLoader) null));
    assertThatNullPointerException().isThrownBy(() -> KpiRegistry.load((ModuleLayer) null));
    assertThatNullPointerException().isThrownBy(() -> new KpiRegistry.Entry(null, "s", List.of()));
    assertThatNullPointerException().isThrownBy(() -> new KpiRegistry.Entry(RATE, null, List.of()));
  }

  @Test
  void loadingWithoutPluginsGivesTheBuiltIns() {
    assertThat(KpiRegistry.load().kpis()).isEqualTo(Kpis.all());
    assertThat(KpiRegistry.load(ModuleLayer.boot()).kpis()).isEqualTo(Kpis.all());
  }

  // A class-path plugin compiled at test time, found only through its own class loader.
  private static Path compile(Path dir, String className, String body, String services)
      throws Exception {
    Path src = Files.createDirectories(dir.resolve("src/com/acme"));
    Path out = Files.createDirectories(dir.resolve("classes"));
    Path file = src.resolve(className + ".java");
    Files.writeString(
        file,
        "package com.acme;\nimport dev.northstar.formulas.kpi.*;\nimport java.util.*;\n" + body,
        StandardCharsets.UTF_8);
    String path =
        Path.of(KpiProvider.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            + java.io.File.pathSeparator
            + Path.of(MetricId.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    int status =
        ToolProvider.getSystemJavaCompiler()
            .run(
                null,
                null,
                null,
                "-d",
                out.toString(),
                "--release",
                "17",
                "-cp",
                path,
                file.toString());
    assertThat(status).isZero();
    Path services1 = Files.createDirectories(out.resolve("META-INF/services"));
    Files.writeString(
        services1.resolve(KpiProvider.class.getName()), services, StandardCharsets.UTF_8);
    return out;
  }

  @Test
  void loadFindsAClassPathPluginAndNamesABrokenOne(@TempDir Path dir) throws Exception {
    Path classes =
        compile(
            dir,
            "Rates",
            """
            public final class Rates implements dev.northstar.formulas.spi.KpiProvider {
              public Collection<RatioKpi> kpis() {
                return List.of(RatioKpi.parse("acme.rate = acme.done / acme.asked"));
              }
              public String name() { return "acme-rates"; }
            }
            """,
            "com.acme.Rates\n");
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL()}, KpiProvider.class.getClassLoader())) {
      KpiRegistry registry = KpiRegistry.load(loader);
      assertThat(registry.sourceOf(RATE.id())).contains("acme-rates");
      assertThat(registry.get(RATE.id())).isEqualTo(RATE);
    }
    Files.writeString(
        classes.resolve("META-INF/services/" + KpiProvider.class.getName()),
        "com.acme.Rates\ncom.acme.Missing\n",
        StandardCharsets.UTF_8);
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL()}, KpiProvider.class.getClassLoader())) {
      assertThatThrownBy(() -> KpiRegistry.load(loader))
          .isInstanceOfSatisfying(
              PluginLoadException.class,
              e ->
                  assertThat(e.problems())
                      .extracting(PluginProblem::provider)
                      .containsExactly("com.acme.Missing"));
    }
  }

  @Test
  void loadNamesAProviderThatFailsAndOneThatDuplicates(@TempDir Path dir) throws Exception {
    Path classes =
        compile(
            dir,
            "Fails",
            """
            public final class Fails implements dev.northstar.formulas.spi.KpiProvider {
              public Collection<RatioKpi> kpis() { throw new IllegalStateException("no key"); }
              public static final class Dup implements dev.northstar.formulas.spi.KpiProvider {
                public Collection<RatioKpi> kpis() { return List.of(Kpis.ERR); }
                public String name() { return "dup"; }
              }
            }
            """,
            "com.acme.Fails\ncom.acme.Fails$Dup\n");
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL()}, KpiProvider.class.getClassLoader())) {
      assertThatThrownBy(() -> KpiRegistry.load(loader))
          .isInstanceOfSatisfying(
              PluginLoadException.class,
              e -> {
                assertThat(e.problems())
                    .extracting(PluginProblem::provider)
                    .containsExactly("com.acme.Fails", "dup");
                assertThat(e.problems().get(0).message())
                    .isEqualTo("KPI provider com.acme.Fails failed: no key");
                assertThat(e.problems().get(1).message())
                    .contains("northstar-formulas")
                    .contains("dup")
                    .contains("'err'");
              });
    }
  }
}
