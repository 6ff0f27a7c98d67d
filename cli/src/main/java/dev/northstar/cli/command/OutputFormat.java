package dev.northstar.cli.command;

import java.util.Locale;

/** How a command prints its result. */
public enum OutputFormat {
  /** An aligned plain-text table, for people. */
  TABLE,
  /** JSON, two-space indented, for programs. */
  JSON,
  /** CSV for spreadsheets: one column per value, human headers, numbers as numbers. */
  CSV,
  /** The long machine CSV of the library ({@code KpiCsv}): one column per field of each value. */
  CSV_LONG,
  /** An XLSX workbook, one sheet per table; needs {@code -o FILE}. */
  XLSX;

  /**
   * The option's spelling of this format: {@code table}, {@code csv-long}.
   *
   * @return the name, never null
   */
  public String optionName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
