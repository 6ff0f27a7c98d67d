package dev.northstar.core.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Analysts use Northstar from JShell, where everything is on the class path. This test starts the
 * JDK's own {@code jshell} with core and a class-path plugin, and checks the registry finds both.
 */
class JShellClassPathTest {

  @Test
  void registryFindsCoreMetricsAndAClassPathPluginInJShell(@TempDir Path dir) throws Exception {
    Path plugin = PluginFixture.compile(dir, PluginFixture.METRIC_ID, false);
    Path script = dir.resolve("registry.jsh");
    Files.writeString(
        script,
        "import dev.northstar.core.metric.*;\n"
            + "var registry = MetricRegistry.load();\n"
            + "System.out.println(\"core=\" + registry.get(CoreMetrics.FOLLOWERS).name());\n"
            + "System.out.println(\"plugin=\" + registry.get(MetricId.of(\""
            + PluginFixture.METRIC_ID
            + "\")).name());\n"
            + "System.out.println(\"named=\" + MetricRegistry.class.getModule().isNamed());\n"
            + "/exit\n",
        StandardCharsets.UTF_8);
    Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
    String classPath = PluginFixture.coreClasses() + File.pathSeparator + plugin;
    Path output = dir.resolve("out.txt");

    Process process =
        new ProcessBuilder(List.of(jshell.toString(), "--class-path", classPath, script.toString()))
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    boolean finished = process.waitFor(120, TimeUnit.SECONDS);
    if (!finished) {
      process.destroyForcibly();
    }
    String printed = Files.readString(output, StandardCharsets.UTF_8);

    assertThat(finished).as("jshell finished; it printed:%n%s", printed).isTrue();
    assertThat(printed)
        .contains("core=Followers")
        .contains("plugin=Discount code redemptions")
        .contains("named=false");
    assertThat(process.exitValue()).as(printed).isZero();
  }
}
