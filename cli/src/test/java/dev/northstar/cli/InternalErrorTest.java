package dev.northstar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The one top-level handler: any {@link Error} or unexpected exception is exit status 3 and one
 * line, the trace only under {@code --verbose}; out of memory gives advice on the heap.
 */
class InternalErrorTest {

  /** A writer for standard output that throws what it is given as soon as a command prints. */
  private static PrintWriter failingOut(Supplier<Throwable> thrown) {
    return new PrintWriter(
        new Writer() {
          @Override
          public void write(char[] buf, int off, int len) {
            Throwable t = thrown.get();
            if (t instanceof Error e) {
              throw e;
            }
            throw (RuntimeException) t;
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        });
  }

  private static Cli.Result run(Supplier<Throwable> thrown, String... args) {
    StringWriter err = new StringWriter();
    int status = Northstar.run(failingOut(thrown), new PrintWriter(err), args);
    return new Cli.Result(status, "", err.toString());
  }

  @Test
  void aStackOverflowIsOneLineWithTheCommandLineAndExitStatus3() {
    Cli.Result r =
        run(StackOverflowError::new, "parse", "Grow followers by 10%", "--as-of", "2026-01-01");
    assertThat(r.status()).isEqualTo(3);
    assertThat(r.err().lines().toList())
        .containsExactly(
            "northstar: internal error: java.lang.StackOverflowError; please report it with this"
                + " command line: northstar parse Grow followers by 10% --as-of 2026-01-01"
                + " (--verbose prints the stack trace)");
  }

  @Test
  void anUnexpectedRuntimeExceptionIsAnInternalErrorWithoutTrace() {
    Cli.Result r =
        run(
            () -> new IllegalStateException("broken\nstate"),
            "parse",
            "Grow",
            "--as-of",
            "2026-01-01");
    assertThat(r.status()).isEqualTo(3);
    assertThat(r.err())
        .startsWith(
            "northstar: internal error: java.lang.IllegalStateException: broken\\u000astate;")
        .contains("please report it with this command line: northstar parse Grow")
        .doesNotContain("\tat ");
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void verbosePrintsTheTrace() {
    Cli.Result r =
        run(StackOverflowError::new, "parse", "Grow", "--as-of", "2026-01-01", "--verbose");
    assertThat(r.status()).isEqualTo(3);
    assertThat(r.err())
        .startsWith("northstar: internal error: java.lang.StackOverflowError;")
        .doesNotContain("--verbose prints")
        .contains("\tat ");
    Cli.Result exception =
        run(
            () -> new IllegalStateException("x"),
            "--verbose",
            "parse",
            "Grow",
            "--as-of",
            "2026-01-01");
    assertThat(exception.status()).isEqualTo(3);
    assertThat(exception.err()).contains("IllegalStateException: x", "\tat ");
  }

  @Test
  void outOfMemoryAdvisesOnTheHeap() {
    Cli.Result r =
        run(
            () -> new OutOfMemoryError("Java heap space"),
            "parse",
            "Grow",
            "--as-of",
            "2026-01-01");
    assertThat(r.status()).isEqualTo(3);
    assertThat(r.err().lines().toList())
        .singleElement()
        .asString()
        .startsWith(
            "northstar: internal error: out of memory (Java heap space); give Java a larger heap")
        .contains("NORTHSTAR_JAVA_OPTS=-Xmx4g", "JAVA_TOOL_OPTIONS", "-Xmx4g -jar")
        .endsWith(
            "please report it with this command line: northstar parse Grow --as-of 2026-01-01");
  }

  @Test
  void verboseIsAnOptionOfEverySubCommandAndChangesNothingElse() {
    Cli.Result r =
        Cli.run(
            "parse", "Grow followers by 10% by June 2026", "--as-of", "2026-01-01", "--verbose");
    Cli.Result plain =
        Cli.run("parse", "Grow followers by 10% by June 2026", "--as-of", "2026-01-01");
    assertThat(r.status()).isEqualTo(plain.status()).isZero();
    assertThat(r.out()).isEqualTo(plain.out());
  }

  @Test
  void verboseAfterADoubleDashIsNotTheOption() {
    assertThat(InternalErrors.verbose(new String[] {"parse", "--", "--verbose"})).isFalse();
    assertThat(InternalErrors.verbose(new String[] {"parse", "--verbose", "--"})).isTrue();
    assertThat(InternalErrors.verbose(new String[] {"parse", "x"})).isFalse();
  }
}
