package dev.northstar.cli.command;

/** How a command prints its result. */
public enum OutputFormat {
  /** An aligned plain-text table, for people. */
  TABLE,
  /** JSON, two-space indented, for programs. */
  JSON,
  /** CSV with a header line, for spreadsheets and programs. */
  CSV
}
