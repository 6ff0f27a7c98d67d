package dev.northstar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzz target of the command line (docs/reliability.md): the sub-command, its options, their values
 * (dates, KPI ids, dimensions, formats, column mappings) and the goal and metric files they name,
 * all from the fuzzer's data. In a normal build it replays the committed inputs under {@code
 * src/test/resources/dev/northstar/cli/CommandLineFuzzTestInputs/}.
 *
 * <p>Contract: the exit status is 0, 1 or 2, never 3 (internal error), and standard error holds no
 * stack trace. The target never writes outside its temporary folder: {@code shell} is never run,
 * {@code @file} arguments and {@code --xlsx} are defused, and every {@code --html} goes to a file
 * in the folder.
 */
class CommandLineFuzzTest {

  private static final String[] COMMANDS = {"check", "kpi", "progress", "report", "parse"};

  private static final String[] OPTIONS = {
    "--as-of",
    "--metrics",
    "--by",
    "--kpi",
    "--totals",
    "--method",
    "--columns",
    "--format",
    "--list-kpis",
    "--id",
    "--title",
    "--help",
    "--version",
    "--top",
    "--bottom",
    "--min-rows",
    "--verbose",
    "--",
  };

  private static final String[] VALUES = {
    "2026-01-01", "2026-08-20", "9999-12-31", "1969-12-31", "2026-02-30", "platform,month",
    "campaign,week", "day", "err,ctr,cpc", "reach,spend", "mean-of-ratios", "ratio-of-sums",
    "uci-facebook", "northstar", "json", "csv", "table", "Double LinkedIn followers in six months",
    "-1", "0", "2147483648", "+10000000-01-01",
  };

  private static final Path DIR = tempDir();
  private static final Path GOALS = DIR.resolve("goals.json");
  private static final Path METRICS = DIR.resolve("metrics.csv");
  private static final Path HTML = DIR.resolve("report.html");

  @FuzzTest(maxDuration = "4m")
  void run(FuzzedDataProvider data) throws IOException {
    Files.writeString(GOALS, data.consumeString(2_000), StandardCharsets.UTF_8);
    Files.writeString(METRICS, data.consumeString(2_000), StandardCharsets.UTF_8);
    List<String> args = new ArrayList<>();
    String command = data.pickValue(COMMANDS);
    args.add(command);
    int count = data.consumeInt(0, 10);
    for (int i = 0; i < count; i++) {
      args.add(defuse(argument(data)));
    }
    if (command.equals("report")) {
      args.add("--html");
      args.add(HTML.toString());
    }

    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        Northstar.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));

    assertThat(status).as("exit status of %s; err: %s", args, err).isBetween(0, 2);
    assertThat(err.toString())
        .as("err of %s", args)
        .doesNotContain("Exception in thread", "\tat ", "internal error");
  }

  private static String argument(FuzzedDataProvider data) {
    return switch (data.consumeInt(0, 5)) {
      case 0 -> data.pickValue(OPTIONS);
      case 1 -> data.pickValue(VALUES);
      case 2 -> GOALS.toString();
      case 3 -> METRICS.toString();
      default -> data.consumeString(100);
    };
  }

  /**
   * Keeps the run inside the folder: no {@code @file} expansion, no {@code --html} or {@code
   * --xlsx} elsewhere.
   */
  private static String defuse(String arg) {
    if (arg.startsWith("@")
        || arg.startsWith("--html")
        || arg.startsWith("--xlsx")
        || arg.equals("shell")) {
      return "x" + arg;
    }
    return arg;
  }

  private static Path tempDir() {
    try {
      Path dir = Files.createTempDirectory("northstar-fuzz-");
      dir.toFile().deleteOnExit();
      for (String name : new String[] {"goals.json", "metrics.csv", "report.html"}) {
        dir.resolve(name).toFile().deleteOnExit();
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
