package dev.northstar.cli.io;

import dev.northstar.formulas.table.MetricTable;
import dev.northstar.jackson.csv.CsvFormatException;
import dev.northstar.jackson.csv.MappingFile;
import dev.northstar.jackson.csv.MappingFileException;
import dev.northstar.xlsx.XlsxMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads metric CSV files (or standard input, named {@code -}) and XLSX workbooks (first sheet)
 * through a column mapping: a built-in one or a mapping file, with a progress bar on terminals.
 */
public final class MetricSources {
  private MetricSources() {}

  /** The column mapping a command line names: {@code northstar}, {@code uci-facebook} or a file. */
  public static final class Columns {
    /** Northstar's own CSV, whose headers describe the columns. */
    public static final Columns NORTHSTAR =
        new Columns("northstar", MappingFile.builtIn("northstar").orElseThrow());

    private final String name;
    private final MappingFile mapping;

    private Columns(String name, MappingFile mapping) {
      this.name = name;
      this.mapping = mapping;
    }

    /**
     * Reads a mapping's command-line name: a built-in mapping, or the path of a mapping file.
     *
     * @param name {@code northstar}, {@code uci-facebook} (any case) or a JSON file
     * @return the mapping, never null
     * @throws InputException if the name is none of them, or the file is not a valid mapping
     *     (naming the file, the JSON path and what is allowed)
     */
    public static Columns fromOption(String name) {
      String n = name.strip();
      for (String builtIn : MappingFile.BUILT_IN) {
        if (builtIn.equalsIgnoreCase(n) || builtIn.replace('-', '_').equalsIgnoreCase(n)) {
          return new Columns(builtIn, MappingFile.builtIn(builtIn).orElseThrow());
        }
      }
      Path file = Path.of(n);
      if (!Files.isRegularFile(file)) {
        throw new InputException(
            "unknown column mapping '"
                + name
                + "'; allowed: northstar, uci-facebook, or a mapping file (JSON; northstar columns"
                + " suggest FILE writes a draft)");
      }
      try {
        return new Columns(n, MappingFile.read(file));
      } catch (MappingFileException e) {
        throw new InputException(String.valueOf(e.getMessage()), e);
      } catch (IOException e) {
        throw new InputException(file + ": cannot read: " + e.getMessage(), e);
      }
    }

    /**
     * Returns the name a command line uses, such as {@code uci-facebook} or the file's path.
     *
     * @return the name, never null
     */
    public String optionName() {
      return name;
    }

    /**
     * Returns the mapping.
     *
     * @return the mapping, never null
     */
    public MappingFile mapping() {
      return mapping;
    }
  }

  /**
   * Reads a metric file, or standard input when the file is {@code -}.
   *
   * @param file the file, not null
   * @param columns how its headers become columns, not null
   * @param err where a progress bar is drawn if standard error is a terminal, not null
   * @return the table, never null
   * @throws InputException if the file cannot be read or is not a valid table, naming the file,
   *     line, column and value
   */
  public static MetricTable read(Path file, Columns columns, PrintWriter err) {
    if (file.toString().equals("-")) {
      return read(System.in, "standard input", columns);
    }
    if (XlsxMetrics.isXlsx(file) && Files.isRegularFile(file)) {
      try {
        return XlsxMetrics.read(file, columns.mapping());
      } catch (IOException e) {
        String message = String.valueOf(e.getMessage());
        throw new InputException(
            message.contains(file.toString()) ? message : file + ": " + message, e);
      }
    }
    long size;
    try {
      size = Files.size(file);
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": no such file", e);
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + IoFailures.why(e, file), e);
    }
    ProgressBar bar = ProgressBar.onTerminal(err, String.valueOf(file.getFileName()), size);
    try (InputStream bytes = new CountingInputStream(Files.newInputStream(file), bar)) {
      return read(bytes, file.toString(), columns);
    } catch (IOException e) {
      throw new InputException(file + ": cannot read: " + IoFailures.why(e, file), e);
    } finally {
      bar.finish();
    }
  }

  private static MetricTable read(InputStream bytes, String source, Columns columns) {
    try {
      return columns.mapping().readTable(bytes, source);
    } catch (CharacterCodingException e) {
      throw new InputException(
          source + ": not " + columns.mapping().encoding() + " text: " + e.getMessage(), e);
    } catch (CsvFormatException e) {
      String message = String.valueOf(e.getMessage());
      String hint =
          message.contains("header") && columns == Columns.NORTHSTAR
              ? "; if this is another tool's export, write a mapping with: northstar columns"
                  + " suggest "
                  + source
                  + " > mapping.json, then give --columns mapping.json"
              : "";
      throw new InputException(message + hint, e);
    } catch (IOException e) {
      String message = e.getMessage();
      throw new InputException(
          message != null && message.contains(source) ? message : source + ": " + message, e);
    }
  }
}
