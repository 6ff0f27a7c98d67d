package dev.northstar.formulas.aggregate;

import dev.northstar.core.metric.Aggregation;
import dev.northstar.formulas.internal.GroupedStates;
import dev.northstar.formulas.internal.PartialCodec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The mergeable state of a {@link KpiQuery} over some rows: for each group, a few integer sums per
 * KPI and per total, and a few integers per stock level. Partial aggregates of disjoint sets of
 * rows merge into the partial aggregate of their union, exactly and in any order, so work can be
 * split across threads, processes or machines; {@link #toTable()} then gives the result.
 *
 * <pre>{@code
 * PartialAggregate monday = query.aggregate(mondayRows);
 * PartialAggregate tuesday = query.aggregate(tuesdayRows);
 * KpiTable both = monday.merge(tuesday).toTable();   // equals query.run(allRows)
 * }</pre>
 *
 * <p>The state of a group is {@code 1 + 4 x KPIs + 2 x totals + 10 x levels} longs, whatever the
 * number of rows. Groups are keyed by value ({@link GroupKey}), not by any table's dictionary
 * codes.
 *
 * <p><b>Byte form.</b> {@link #writeTo(OutputStream)} writes a partial in a documented, versioned
 * binary format that {@link #readFrom(KpiQuery, InputStream)} reads back, in this and every later
 * version of Northstar: persist it, or send it between processes. The query is not part of the
 * bytes (a query holds KPI formulas, which are code); a fingerprint of it is (the method, the ids
 * of KPIs, totals and grouped dimensions, the bucket), so that bytes are never read as a partial of
 * another query. Versions 1 and 2 (the parts marked v2 hold stock levels; a query without levels is
 * written as version 1), all numbers big-endian, texts as an {@code int} byte count and UTF-8:
 *
 * <pre>
 * header   magic "NSPA" (4 bytes), format version (unsigned short, 1 or 2)
 * query    method (byte: 0 ratio of sums, 1 mean of ratios), KPI count (int) and ids,
 *          total count (int) and ids, [v2: level count (int) and ids,]
 *          grouped dimension count (int) and ids,
 *          bucket (text: the TimeBucket's name, or empty), slots per group (int)
 * units    per KPI numerator, then per KPI denominator, then per total, [v2: then per level:]
 *          scale (int), currency code (text, empty for counts)
 * groups   count (int), then per group in ascending key order:
 *          per dimension a byte (0 missing, 1 present) and the value if present,
 *          the bucket's first day as an epoch day (long) if the query has a bucket,
 *          the group's slots (longs): rows, 4 per KPI, 2 per total, 10 per level
 * </pre>
 *
 * <p>Equal partials write equal bytes, whatever rows, splits and merge order produced them.
 *
 * <p>This class is immutable, thread-safe and serializable. Its Java serialized form is the query
 * and the byte form above, never the engine's internal classes.
 *
 * @serial exclude
 */
public final class PartialAggregate implements Serializable {

  private static final long serialVersionUID = 2L;

  private final KpiQuery query;

  // Never serialized: writeReplace writes the byte form instead.
  private final transient GroupedStates states;

  PartialAggregate(KpiQuery query, GroupedStates states) {
    this.query = query;
    this.states = states;
  }

  /**
   * Returns the partial aggregate of no rows, which merges with any partial of the query.
   *
   * @param query the query, not null
   * @return the empty partial, never null
   * @throws NullPointerException if {@code query} is null
   */
  public static PartialAggregate empty(KpiQuery query) {
    Objects.requireNonNull(query, "query must not be null");
    return new PartialAggregate(
        query,
        GroupedStates.empty(
            query.kpis().size(),
            query.totals().size(),
            query.levels().size(),
            query.method() == Aggregation.MEAN_OF_RATIOS));
  }

  /**
   * Writes this partial in its byte form (see the class description): format version 1 for a query
   * without stock levels, {@value dev.northstar.formulas.internal.PartialCodec#VERSION} for one
   * with levels.
   *
   * @param out the stream, not null; flushed, not closed
   * @throws NullPointerException if {@code out} is null
   * @throws IOException if the stream fails
   */
  public void writeTo(OutputStream out) throws IOException {
    PartialCodec.write(query, states, Objects.requireNonNull(out, "out must not be null"));
  }

  /**
   * Returns this partial's byte form, as {@link #writeTo(OutputStream)} writes it.
   *
   * @return a new array, never null
   */
  public byte[] toBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + 64 * groupCount());
    try {
      writeTo(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    return bytes.toByteArray();
  }

  /**
   * Reads a partial written by {@link #writeTo(OutputStream)} of this or an earlier version of
   * Northstar. The stream is read up to the partial's last byte, so several partials can follow
   * each other in one stream.
   *
   * @param query the query of the partial, not null
   * @param in the stream, not null; not closed
   * @return the partial, never null
   * @throws NullPointerException if an argument is null
   * @throws IOException if the stream fails or ends before the partial does ({@link
   *     java.io.EOFException}), or the bytes are not a partial aggregate of a format version this
   *     reads (the message names the version, or what is malformed)
   * @throws IllegalArgumentException if the bytes are a partial of another query (the message names
   *     both)
   */
  public static PartialAggregate readFrom(KpiQuery query, InputStream in) throws IOException {
    Objects.requireNonNull(query, "query must not be null");
    Objects.requireNonNull(in, "in must not be null");
    return new PartialAggregate(query, PartialCodec.read(query, in));
  }

  /**
   * Reads a partial from its byte form, as {@link #readFrom(KpiQuery, InputStream)} does, and
   * checks that nothing follows it.
   *
   * @param query the query of the partial, not null
   * @param bytes the bytes, not null
   * @return the partial, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the bytes are not one whole partial of {@code query} of a
   *     format version this reads (the message says what is wrong)
   */
  public static PartialAggregate fromBytes(KpiQuery query, byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes must not be null");
    ByteArrayInputStream in = new ByteArrayInputStream(bytes);
    PartialAggregate partial;
    try {
      partial = readFrom(query, in);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "cannot read a PartialAggregate from " + bytes.length + " bytes: " + e.getMessage(), e);
    }
    if (in.available() > 0) {
      throw new IllegalArgumentException(
          in.available() + " bytes follow the PartialAggregate in " + bytes.length + " bytes");
    }
    return partial;
  }

  /** Returns the state, for the accumulator. */
  GroupedStates states() {
    return states;
  }

  /**
   * Returns the query.
   *
   * @return the query, never null
   */
  public KpiQuery query() {
    return query;
  }

  /**
   * Returns the number of groups.
   *
   * @return the count, zero or more
   */
  public int groupCount() {
    return states.groups().size();
  }

  /**
   * Merges this partial with another over disjoint rows.
   *
   * @param other the other partial, of an equal query, not null
   * @return the partial of both, never null; neither input changes
   * @throws NullPointerException if {@code other} is null
   * @throws IllegalArgumentException if the queries differ, or the tables had columns of different
   *     units (such as spend in two currencies)
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  public PartialAggregate merge(PartialAggregate other) {
    Objects.requireNonNull(other, "other must not be null");
    if (!query.equals(other.query)) {
      throw new IllegalArgumentException(
          "only partials of equal queries merge, but got " + query + " and " + other.query);
    }
    return new PartialAggregate(query, states.merge(other.states));
  }

  /**
   * Computes the result table.
   *
   * @return the table, never null
   */
  public KpiTable toTable() {
    return KpiTables.from(query, states);
  }

  /**
   * Serializes this partial as its query and byte form.
   *
   * @return the serial form
   */
  private Object writeReplace() {
    return new SerialForm(query, toBytes());
  }

  /**
   * Refuses a stream that holds this class's fields rather than its serial form.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("a PartialAggregate is serialized as its byte form");
  }

  /**
   * The Java serial form of a partial aggregate: its query and its byte form.
   *
   * @serial include
   */
  private static final class SerialForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The query. */
    private final KpiQuery query;

    /** The byte form, as {@link PartialAggregate#toBytes()} writes it. */
    private final byte[] bytes;

    SerialForm(KpiQuery query, byte[] bytes) {
      this.query = query;
      this.bytes = bytes;
    }

    /**
     * Reads the partial back from its byte form.
     *
     * @return the partial aggregate
     * @throws InvalidObjectException if the bytes are not a partial of the query
     */
    private Object readResolve() throws InvalidObjectException {
      try {
        return fromBytes(query, bytes);
      } catch (IllegalArgumentException e) {
        InvalidObjectException invalid = new InvalidObjectException(e.getMessage());
        invalid.initCause(e);
        throw invalid;
      }
    }
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof PartialAggregate other
        && query.equals(other.query)
        && states.equals(other.states);
  }

  @Override
  public int hashCode() {
    return 31 * query.hashCode() + states.hashCode();
  }

  /**
   * Returns a summary such as {@code PartialAggregate[KpiQuery[...], 12 groups]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "PartialAggregate[" + query + ", " + groupCount() + " groups]";
  }
}
