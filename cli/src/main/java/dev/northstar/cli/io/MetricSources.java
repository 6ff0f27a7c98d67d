package dev.northstar.cli.io;

import dev.northstar.formulas.table.MetricTable;
import dev.northstar.jackson.csv.ColumnMapping;
import dev.northstar.jackson.csv.MetricCsv;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Reads metric CSV files through a named column mapping, with a progress bar on terminals. */
public final class MetricSources {
  private MetricSources() {}

  /** The column mappings a command line can name. */
  public enum Columns {
    /**
     * Northstar's own CSV, whose headers describe the columns ({@code ColumnMapping.northstar()}).
     */
    NORTHSTAR,
    /** The UCI "Facebook metrics" export ({@code ColumnMapping.uciFacebookMetrics()}). */
    UCI_FACEBOOK;

    ColumnMapping mapping() {
      return this == NORTHSTAR ? ColumnMapping.northstar() : ColumnMapping.uciFacebookMetrics();
    }

    /**
     * Reads a mapping's command-line name.
     *
     * @param name {@code northstar} or {@code uci-facebook}, any case
     * @return the mapping, never null
     * @throws InputException if the name is none of them
     */
    public static Columns fromOption(String name) {
      for (Columns c : values()) {
        if (c.optionName().equalsIgnoreCase(name.trim())
            || c.name().equalsIgnoreCase(name.trim())) {
          return c;
        }
      }
      throw new InputException(
          "unknown column mapping '" + name + "'; allowed: northstar, uci-facebook");
    }

    /**
     * Returns the name a command line uses, such as {@code uci-facebook}.
     *
     * @return the name, never null
     */
    public String optionName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * Reads a CSV file as a metric table.
   *
   * @param file the file, not null
   * @param columns how its headers become columns, not null
   * @param err where a progress bar is drawn if standard error is a terminal, not null
   * @return the table, never null
   * @throws InputException if the file cannot be read or is not a valid table, naming the file,
   *     line, column and value
   */
  public static MetricTable read(Path file, Columns columns, PrintWriter err) {
    long size;
    try {
      size = Files.size(file);
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": no such file", e);
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + IoFailures.why(e, file), e);
    }
    ProgressBar bar = ProgressBar.onTerminal(err, String.valueOf(file.getFileName()), size);
    try (InputStream bytes = new CountingInputStream(Files.newInputStream(file), bar);
        BufferedReader text =
            new BufferedReader(
                new InputStreamReader(
                    bytes,
                    StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)))) {
      return MetricCsv.read(text, columns.mapping(), file.toString());
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new InputException(file + ": not UTF-8 text: " + e.getMessage(), e);
    } catch (IOException e) {
      if (e instanceof dev.northstar.jackson.csv.CsvFormatException) {
        String message = e.getMessage();
        throw new InputException(
            message != null && message.contains(file.toString()) ? message : file + ": " + message,
            e);
      }
      throw new InputException(file + ": cannot read: " + IoFailures.why(e, file), e);
    } finally {
      bar.finish();
    }
  }
}
