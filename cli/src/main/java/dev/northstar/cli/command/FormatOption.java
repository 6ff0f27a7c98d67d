package dev.northstar.cli.command;

import dev.northstar.cli.io.AtomicFiles;
import dev.northstar.cli.io.InputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code --format} and {@code -o} options of the commands that print tables. */
final class FormatOption {
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = FormatConverter.class,
      description =
          "output: table (default, aligned text), json, csv (one column per value, for"
              + " spreadsheets), csv-long (the library's long machine CSV) or xlsx (needs -o)")
  OutputFormat format = OutputFormat.TABLE;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "write to FILE (replaced whole, or left as it was on failure)")
  @Nullable Path file;

  /**
   * The file of an XLSX output.
   *
   * @return the file
   * @throws InputException if there is none
   */
  Path xlsxFile() {
    Path f = file;
    if (f == null) {
      throw new InputException("--format xlsx: name the file to write with -o FILE");
    }
    return f;
  }

  /**
   * Writes the output to the {@code -o} file, atomically, or else to standard output. An XLSX
   * output writes its own file.
   *
   * @param stdout standard output
   * @param content the output
   * @throws IOException if writing to standard output fails
   * @throws InputException if the file cannot be written
   */
  void emit(PrintWriter stdout, AtomicFiles.Content content) throws IOException {
    Path f = file;
    if (f == null || format == OutputFormat.XLSX) {
      content.writeTo(stdout);
      stdout.flush();
    } else {
      AtomicFiles.write(f, content);
    }
  }

  /** Reads {@code csv-long}, {@code CSV}, {@code xlsx}. */
  static final class FormatConverter implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
      for (OutputFormat f : OutputFormat.values()) {
        if (f.name().equals(name)) {
          return f;
        }
      }
      throw new TypeConversionException(
          "'"
              + value
              + "' is no output format; expected one of "
              + Arrays.stream(OutputFormat.values())
                  .map(OutputFormat::optionName)
                  .collect(Collectors.joining(", ")));
    }
  }
}
