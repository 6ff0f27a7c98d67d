package dev.northstar.beam;

import dev.northstar.formulas.table.MetricTable;
import dev.northstar.jackson.csv.ColumnMapping;
import dev.northstar.jackson.csv.MetricCsv;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.CustomCoder;

/**
 * Encodes a {@link MetricTable} as Northstar's own CSV ({@code docs/csv-format.md}), which {@link
 * ColumnMapping#northstar()} reads back equal: a Beam varint byte length, then the UTF-8 text. The
 * encoding is a function of the table's value, so the coder is deterministic.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @serial exclude
 */
@SuppressWarnings("InvalidBlockTag")
public final class MetricTableCoder extends CustomCoder<MetricTable> {

  private static final long serialVersionUID = 1L;

  private static final MetricTableCoder INSTANCE = new MetricTableCoder();

  private MetricTableCoder() {}

  /**
   * Obtains the coder.
   *
   * @return the coder, never null
   */
  public static MetricTableCoder of() {
    return INSTANCE;
  }

  /**
   * Writes a table.
   *
   * @param value the table, not null
   * @param out the stream, not null
   * @throws IOException if the stream fails
   */
  @Override
  public void encode(MetricTable value, OutputStream out) throws IOException {
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    try (Writer writer = new OutputStreamWriter(text, StandardCharsets.UTF_8)) {
      MetricCsv.write(value, writer);
    }
    ByteArrayCoder.of().encode(text.toByteArray(), out);
  }

  /**
   * Reads a table.
   *
   * @param in the stream, not null
   * @return the table, never null
   * @throws IOException if the stream fails or does not hold a table
   */
  @Override
  public MetricTable decode(InputStream in) throws IOException {
    byte[] text = ByteArrayCoder.of().decode(in);
    return MetricCsv.read(
        new InputStreamReader(new java.io.ByteArrayInputStream(text), StandardCharsets.UTF_8),
        ColumnMapping.northstar(),
        "an encoded MetricTable");
  }

  /** Passes: equal tables encode to equal bytes. */
  @Override
  public void verifyDeterministic() {}
}
