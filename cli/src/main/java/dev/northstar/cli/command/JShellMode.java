package dev.northstar.cli.command;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import jdk.jshell.tool.JavaShellToolBuilder;

/**
 * The shell's feedback mode, {@code northstar}: JShell's {@code normal} mode without truncation, so
 * that a long result (a SMART report, a table in a variable) prints whole instead of being cut at
 * about 80 characters. JShell cannot copy a predefined mode in a startup script, so the mode is
 * made once in a throw-away shell and handed to the real one as retained preferences, in memory
 * (the user's own JShell preferences are not touched).
 */
final class JShellMode {
  /** JShell's usual prompts. */
  static final String PROMPT = "jshell> ";

  private static final String CONTINUATION = "   ...> ";

  private JShellMode() {}

  /**
   * JShell preferences that start a shell in the {@code northstar} mode.
   *
   * @param prompt the prompt, empty while scripts run
   */
  static Map<String, String> preferences(String prompt) {
    String continuation = prompt.isEmpty() ? "" : CONTINUATION;
    String setup =
        String.join(
            "\n",
            "/set mode northstar normal -quiet",
            "/set truncation northstar 1000000",
            "/set truncation northstar 1000000 varvalue",
            "/set truncation northstar 1000000 expression",
            "/set prompt northstar \"" + prompt + "\" \"" + continuation + "\"",
            "/set mode -retain northstar",
            "/set feedback -retain northstar",
            "/exit",
            "");
    Map<String, String> preferences = new HashMap<>();
    PrintStream discard = new PrintStream(OutputStream.nullOutputStream());
    try {
      JavaShellToolBuilder.builder()
          .persistence(preferences)
          .in(new ByteArrayInputStream(setup.getBytes(StandardCharsets.UTF_8)), null)
          .out(discard, discard, discard)
          .interactiveTerminal(false)
          .run("--no-startup", "-q");
    } catch (Exception e) {
      throw new IllegalStateException("JShell refused the northstar feedback mode: " + e, e);
    }
    preferences.keySet().removeIf(k -> k.startsWith("HISTORY"));
    return preferences;
  }

  /** The command that gives the usual prompts back after the scripts. */
  static String restorePrompt() {
    return "/set prompt northstar \"" + PROMPT + "\" \"" + CONTINUATION + "\"";
  }

  /**
   * A stream to a writer that drops carriage returns (JShell echoes typed-in lines with one).
   *
   * @param out the writer
   */
  static PrintStream withoutCarriageReturns(PrintWriter out) {
    return new PrintStream(new LineSink(out), true, StandardCharsets.UTF_8);
  }

  private static final class LineSink extends OutputStream {
    private final Writer out;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    LineSink(Writer out) {
      this.out = out;
    }

    @Override
    public void write(int b) {
      if (b != '\r') {
        pending.write(b);
      }
    }

    @Override
    public void flush() throws java.io.IOException {
      out.write(pending.toString(StandardCharsets.UTF_8));
      pending.reset();
      out.flush();
    }
  }
}
