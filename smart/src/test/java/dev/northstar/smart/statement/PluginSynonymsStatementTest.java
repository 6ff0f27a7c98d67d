package dev.northstar.smart.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.goal.Target;
import dev.northstar.core.metric.MetricDefinition;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.spi.MetricDefinitionProvider;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.formulas.spi.KpiProvider;
import dev.northstar.smart.internal.StatementCaches;
import java.io.File;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin's metrics are named in statements of other languages by the synonyms their definitions
 * declare in those languages: a metric of a {@link MetricDefinitionProvider} by {@link
 * MetricDefinition#synonyms()}, a KPI of a {@link KpiProvider} by {@link
 * KpiProvider#synonymsByLanguage()}; only with the plugin's class loader, and only in the language
 * the synonym is declared in.
 */
class PluginSynonymsStatementTest {

  private static final MetricId REDEMPTIONS = MetricId.of("acme.code_redemptions");
  private static final MetricId TRIAL_RATE = MetricId.of("acme.trial_rate");
  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);
  private static final String GERMAN_COUNT =
      "Gewinnen Sie 500 Code-Einlösungen auf Instagram im nächsten Quartal";
  private static final String GERMAN_KPI =
      "Steigern Sie die Probeabschlussquote auf Facebook auf 20% im nächsten Quartal";
  private static final String POLISH_COUNT =
      "Zdobądź 500 realizacji kodów na Instagramie w następnym kwartale";

  private static final String METRICS =
      """
      package com.acme.codes;
      import dev.northstar.core.metric.*;
      import dev.northstar.core.metric.spi.MetricDefinitionProvider;
      import java.util.*;
      public final class CodeMetrics implements MetricDefinitionProvider {
        public Collection<MetricDefinition> definitions() {
          return List.of(
              MetricDefinition.builder(MetricId.of("acme.code_redemptions"))
                  .name("Code redemptions")
                  .synonyms(Locale.GERMAN, List.of("Code Einlösungen", "Einlösungen"))
                  .synonyms(Locale.forLanguageTag("pl"), List.of("realizacji kodów"))
                  .build());
        }
        public String name() { return "acme-codes"; }
      }
      """;

  private static final String KPIS =
      """
      package com.acme.codes;
      import dev.northstar.core.metric.*;
      import dev.northstar.formulas.kpi.RatioKpi;
      import dev.northstar.formulas.spi.KpiProvider;
      import java.util.*;
      public final class TrialKpis implements KpiProvider {
        private static final RatioKpi RATE =
            RatioKpi.parse("acme.trial_rate = acme.trials_converted / acme.trials_started");
        public Collection<RatioKpi> kpis() { return List.of(RATE); }
        public Map<MetricId, MetricSynonyms> synonymsByLanguage() {
          return Map.of(RATE.id(), MetricSynonyms.of(Locale.GERMAN, List.of("Probeabschlussquote")));
        }
        public String name() { return "acme-trials"; }
      }
      """;

  /** Vocabularies built in this test, not cached by an earlier one (see StatementCaches). */
  @BeforeEach
  void buildTheVocabulariesAnew() {
    StatementCaches.clear();
  }

  private static String classesOf(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  /** Compiles both providers and registers them as services. */
  private static Path plugin(Path dir) throws Exception {
    Path source = Files.createDirectories(dir.resolve("src/com/acme/codes"));
    Path metrics = Files.writeString(source.resolve("CodeMetrics.java"), METRICS);
    Path kpis = Files.writeString(source.resolve("TrialKpis.java"), KPIS);
    Path out = dir.resolve("classes");
    String classPath = classesOf(MetricId.class) + File.pathSeparator + classesOf(RatioKpi.class);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac).as("a JDK with javac runs the tests").isNotNull();
    String[] args = {
      "-d",
      out.toString(),
      "--release",
      "17",
      "-encoding",
      "UTF-8",
      "--class-path",
      classPath,
      metrics.toString(),
      kpis.toString()
    };
    assertThat(javac.run(null, null, null, args)).isZero();
    Path services = Files.createDirectories(out.resolve("META-INF/services"));
    Files.writeString(
        services.resolve(MetricDefinitionProvider.class.getName()),
        "com.acme.codes.CodeMetrics\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        services.resolve(KpiProvider.class.getName()),
        "com.acme.codes.TrialKpis\n",
        StandardCharsets.UTF_8);
    return out;
  }

  private static <T> T withContextLoader(Path classes, Callable<T> action) throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL()},
            PluginSynonymsStatementTest.class.getClassLoader())) {
      thread.setContextClassLoader(loader);
      return action.call();
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  private static GoalDraft only(String language, String statement) {
    List<GoalDraft> drafts =
        GoalStatementParser.forLocale(Locale.forLanguageTag(language))
            .parse(statement, AS_OF)
            .drafts();
    assertThat(drafts).hasSize(1);
    return drafts.get(0);
  }

  private static Optional<MetricId> metricOf(String language, String statement) {
    return only(language, statement).metric();
  }

  @Test
  void aPluginMetricIsNamedByItsGermanAndPolishSynonymsOnlyWithItsLoader(@TempDir Path dir)
      throws Exception {
    Path classes = plugin(dir);
    assertThat(metricOf("de", GERMAN_COUNT)).isEmpty();

    GoalDraft german = withContextLoader(classes, () -> only("de", GERMAN_COUNT));
    assertThat(german.metric()).contains(REDEMPTIONS);
    // a count that adds up: 500 is the total of the period
    assertThat(german.target()).contains(Target.total(new BigDecimal("500")));
    assertThat(withContextLoader(classes, () -> metricOf("pl", POLISH_COUNT)))
        .contains(REDEMPTIONS);

    // the vocabulary of the plugin's loader is its own
    assertThat(metricOf("de", GERMAN_COUNT)).isEmpty();
  }

  @Test
  void aPluginKpiIsNamedByTheGermanSynonymItsProviderDeclares(@TempDir Path dir) throws Exception {
    Path classes = plugin(dir);
    assertThat(metricOf("de", GERMAN_KPI)).isEmpty();

    GoalDraft draft = withContextLoader(classes, () -> only("de", GERMAN_KPI));
    assertThat(draft.metric()).contains(TRIAL_RATE);
    // a ratio KPI: 20% is the fraction 0.2
    assertThat(draft.target()).contains(Target.increaseTo(new BigDecimal("0.2")));
  }

  @Test
  void aSynonymCountsInItsOwnLanguageOnly(@TempDir Path dir) throws Exception {
    Path classes = plugin(dir);
    // "Probeabschlussquote" is German: an English statement does not know it
    assertThat(
            withContextLoader(
                classes,
                () -> metricOf("en", "Raise Facebook probeabschlussquote to 20% next quarter")))
        .isEmpty();
  }
}
