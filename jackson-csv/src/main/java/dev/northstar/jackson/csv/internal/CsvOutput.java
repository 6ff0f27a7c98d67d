package dev.northstar.jackson.csv.internal;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV records through jackson-dataformat-csv: separator {@code ,}, {@code \n} line ends,
 * fields quoted only when they hold the separator, a quote, a line break or surrounding space.
 */
final class CsvOutput implements AutoCloseable {

  private static final CsvFactory FACTORY =
      CsvFactory.builder()
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
          .build();

  private final CsvGenerator g;

  CsvOutput(Writer out) throws IOException {
    g = FACTORY.createGenerator(out);
    g.setSchema(CsvSchema.emptySchema().withColumnSeparator(',').withLineSeparator("\n"));
  }

  /** Writes one record. */
  void record(List<String> cells) throws IOException {
    g.writeStartArray();
    for (String cell : cells) {
      g.writeString(cell);
    }
    g.writeEndArray();
  }

  /** Writes one record. */
  void record(String[] cells) throws IOException {
    record(List.of(cells));
  }

  /** Flushes the records to the writer, which stays open. */
  @Override
  public void close() throws IOException {
    g.close();
  }
}
