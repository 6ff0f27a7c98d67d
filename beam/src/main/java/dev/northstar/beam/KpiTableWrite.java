package dev.northstar.beam;

import dev.northstar.formulas.aggregate.KpiTable;
import dev.northstar.jackson.NorthstarJson;
import dev.northstar.jackson.csv.KpiCsv;
import dev.northstar.jackson.formulas.NorthstarFormulasModule;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PDone;

/**
 * Writes the {@link KpiTable} of a pipeline to a file as the CLI does: {@link #json(String)} gives
 * the bytes of {@code northstar kpi --format json} (Northstar's JSON and a line end), {@link
 * #csv(String)} those of {@code --format csv-long} ({@link KpiCsv}). The file is written through
 * Beam's {@code FileSystems}, so a local path, {@code gs://} or {@code s3://} (with the matching
 * Beam I/O module) all work.
 *
 * <pre>{@code
 * kpis.apply(KpiTableWrite.json("/out/kpis.json"));
 * }</pre>
 *
 * <p>The sink is for one table (what {@link KpiAggregate} gives in the global window): each table
 * replaces the file, so with several windows use one sink per window of your own.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @serial exclude
 */
@SuppressWarnings("InvalidBlockTag")
public final class KpiTableWrite extends PTransform<PCollection<KpiTable>, PDone> {

  private static final long serialVersionUID = 1L;

  private final String path;
  private final boolean json;

  private KpiTableWrite(String path, boolean json) {
    this.path = path;
    this.json = json;
  }

  /**
   * Obtains the sink that writes the table as the CLI's JSON.
   *
   * @param path the file, not null or blank; its directory must exist
   * @return the sink, never null
   * @throws NullPointerException if {@code path} is null
   * @throws IllegalArgumentException if {@code path} is blank
   */
  public static KpiTableWrite json(String path) {
    return new KpiTableWrite(checked(path), true);
  }

  /**
   * Obtains the sink that writes the table as the CLI's long CSV ({@code --format csv-long}).
   *
   * @param path the file, not null or blank; its directory must exist
   * @return the sink, never null
   * @throws NullPointerException if {@code path} is null
   * @throws IllegalArgumentException if {@code path} is blank
   */
  public static KpiTableWrite csv(String path) {
    return new KpiTableWrite(checked(path), false);
  }

  private static String checked(String path) {
    Objects.requireNonNull(path, "path must not be null");
    if (path.isBlank()) {
      throw new IllegalArgumentException("path must not be blank");
    }
    return path;
  }

  /**
   * Writes a table as the CLI does.
   *
   * @param table the table, not null
   * @param json true for the JSON, false for the CSV
   * @param out the writer, flushed but not closed, not null
   * @throws IOException if writing fails
   */
  static void render(KpiTable table, boolean json, Writer out) throws IOException {
    if (json) {
      out.write(
          NorthstarJson.builder()
              .addModule(new NorthstarFormulasModule())
              .build()
              .writeValueAsString(table));
      out.write('\n');
    } else {
      KpiCsv.write(table, out);
    }
    out.flush();
  }

  /**
   * Applies the sink.
   *
   * @param input the table, not null
   * @return done, never null
   */
  @Override
  public PDone expand(PCollection<KpiTable> input) {
    input.apply("Write " + path, ParDo.of(new WriteFn(path, json)));
    return PDone.in(input.getPipeline());
  }

  /** Writes each table to the file. */
  private static final class WriteFn extends DoFn<KpiTable, Void> {
    private static final long serialVersionUID = 1L;

    private final String path;
    private final boolean json;

    WriteFn(String path, boolean json) {
      this.path = path;
      this.json = json;
    }

    @ProcessElement
    public void process(@Element KpiTable table) throws IOException {
      ResourceId file = FileSystems.matchNewResource(path, false);
      String type = json ? "application/json" : "text/csv";
      try (Writer out =
          new OutputStreamWriter(
              Channels.newOutputStream(FileSystems.create(file, type)), StandardCharsets.UTF_8)) {
        render(table, json, out);
      }
    }
  }
}
