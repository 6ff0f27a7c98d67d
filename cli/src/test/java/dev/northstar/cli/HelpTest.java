package dev.northstar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HelpTest {
  private static final List<String> COMMANDS =
      List.of("check", "kpi", "progress", "report", "parse", "shell");

  @Test
  void everyCommandHasHelpWithAnExample() {
    for (String command : COMMANDS) {
      Cli.Result r = Cli.run(command, "--help");
      assertThat(r.status()).as(command).isZero();
      assertThat(r.out())
          .as(command)
          .startsWith("Usage: northstar " + command)
          .contains("./northstar " + command);
    }
  }

  @Test
  void theTopLevelHelpListsEveryCommandAndTheExitStatuses() {
    Cli.Result r = Cli.run("--help");
    assertThat(r.status()).isZero();
    for (String command : COMMANDS) {
      assertThat(r.out()).contains("  " + command + " ");
    }
    assertThat(r.out()).contains("Exit status:", "2   bad input or usage");
  }
}
