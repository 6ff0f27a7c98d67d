package dev.northstar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.formulas.kpi.Kpis;
import dev.northstar.smart.SmartValidator;
import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.jspecify.annotations.NullMarked;

/**
 * The example plugin of {@code examples/plugin-discount-codes}, compiled from its sources into a
 * jar at test time, so that it is not on the test's class path and the commands see it only through
 * {@code --plugin-path} or the environment.
 */
final class ExamplePlugin {

  private static final Path PLUGIN = Cli.ROOT.resolve("examples/plugin-discount-codes/src/main");

  private static final String METRIC_DEFINITIONS =
      "dev.northstar.core.metric.spi.MetricDefinitionProvider";

  private ExamplePlugin() {}

  private static String location(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  /**
   * Compiles the plugin and writes its jar into a new folder {@code plugins} of a folder.
   *
   * @return the folder holding the jar, to give to {@code --plugin-path}
   */
  static Path buildInto(Path dir) throws Exception {
    return buildInto(dir, true);
  }

  /**
   * Compiles the plugin and writes its jar into a new folder {@code plugins} of a folder, with or
   * without its {@code MetricDefinitionProvider} service: without it, its KPIs come only from its
   * {@code KpiProvider}, as in a plugin that registers no metric definitions.
   *
   * @return the folder holding the jar, to give to {@code --plugin-path}
   */
  static Path buildInto(Path dir, boolean metricDefinitions) throws Exception {
    Path classes = Files.createDirectories(dir.resolve("classes"));
    List<String> args =
        new ArrayList<>(
            List.of(
                "-d",
                classes.toString(),
                "--release",
                "17",
                "-proc:none",
                "-cp",
                String.join(
                    File.pathSeparator,
                    location(CoreMetrics.class),
                    location(Kpis.class),
                    location(SmartValidator.class),
                    location(NullMarked.class))));
    try (Stream<Path> sources = Files.walk(PLUGIN.resolve("java"))) {
      sources
          .filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.getFileName().toString().equals("module-info.java"))
          .forEach(p -> args.add(p.toString()));
    }
    assertThat(
            ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)))
        .isZero();
    Path plugins = Files.createDirectories(dir.resolve("plugins"));
    try (OutputStream file = Files.newOutputStream(plugins.resolve("discount-codes.jar"));
        JarOutputStream jar = new JarOutputStream(file)) {
      for (Path root : List.of(classes, PLUGIN.resolve("resources"))) {
        try (Stream<Path> files = Files.walk(root)) {
          for (Path f :
              files
                  .filter(Files::isRegularFile)
                  .filter(p -> metricDefinitions || !p.endsWith(METRIC_DEFINITIONS))
                  .toList()) {
            jar.putNextEntry(new JarEntry(root.relativize(f).toString().replace('\\', '/')));
            jar.write(Files.readAllBytes(f));
            jar.closeEntry();
          }
        }
      }
    }
    return plugins;
  }
}
