package dev.northstar.cli.command;

import picocli.CommandLine.Option;

/** The {@code --format} option of the commands that print tables. */
final class FormatOption {
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "output: table (default, aligned text), json or csv")
  OutputFormat format = OutputFormat.TABLE;
}
