package dev.northstar.cli.io;

import java.io.Console;
import java.io.PrintWriter;
import java.lang.reflect.Method;

/**
 * A one-line progress bar of bytes read, drawn on standard error only when it is a terminal, so
 * that pipes, files and tests see nothing of it.
 */
public final class ProgressBar {
  private static final int WIDTH = 30;
  private static final ProgressBar SILENT = new ProgressBar(null, "", 0);

  private final @org.jspecify.annotations.Nullable PrintWriter terminal;
  private final String label;
  private final long total;
  private int drawnPercent = -1;

  private ProgressBar(
      @org.jspecify.annotations.Nullable PrintWriter terminal, String label, long total) {
    this.terminal = terminal;
    this.label = label;
    this.total = total;
  }

  /**
   * Returns a bar that draws on the given writer if the JVM's console is a terminal, else a silent
   * one.
   *
   * @param err where to draw, not null
   * @param label what is read, such as the file name, not null
   * @param total the number of bytes to read; a bar of an unknown or empty size stays silent
   * @return the bar, never null
   */
  public static ProgressBar onTerminal(PrintWriter err, String label, long total) {
    return isTerminal() && total > 0 ? new ProgressBar(err, label, total) : SILENT;
  }

  /**
   * Returns a bar that always draws on a writer, whatever the console is.
   *
   * @param out where to draw, not null
   * @param label what is read, not null
   * @param total the number of bytes to read, greater than 0
   * @return the bar, never null
   * @throws IllegalArgumentException if {@code total} is not greater than 0
   */
  public static ProgressBar drawingOn(PrintWriter out, String label, long total) {
    if (total <= 0) {
      throw new IllegalArgumentException("total must be greater than 0, but was " + total);
    }
    return new ProgressBar(out, label, total);
  }

  /**
   * Returns a bar that never draws.
   *
   * @return the silent bar, never null
   */
  public static ProgressBar silent() {
    return SILENT;
  }

  /**
   * Shows that so many bytes have been read.
   *
   * @param done the bytes read so far
   */
  public void update(long done) {
    PrintWriter out = terminal;
    if (out == null) {
      return;
    }
    int percent = (int) Math.min(100, done * 100 / total);
    if (percent != drawnPercent) {
      drawnPercent = percent;
      int filled = percent * WIDTH / 100;
      out.print(
          "\r"
              + label
              + " ["
              + "#".repeat(filled)
              + " ".repeat(WIDTH - filled)
              + "] "
              + percent
              + "%");
      out.flush();
    }
  }

  /** Clears the bar's line once reading is over. */
  public void finish() {
    PrintWriter out = terminal;
    if (out != null && drawnPercent >= 0) {
      out.print("\r" + " ".repeat(label.length() + WIDTH + 8) + "\r");
      out.flush();
    }
  }

  // System.console() is non-null for redirected output on JDK 22+, where Console.isTerminal()
  // (looked up on the public class, not on the JDK's internal subclass) tells; on JDK 17 to 21 a
  // console exists only on a terminal, which is the null check this warning is about.
  @SuppressWarnings("SystemConsoleNull")
  private static boolean isTerminal() {
    var console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // JDK 17-21: a console exists only on a terminal
    }
  }
}
