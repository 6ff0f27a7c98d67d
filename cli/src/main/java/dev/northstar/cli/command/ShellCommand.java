package dev.northstar.cli.command;

import dev.northstar.cli.io.InputException;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jdk.jshell.tool.JavaShellToolBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code northstar shell}: JShell with the library on the class path and its imports loaded. */
@Command(
    name = "shell",
    mixinStandardHelpOptions = true,
    description = {
      "Opens JShell with the library loaded.",
      "Every Northstar module and its dependencies are on the class path, with the usual imports.",
      "Results are never cut short (the shell's own feedback mode, northstar).",
      "Scripts given are run first, each snippet followed by its result; end one with /exit to"
          + " run it without staying in the shell."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  ./northstar shell", "  ./northstar shell analysis.jsh"})
public final class ShellCommand implements Callable<Integer> {
  /** The imports every shell starts with, one snippet per line. */
  public static final List<String> IMPORTS =
      List.of(
          "import dev.northstar.core.goal.*;",
          "import dev.northstar.core.metric.*;",
          "import dev.northstar.core.scope.*;",
          "import dev.northstar.core.series.*;",
          "import dev.northstar.core.time.*;",
          "import dev.northstar.core.hierarchy.*;",
          "import dev.northstar.formulas.aggregate.*;",
          "import dev.northstar.formulas.kpi.*;",
          "import dev.northstar.formulas.ratio.*;",
          "import dev.northstar.formulas.table.*;",
          "import dev.northstar.formulas.utm.*;",
          "import dev.northstar.smart.*;",
          "import dev.northstar.progress.*;",
          "import dev.northstar.jackson.*;",
          "import dev.northstar.jackson.csv.*;",
          "import dev.northstar.jackson.formulas.*;",
          "import dev.northstar.jackson.smart.*;",
          "import java.math.BigDecimal;",
          "import java.nio.file.*;",
          "import java.time.*;");

  @Spec private CommandSpec spec = CommandSpec.create();

  @Parameters(arity = "0..*", paramLabel = "SCRIPT", description = "JShell scripts to run first")
  private List<Path> scripts = new ArrayList<>();

  @Option(names = "--print-startup", description = "print the class path and imports, and exit")
  private boolean printStartup;

  @Override
  public Integer call() throws Exception {
    String classPath = classPath();
    if (printStartup) {
      PrintWriter out = spec.commandLine().getOut();
      out.println("--class-path " + classPath);
      IMPORTS.forEach(out::println);
      out.flush();
      return 0;
    }
    Path startup = Files.createTempFile("northstar-startup", ".jsh");
    try {
      Files.write(startup, IMPORTS, StandardCharsets.UTF_8);
      String[] args = {
        "--class-path", classPath, "--startup", "DEFAULT", "--startup", startup.toString()
      };
      if (scripts.isEmpty()) {
        JavaShellToolBuilder.builder()
            .persistence(JShellMode.preferences(JShellMode.PROMPT))
            .run(args);
      } else {
        runScripts(args);
      }
      return 0;
    } finally {
      Files.deleteIfExists(startup);
    }
  }

  // The scripts are typed in, as it were: JShell runs files given as arguments silently. They run
  // without a prompt, each snippet followed by its result; then the prompt is back for the user.
  private void runScripts(String[] args) throws Exception {
    List<InputStream> inputs = new ArrayList<>();
    for (Path script : scripts) {
      if (!Files.isRegularFile(script)) {
        throw new InputException(script + ": no such file");
      }
      byte[] text = Files.readAllBytes(script);
      inputs.add(new ByteArrayInputStream(text));
      inputs.add(new ByteArrayInputStream("\n".getBytes(StandardCharsets.UTF_8)));
    }
    inputs.add(
        new ByteArrayInputStream(
            (JShellMode.restorePrompt() + "\n").getBytes(StandardCharsets.UTF_8)));
    inputs.add(System.in);
    PrintWriter out = spec.commandLine().getOut();
    PrintStream results = JShellMode.withoutCarriageReturns(out);
    JavaShellToolBuilder.builder()
        .persistence(JShellMode.preferences(""))
        .in(new SequenceInputStream(Collections.enumeration(inputs)), null)
        .out(results, results, results)
        .interactiveTerminal(false)
        .run(args);
    results.flush();
    out.flush();
  }

  /**
   * Returns the class path of the library as this JVM sees it: its class path and module path.
   *
   * @return the entries joined by the path separator, never null
   */
  public static String classPath() {
    return String.join(
        File.pathSeparator,
        Stream.of(
                System.getProperty("java.class.path", ""),
                System.getProperty("jdk.module.path", ""))
            .flatMap(p -> Pattern.compile(Pattern.quote(File.pathSeparator)).splitAsStream(p))
            .filter(p -> !p.isBlank())
            .distinct()
            .toList());
  }
}
