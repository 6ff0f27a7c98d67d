package dev.northstar.cli;

import dev.northstar.cli.command.CheckCommand;
import dev.northstar.cli.command.ColumnsCommand;
import dev.northstar.cli.command.KpiCommand;
import dev.northstar.cli.command.ParseCommand;
import dev.northstar.cli.command.ProgressCommand;
import dev.northstar.cli.command.ReportCommand;
import dev.northstar.cli.command.ShellCommand;
import dev.northstar.cli.command.UtmCommand;
import dev.northstar.cli.io.InputException;
import dev.northstar.cli.io.MetricSources;
import dev.northstar.cli.io.PluginPath;
import dev.northstar.core.plugin.PluginLoadException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code northstar} command: {@code check}, {@code kpi}, {@code progress}, {@code report},
 * {@code parse}, {@code shell} and {@code utm}.
 *
 * <p>Exit status: 0 when all is well, 1 when {@code check} finds an error-level finding, 2 for bad
 * input or usage (the message names the file, line or JSON path), 3 for an internal error: any
 * {@link Error} (such as running out of memory) or unexpected exception, reported in one line with
 * the command line to report, and the stack trace only under {@code --verbose}.
 */
@Command(
    name = "northstar",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Marketing and social-media goals and the KPIs that measure them.",
    subcommands = {
      CheckCommand.class,
      KpiCommand.class,
      ProgressCommand.class,
      ReportCommand.class,
      ParseCommand.class,
      ShellCommand.class,
      UtmCommand.class,
      ColumnsCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:all is well",
      "1:check found an error-level finding",
      "2:bad input or usage; the message names the file, line or JSON path",
      "3:internal error: one line to report with the command line (the stack trace under --verbose)"
    })
public final class Northstar implements Runnable {
  /** Exit status for an error-level SMART finding. */
  public static final int FINDINGS = 1;

  /** Exit status for bad input or usage. */
  public static final int BAD_INPUT = 2;

  /** Exit status for an internal error. */
  public static final int INTERNAL_ERROR = 3;

  @Spec private CommandSpec spec;

  @Option(
      names = "--plugin-path",
      scope = ScopeType.INHERIT,
      paramLabel = "DIR",
      description =
          "plugin jars: folders of .jar files or .jar files, separated by the path separator"
              + " (default: the NORTHSTAR_PLUGIN_PATH environment variable)")
  @SuppressWarnings("UnusedVariable") // pluginPathOf(...) reads it from the parsed arguments
  private @Nullable String pluginPath;

  @Option(
      names = "--verbose",
      scope = ScopeType.INHERIT,
      description = "With an unexpected failure (exit status 3), print its stack trace too.")
  @SuppressWarnings("UnusedVariable") // run(...) reads it from the arguments, for errors anywhere
  private boolean verbose;

  /** Called by picocli. */
  public Northstar() {
    this.spec = CommandSpec.create();
  }

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int status = run(out, err, args);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /**
   * Runs the command line in this JVM, as tests and embedding programs do.
   *
   * @param out where results go, not null
   * @param err where messages and progress go, not null
   * @param args the arguments, not null
   * @return the exit status
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    return run(out, err, System.getenv(), args);
  }

  /**
   * Runs the command line in this JVM with the given environment variables, as tests do.
   *
   * @param out where results go, not null
   * @param err where messages and progress go, not null
   * @param environment the environment variables, such as {@value PluginPath#ENVIRONMENT}, not null
   * @param args the arguments, not null
   * @return the exit status
   */
  public static int run(
      PrintWriter out, PrintWriter err, Map<String, String> environment, String... args) {
    CommandLine line = new CommandLine(new Northstar());
    line.setOut(out);
    line.setErr(err);
    line.setCaseInsensitiveEnumValuesAllowed(true);
    line.registerConverter(MetricSources.Columns.class, MetricSources.Columns::fromOption);
    ParameterErrors.install(line, err);
    line.setExitCodeExceptionMapper(Northstar::exitCode);
    boolean verbose = InternalErrors.verbose(args);
    line.setExecutionExceptionHandler(
        (e, command, parsed) -> {
          int status = exitCode(e);
          if (status == INTERNAL_ERROR) {
            return InternalErrors.report(e, err, verbose, args);
          }
          err.println("northstar " + command.getCommandName() + ": " + e.getMessage());
          err.flush();
          return status;
        });
    line.setExecutionStrategy(
        parsed -> {
          PluginPath plugins;
          try {
            plugins = PluginPath.of(pluginPathOf(parsed), environment.get(PluginPath.ENVIRONMENT));
          } catch (InputException e) {
            err.println("northstar: " + e.getMessage());
            return BAD_INPUT;
          }
          try {
            return plugins.run(() -> new CommandLine.RunLast().execute(parsed));
          } catch (CommandLine.ExecutionException | CommandLine.ParameterException e) {
            throw e;
          } catch (Exception e) {
            throw new CommandLine.ExecutionException(line, String.valueOf(e.getMessage()), e);
          }
        });
    int status;
    try {
      status = line.execute(args);
    } catch (RuntimeException | Error e) {
      // the one top-level handler: whatever escapes picocli, a StackOverflowError or an
      // OutOfMemoryError included, is one line and exit status 3, never a JVM stack trace
      status = InternalErrors.report(e, err, verbose, args);
    }
    out.flush();
    err.flush();
    return status;
  }

  // The option is inherited: given before or after the sub-command, the last match wins.
  private static @Nullable String pluginPathOf(ParseResult parsed) {
    String value = null;
    for (ParseResult p = parsed; p != null; p = p.subcommand()) {
      value = p.matchedOptionValue("--plugin-path", value);
    }
    return value;
  }

  private static int exitCode(Throwable e) {
    // a broken plugin on the class path is the user's set-up, named by PluginLoadException
    if (e instanceof InputException
        || e instanceof PluginLoadException
        || e instanceof IllegalArgumentException
        || e instanceof DateTimeException
        // the library throws it when sums of the input overflow a long, naming them
        || e instanceof ArithmeticException
        || e instanceof CommandLine.ParameterException) {
      return BAD_INPUT;
    }
    return INTERNAL_ERROR;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "missing sub-command: check, kpi, progress, report, parse, shell, utm or columns");
  }
}
