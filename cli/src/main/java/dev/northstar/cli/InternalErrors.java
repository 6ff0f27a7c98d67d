package dev.northstar.cli;

import java.io.PrintWriter;

/**
 * The one place where the command line reports what is not the user's fault: any {@link Error} or
 * unexpected exception becomes exit status 3 and one line that says what happened and asks for a
 * report with the command line; the stack trace follows only under {@code --verbose}. Running out
 * of memory gives advice on the heap instead, since a larger heap is the usual cure.
 */
final class InternalErrors {

  /** The advice printed on an {@link OutOfMemoryError}. */
  static final String HEAP_ADVICE =
      "give Java a larger heap, such as NORTHSTAR_JAVA_OPTS=-Xmx4g ./northstar ... (the script"
          + " passes NORTHSTAR_JAVA_OPTS to java), java -Xmx4g -jar northstar-cli.jar ..., or"
          + " JAVA_TOOL_OPTIONS=-Xmx4g for any launcher";

  private InternalErrors() {}

  /**
   * Prints the report of an internal error.
   *
   * @param e what was thrown, not null
   * @param err where to print, not null
   * @param verbose whether to print the stack trace too
   * @param args the command line, not null
   * @return {@link Northstar#INTERNAL_ERROR}
   */
  static int report(Throwable e, PrintWriter err, boolean verbose, String[] args) {
    if (e instanceof OutOfMemoryError) {
      err.println(
          "northstar: internal error: out of memory ("
              + oneLine(String.valueOf(e.getMessage()))
              + "); "
              + HEAP_ADVICE
              + "; if a larger heap does not help, please report it with this command line:"
              + commandLine(args));
    } else {
      err.println(
          "northstar: internal error: "
              + oneLine(e.toString())
              + "; please report it with this command line:"
              + commandLine(args)
              + (verbose ? "" : " (--verbose prints the stack trace)"));
    }
    if (verbose) {
      e.printStackTrace(err);
    }
    err.flush();
    return Northstar.INTERNAL_ERROR;
  }

  /** Whether {@code --verbose} is among the options, before any {@code --}. */
  static boolean verbose(String[] args) {
    for (String arg : args) {
      if (arg.equals("--")) {
        return false;
      }
      if (arg.equals("--verbose")) {
        return true;
      }
    }
    return false;
  }

  private static String commandLine(String[] args) {
    StringBuilder s = new StringBuilder(" northstar");
    for (String arg : args) {
      s.append(' ').append(oneLine(arg));
    }
    return s.toString();
  }

  /** Escapes line breaks and other control characters, so that the report stays one line. */
  static String oneLine(String text) {
    StringBuilder s = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c)) {
        s.append(String.format("\\u%04x", (int) c));
      } else {
        s.append(c);
      }
    }
    return s.toString();
  }
}
