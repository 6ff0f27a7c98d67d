package dev.northstar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Parameter errors name the option, the value and the expected form; help fits 80 columns. */
class ParameterErrorsTest {

  private static void assertPlain(Cli.Result r, String... named) {
    assertThat(r.status()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).contains(named);
    // no Java class or exception names, no usage dump
    assertThat(r.err())
        .doesNotContainPattern("java\\.|Exception|class |dev\\.northstar")
        .doesNotContain("Usage:");
  }

  @Test
  void everyOptionTypeSaysWhatItExpected() {
    String metrics = Cli.METRICS.toString();
    String goals = Cli.GOALS.toString();
    assertPlain(
        Cli.run("progress", goals, "--metrics", metrics, "--as-of", "2026-13-01"),
        "--as-of",
        "'2026-13-01' is not a date; expected YYYY-MM-DD",
        "northstar progress --help");
    assertPlain(
        Cli.run("kpi", metrics, "--top", "x"),
        "--top",
        "'x' is not a whole number; expected digits");
    assertPlain(
        Cli.run("kpi", metrics, "--min-rows", "many"),
        "--min-rows",
        "'many' is not a whole number");
    assertPlain(
        Cli.run("kpi", metrics, "--zone", "Mars/Base"),
        "--zone",
        "'Mars/Base' is not a time zone; expected a region such as Europe/Paris");
    assertPlain(
        Cli.run("kpi", metrics, "--columns", "excel"),
        "--columns",
        "unknown column mapping 'excel'; allowed: northstar, uci-facebook");
    assertPlain(
        Cli.run("kpi", metrics, "--format", "pdf"),
        "--format",
        "'pdf' is no output format; expected one of table, json, csv, csv-long, xlsx");
    assertPlain(Cli.run("kpi", "bad\0name.csv"), "is not a file path");
  }

  @Test
  void requiredOptionsAreShownAsRequired() {
    for (String command : List.of("progress", "report")) {
      String usage = Cli.run(command, "--help").out();
      assertThat(usage).as(command).contains(" --metrics=CSV").doesNotContain("[--metrics=CSV]");
      assertThat(usage).as(command).contains(" --as-of=DATE").doesNotContain("[--as-of=DATE]");
    }
    assertThat(Cli.run("check", "--help").out()).contains("[--metrics=CSV]");
  }

  @Test
  void helpExamplesAreNeverBrokenInsideACommandAt80Columns() {
    CommandLine root = new CommandLine(new Northstar());
    int examples = 0;
    for (Map.Entry<String, CommandLine> e : all(root).entrySet()) {
      String help = Cli.run(e.getKey().split(" ")).out();
      String[] footer = e.getValue().getCommandSpec().usageMessage().footer();
      for (String line : footer) {
        assertThat(line.length()).as(e.getKey() + ": " + line).isLessThanOrEqualTo(80);
        if (line.startsWith("  ./northstar") || line.startsWith("      ")) {
          // the example line is printed whole, on its own line
          assertThat(help).as(e.getKey()).contains("\n" + line + "\n");
          examples++;
        }
      }
      for (String printed : help.lines().toList()) {
        assertThat(printed.length()).as(e.getKey() + ": " + printed).isLessThanOrEqualTo(80);
      }
    }
    assertThat(examples).isGreaterThan(10);
  }

  // "kpi --help" -> the kpi command line, for every command and sub-command.
  private static Map<String, CommandLine> all(CommandLine root) {
    Map<String, CommandLine> found = new java.util.TreeMap<>();
    for (Map.Entry<String, CommandLine> e : root.getSubcommands().entrySet()) {
      found.put(e.getKey() + " --help", e.getValue());
      for (Map.Entry<String, CommandLine> s : e.getValue().getSubcommands().entrySet()) {
        found.put(e.getKey() + " " + s.getKey() + " --help", s.getValue());
      }
    }
    return found;
  }
}
