package dev.northstar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.northstar.jackson.NorthstarJson;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parse} reads the name of a plugin KPI in a statement when the plugin is on {@code
 * --plugin-path}, whether the plugin registers a metric definition of it or only its {@code
 * KpiProvider}; parsing without the plugin first does not hide it afterwards.
 */
class ParsePluginKpiTest {

  private static final String STATEMENT = "Raise Facebook acme code redemption rate to 20% by Q4";

  @TempDir static Path dir;
  private static Path plugins;
  private static Path kpisOnly;

  @BeforeAll
  static void buildThePlugins() throws Exception {
    plugins = ExamplePlugin.buildInto(Files.createDirectories(dir.resolve("full")));
    kpisOnly = ExamplePlugin.buildInto(Files.createDirectories(dir.resolve("kpis-only")), false);
  }

  private static JsonNode parse(String... pluginPath) throws Exception {
    String[] args = new String[4 + pluginPath.length];
    args[0] = "parse";
    args[1] = STATEMENT;
    args[2] = "--as-of";
    args[3] = "2026-01-01";
    System.arraycopy(pluginPath, 0, args, 4, pluginPath.length);
    Cli.Result r = Cli.run(args);
    assertThat(r.status()).as(r.err()).isZero();
    return NorthstarJson.mapper().readTree(r.out());
  }

  @Test
  void withoutThePluginTheMetricIsUnresolved() throws Exception {
    JsonNode root = parse();
    assertThat(root.get("goals").get(0).has("metric")).as(root.toString()).isFalse();
    assertThat(root.get("parsed").get("complete").asBoolean()).isFalse();
  }

  @Test
  void aPluginKpiIsAMetricOfTheStatement() throws Exception {
    parse();
    JsonNode root = parse("--plugin-path", plugins.toString());
    JsonNode goal = root.get("goals").get(0);
    assertThat(goal.get("metric").asText())
        .as(root.toString())
        .isEqualTo("acme.code_redemption_rate");
    // 20% of a ratio KPI is the fraction 0.2
    assertThat(goal.get("target").get("value").decimalValue()).isEqualByComparingTo("0.2");
    assertThat(goal.get("deadline").asText()).isEqualTo("2026-12-31");
  }

  @Test
  void aKpiOfAPluginWithoutMetricDefinitionsIsAMetricOfTheStatement() throws Exception {
    parse();
    JsonNode root = parse("--plugin-path", kpisOnly.toString());
    assertThat(root.get("goals").get(0).get("metric").asText())
        .as(root.toString())
        .isEqualTo("acme.code_redemption_rate");
  }
}
