package dev.northstar.cli;

import dev.northstar.cli.io.InputException;
import dev.northstar.cli.io.MetricSources;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/**
 * Bad parameters said plainly: converters whose messages name the value and the expected form
 * (never a Java class name), and a handler that prints the message and where to find help, without
 * the whole usage.
 */
final class ParameterErrors {
  private ParameterErrors() {}

  /**
   * Registers the converters and the parameter-exception handler on a command line and its
   * sub-commands.
   *
   * @param line the command line
   * @param err where the messages go
   */
  static void install(CommandLine line, PrintWriter err) {
    line.registerConverter(LocalDate.class, ParameterErrors::date);
    line.registerConverter(Integer.class, ParameterErrors::integer);
    line.registerConverter(Integer.TYPE, ParameterErrors::integer);
    line.registerConverter(Long.class, ParameterErrors::whole);
    line.registerConverter(Long.TYPE, ParameterErrors::whole);
    line.registerConverter(BigDecimal.class, ParameterErrors::decimal);
    line.registerConverter(ZoneId.class, ParameterErrors::zone);
    line.registerConverter(Path.class, ParameterErrors::path);
    line.registerConverter(MetricSources.Columns.class, ParameterErrors::columns);
    line.setParameterExceptionHandler(
        (e, args) -> {
          CommandLine command = e.getCommandLine();
          String name = command.getCommandSpec().qualifiedName(" ");
          err.println(name + ": " + e.getMessage());
          err.println("See '" + name + " --help' for the options and examples.");
          err.flush();
          return Northstar.BAD_INPUT;
        });
  }

  static LocalDate date(String value) {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(
          "'" + value + "' is not a date; expected YYYY-MM-DD, such as 2026-08-20");
    }
  }

  static Integer integer(String value) {
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new TypeConversionException(
          "'" + value + "' is not a whole number; expected digits, such as 5");
    }
  }

  static Long whole(String value) {
    try {
      return Long.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new TypeConversionException(
          "'" + value + "' is not a whole number; expected digits, such as 5");
    }
  }

  static BigDecimal decimal(String value) {
    try {
      return new BigDecimal(value.strip());
    } catch (NumberFormatException e) {
      throw new TypeConversionException(
          "'" + value + "' is not a number; expected a decimal such as 2.5");
    }
  }

  static Path path(String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new TypeConversionException(
          "'" + value.replace("\0", "\\0") + "' is not a file path: " + e.getReason());
    }
  }

  static MetricSources.Columns columns(String value) {
    try {
      return MetricSources.Columns.fromOption(value);
    } catch (InputException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }

  static ZoneId zone(String value) {
    try {
      return ZoneId.of(value.strip());
    } catch (DateTimeException e) {
      throw new TypeConversionException(
          "'"
              + value
              + "' is not a time zone; expected a region such as Europe/Paris or an offset such"
              + " as +02:00");
    }
  }
}
