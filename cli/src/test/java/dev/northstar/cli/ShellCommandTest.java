package dev.northstar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.cli.command.ShellCommand;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;

/** The README's JShell walk-through, run as written with the shell's imports. */
class ShellCommandTest {
  private static final String START = "<!-- jshell-walkthrough -->";
  private static final String END = "<!-- /jshell-walkthrough -->";

  @Test
  void printsItsClassPathAndImports() {
    Cli.Result r = Cli.run("shell", "--print-startup");
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("--class-path ").contains(ShellCommand.IMPORTS.get(0));
    assertThat(r.out().lines().count()).isEqualTo(1 + ShellCommand.IMPORTS.size());
  }

  @Test
  void aScriptsResultsPrintWhole(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path script = dir.resolve("script.jsh");
    String longText = "n".repeat(150);
    Files.writeString(
        script,
        "int answer = 41 + 1;\nString text = \"" + longText + "\";\nanswer * 2\n/exit\n",
        StandardCharsets.UTF_8);
    Cli.Result r = Cli.run("shell", script.toString());
    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("answer ==> 42")
        .contains("text ==> \"" + longText + "\"")
        .contains("==> 84")
        .doesNotContain("\r")
        .doesNotContain("jshell> ");
  }

  @Test
  void aMissingScriptIsNamed() {
    Cli.Result r = Cli.run("shell", "no-such-script.jsh");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("no-such-script.jsh: no such file");
  }

  /** The snippets of the README's walk-through: the lines after {@code jshell>}. */
  static List<String> walkthrough() throws Exception {
    String readme = Files.readString(Cli.ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf(START);
    int end = readme.indexOf(END);
    assertThat(start).as("README has a walk-through").isNotNegative();
    List<String> snippets = new ArrayList<>();
    for (String line : readme.substring(start, end).lines().toList()) {
      if (line.startsWith("jshell> ")) {
        snippets.add(line.substring("jshell> ".length()));
      }
    }
    return snippets;
  }

  @Test
  void theReadmeWalkthroughRunsAsWritten() throws Exception {
    List<String> snippets = walkthrough();
    assertThat(snippets).hasSizeGreaterThan(5);
    List<String> values = new ArrayList<>();
    try (JShell shell = JShell.builder().executionEngine("local").build()) {
      for (String entry :
          Pattern.compile(Pattern.quote(File.pathSeparator))
              .splitAsStream(ShellCommand.classPath())
              .toList()) {
        shell.addToClasspath(entry);
      }
      for (String snippet : concat(ShellCommand.IMPORTS, snippets)) {
        String source = snippet.replace("examples/", Cli.ROOT.resolve("examples") + "/");
        // as the jshell tool does: complete the snippet (a missing semicolon) before evaluating
        SourceCodeAnalysis.CompletionInfo info =
            shell.sourceCodeAnalysis().analyzeCompletion(source);
        assertThat(info.completeness().isComplete()).as("%s is complete", snippet).isTrue();
        for (SnippetEvent e : shell.eval(info.source())) {
          assertThat(e.status())
              .as(
                  "%s: %s",
                  snippet, shell.diagnostics(e.snippet()).map(d -> d.getMessage(null)).toList())
              .isIn(Snippet.Status.VALID, Snippet.Status.OVERWRITTEN);
          assertThat(e.exception()).as("%s threw", snippet).isNull();
          if (e.value() != null) {
            values.add(e.value());
          }
        }
      }
    }
    String all = String.join("\n", values);
    // the walk-through ends on an analysis of the real export and the progress of a goal
    assertThat(all).contains("SMART report for", "KPIs by type", "Top 5 by err", "GoalProgress");
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
