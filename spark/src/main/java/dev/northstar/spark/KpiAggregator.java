package dev.northstar.spark;

import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.KpiTable;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.formulas.table.TableSchema;
import dev.northstar.jackson.NorthstarJson;
import dev.northstar.jackson.csv.KpiCsv;
import dev.northstar.jackson.formulas.NorthstarFormulasModule;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;

/**
 * A Spark SQL {@code Aggregator} that computes a {@link KpiQuery} over rows of a {@link
 * TableSchema}: Spark feeds each task's rows into an in-place accumulator of Northstar's engine,
 * ships the partial aggregates (never rows) between tasks as their versioned byte form, merges them
 * in place, and {@link #finish finishes} with the {@link KpiTable} that {@code query.run(table)}
 * gives for the same rows, rendered as the CLI renders it: {@link #json} as {@code northstar kpi
 * --format json} (without the final line end), {@link #csv} as {@code --format csv-long} ({@link
 * KpiCsv}).
 *
 * <pre>{@code
 * KpiAggregator kpis = KpiAggregator.json(query, schema);
 * Column[] inputs = kpis.inputColumns(MetricCsv.headers(schema));   // Northstar's own CSV
 * Dataset<Row> metrics = spark.read().option("header", "true").csv("metrics/*.csv");
 * String json = metrics.agg(kpis.udaf().apply(inputs)).first().getString(0);   // Dataset API
 * metrics.select(inputs).createOrReplaceTempView("metrics");                   // Spark SQL
 * spark.udf().register("northstar_kpis", kpis.udaf());
 * String columns = "`" + String.join("`, `", kpis.inputSchema().fieldNames()) + "`";
 * spark.sql("SELECT northstar_kpis(" + columns + ") FROM metrics").first().getString(0);
 * }</pre>
 *
 * <p>The input columns are the schema's, in its order ({@link #inputSchema()}): its dimensions as
 * strings (null is missing), its date, its timestamp, then its measures as whole numbers or
 * decimals (null is missing, never zero; a floating-point column is refused, as it is not exact). A
 * refused value fails the task with the engine's {@link
 * dev.northstar.formulas.table.InvalidRowException}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @serial exclude
 */
@SuppressWarnings({"InvalidBlockTag", "serial"})
public final class KpiAggregator extends Aggregator<Row, KpiBuffer, String> {

  private static final long serialVersionUID = 1L;

  /**
   * The number of rows a buffer takes before the engine aggregates them, as {@code
   * KpiCombineFn.DEFAULT_FOLD_EVERY} in module {@code beam}: many rows per group, so that a fold's
   * cost per group is spread over many rows.
   */
  public static final int FOLD_EVERY = 65_536;

  private final KpiQuery query;
  private final TableSchema schema;
  private final boolean json;

  private KpiAggregator(KpiQuery query, TableSchema schema, boolean json) {
    this.query = query;
    this.schema = schema;
    this.json = json;
  }

  /**
   * Obtains the aggregator whose result is the CLI's JSON of the table.
   *
   * @param query the query, not null
   * @param schema the schema of the input rows, not null
   * @return the aggregator, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the schema lacks a column that the query needs
   */
  public static KpiAggregator json(KpiQuery query, TableSchema schema) {
    return of(query, schema, true);
  }

  /**
   * Obtains the aggregator whose result is the CLI's long CSV of the table ({@code --format
   * csv-long}, {@link KpiCsv}).
   *
   * @param query the query, not null
   * @param schema the schema of the input rows, not null
   * @return the aggregator, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the schema lacks a column that the query needs
   */
  public static KpiAggregator csv(KpiQuery query, TableSchema schema) {
    return of(query, schema, false);
  }

  private static KpiAggregator of(KpiQuery query, TableSchema schema, boolean json) {
    Objects.requireNonNull(query, "query must not be null");
    Objects.requireNonNull(schema, "schema must not be null");
    query.aggregate(MetricTable.builder(schema).build());
    return new KpiAggregator(query, schema, json);
  }

