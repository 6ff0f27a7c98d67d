package dev.northstar.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs the command line in the test JVM and keeps what it printed. */
final class Cli {
  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final Path GOALS = ROOT.resolve("examples/goals");
  static final Path METRICS = ROOT.resolve("examples/data/generated/daily-metrics-2026.csv");
  static final Path FACEBOOK = ROOT.resolve("examples/data/facebook-metrics/dataset_Facebook.csv");

  /** What one run printed and returned. */
  record Result(int status, String out, String err) {}

  private Cli() {}

  static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Northstar.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Result(status, out.toString(), err.toString());
  }
}
