package dev.northstar.smart.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.goal.Target;
import dev.northstar.core.metric.MetricId;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.formulas.spi.KpiProvider;
import java.io.File;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A statement names the KPIs of a {@link KpiProvider} that only the thread's context class loader
 * sees (as the command line's {@code --plugin-path} does), by id and by synonym; statements parsed
 * without that loader do not, before or after; a broken KPI provider leaves the built-in KPIs.
 */
class PluginKpiStatementTest {

  private static final MetricId TRIAL_RATE = MetricId.of("acme.trial_rate");
  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);
  private static final String STATEMENT = "Raise Facebook trial uptake to 20% by Q4";

  private static final String PROVIDER =
      """
      package com.acme.trials;
      import dev.northstar.core.metric.MetricId;
      import dev.northstar.formulas.kpi.RatioKpi;
      import dev.northstar.formulas.spi.KpiProvider;
      import java.util.*;
      public final class TrialKpis implements KpiProvider {
        private static final RatioKpi RATE =
            RatioKpi.parse("acme.trial_rate = acme.trials_converted / acme.trials_started");
        public Collection<RatioKpi> kpis() { return List.of(RATE); }
        public Map<MetricId, List<String>> synonyms() {
          return Map.of(RATE.id(), List.of("trial uptake"));
        }
        public String name() { return "acme-trials"; }
      }
      """;

  private static String classesOf(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  /** Compiles the provider and registers it, after the given other service lines. */
  private static Path plugin(Path dir, String... otherProviders) throws Exception {
    Path source = Files.createDirectories(dir.resolve("src/com/acme/trials"));
    Path file = Files.writeString(source.resolve("TrialKpis.java"), PROVIDER);
    Path out = dir.resolve("classes");
    String classPath = classesOf(MetricId.class) + File.pathSeparator + classesOf(RatioKpi.class);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac).as("a JDK with javac runs the tests").isNotNull();
    String[] args = {
      "-d", out.toString(), "--release", "17", "--class-path", classPath, file.toString()
    };
    assertThat(javac.run(null, null, null, args)).isZero();
    Path services = Files.createDirectories(out.resolve("META-INF/services"));
    StringBuilder lines = new StringBuilder();
    for (String other : otherProviders) {
      lines.append(other).append('\n');
    }
    lines.append("com.acme.trials.TrialKpis\n");
    Files.writeString(services.resolve(KpiProvider.class.getName()), lines, StandardCharsets.UTF_8);
    return out;
  }

  private static <T> T withContextLoader(Path classes, Callable<T> action) throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL()}, PluginKpiStatementTest.class.getClassLoader())) {
      thread.setContextClassLoader(loader);
      return action.call();
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  private static GoalDraft only(String statement) {
    List<GoalDraft> drafts = GoalStatementParser.standard().parse(statement, AS_OF).drafts();
    assertThat(drafts).hasSize(1);
    return drafts.get(0);
  }

  private static Optional<MetricId> metricOf(String statement) {
    return only(statement).metric();
  }

  @Test
  void aProviderKpiIsNamedBySynonymAndIdOnlyWithItsLoader(@TempDir Path dir) throws Exception {
    Path classes = plugin(dir);
    assertThat(metricOf(STATEMENT)).isEmpty();

    GoalDraft draft = withContextLoader(classes, () -> only(STATEMENT));
    assertThat(draft.metric()).contains(TRIAL_RATE);
    // a ratio KPI: 20% is the fraction 0.2
    assertThat(draft.target()).contains(Target.increaseTo(new BigDecimal("0.2")));
    assertThat(
            withContextLoader(
                classes, () -> metricOf("Raise Facebook acme trial rate to 20% by Q4")))
        .contains(TRIAL_RATE);

    // the vocabulary of the plugin's loader is its own
    assertThat(metricOf(STATEMENT)).isEmpty();
  }

  @Test
  void aBrokenKpiProviderLeavesTheBuiltInKpis(@TempDir Path dir) throws Exception {
    Path classes = plugin(dir, "com.acme.trials.Missing");
    assertThat(withContextLoader(classes, () -> metricOf(STATEMENT))).isEmpty();
    assertThat(withContextLoader(classes, () -> metricOf("Raise Facebook ERR to 5% by Q4")))
        .contains(MetricId.of("err"));
  }
}