  /**
   * Returns the Spark columns of the rows this aggregator takes, in order.
   *
   * @return the columns, never null
   */
  public StructType inputSchema() {
    return RowCells.structOf(schema);
  }

  /**
   * Returns the input columns read from a Dataset whose columns carry other names, such as a CSV
   * file read by Spark with its headers: for each column of {@link #inputSchema()}, in order, the
   * Dataset's column of the given header, cast to the input's type and named as in {@code
   * inputSchema()}. For a file in Northstar's own CSV the headers are {@code
   * MetricCsv.headers(schema)}; for another file, its headers of the schema's columns, in the
   * schema's order.
   *
   * <pre>{@code
   * Dataset<Row> rows = spark.read().option("header", "true").csv("metrics/*.csv");
   * String json = rows.agg(kpis.udaf().apply(kpis.inputColumns(MetricCsv.headers(schema))))
   *     .first().getString(0);
   * }</pre>
   *
   * @param headers the Dataset's column of each input column, in order, not null
   * @return the columns, never null
   * @throws NullPointerException if {@code headers} or one of them is null
   * @throws IllegalArgumentException if there are not as many headers as input columns
   */
  public Column[] inputColumns(List<String> headers) {
    return RowCells.columns(schema, headers);
  }

  /**
   * Returns this aggregator as a function for Spark SQL and {@code DataFrame.agg}: {@code
   * functions.udaf(this, the row encoder of inputSchema())}. Call it with the input columns in
   * order.
   *
   * @return the function, never null
   */
  public UserDefinedFunction udaf() {
    return functions.udaf(this, Encoders.row(inputSchema()));
  }

  /**
   * Returns an empty buffer.
   *
   * @return the buffer, never null
   */
  @Override
  public KpiBuffer zero() {
    return new KpiBuffer();
  }

  /**
   * Adds a row to a buffer.
   *
   * @param buffer the buffer, not null
   * @param row the row, with the columns of {@link #inputSchema()}, not null
   * @return {@code buffer}
   * @throws IllegalArgumentException if the row has the wrong columns
   * @throws dev.northstar.formulas.table.InvalidRowException if a value is refused
   */
  @Override
  public KpiBuffer reduce(KpiBuffer buffer, Row row) {
    buffer.add(row, query, schema, FOLD_EVERY);
    return buffer;
  }

  /**
   * Merges the second buffer into the first, in place.
   *
   * @param into the buffer merged into, not null
   * @param other the other buffer, not null, not changed
   * @return {@code into}
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  @Override
  public KpiBuffer merge(KpiBuffer into, KpiBuffer other) {
    into.merge(other, query);
    return into;
  }

  /**
   * Renders the result table.
   *
   * @param buffer the buffer of every row, not null
   * @return the table as the CLI prints it, never null
   */
  @Override
  public String finish(KpiBuffer buffer) {
    return render(buffer.accumulator(query).toTable(), json);
  }

  /**
   * Returns the buffer's encoder: a bean encoder of its one binary property, the partial's byte
   * form.
   *
   * @return the encoder, never null
   */
  @Override
  public Encoder<KpiBuffer> bufferEncoder() {
    return Encoders.bean(KpiBuffer.class);
  }

  /**
   * Returns the result's encoder.
   *
   * @return the string encoder, never null
   */
  @Override
  public Encoder<String> outputEncoder() {
    return Encoders.STRING();
  }

  /**
   * Returns a summary such as {@code KpiAggregator[KpiQuery[...], json]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "KpiAggregator[" + query + ", " + (json ? "json" : "csv") + "]";
  }

  static String render(KpiTable table, boolean json) {
    try {
      if (json) {
        return NorthstarJson.builder()
            .addModule(new NorthstarFormulasModule())
            .build()
            .writeValueAsString(table);
      }
      StringWriter out = new StringWriter();
      KpiCsv.write(table, out);
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render " + table, e);
    }
  }
}
