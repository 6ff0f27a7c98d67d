package dev.northstar.beam;

import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.PartialAggregate;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CustomCoder;
import org.jspecify.annotations.Nullable;

/**
 * A deterministic Beam coder of the {@link PartialAggregate}s of one {@link KpiQuery}: the
 * partial's public, versioned byte form ({@link PartialAggregate#writeTo} and {@link
 * PartialAggregate#readFrom}, documented on {@code PartialAggregate}). Equal partials encode to
 * equal bytes, whatever rows, splits and merge order produced them, and bytes written by one
 * Northstar version are read by every later one, so a Flink savepoint or a Dataflow update survives
 * a Northstar upgrade.
 *
 * <p>The query is part of the coder (it is serialized once, with the pipeline); the bytes carry a
 * fingerprint of it, so a partial of another query is refused rather than misread. The form is
 * self-delimiting, so the coder writes it as is, in outer and nested contexts alike.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @serial exclude
 */
// @serial exclude is javadoc's own tag (it keeps the serialized form off the javadoc
// "Serialized Form" page); Error Prone 2.52's InvalidBlockTag does not know it on a class.
@SuppressWarnings("InvalidBlockTag")
public final class PartialAggregateCoder extends CustomCoder<PartialAggregate> {

  private static final long serialVersionUID = 2L;

  private final KpiQuery query;

  private PartialAggregateCoder(KpiQuery query) {
    this.query = query;
  }

  /**
   * Obtains the coder of the partials of a query.
   *
   * @param query the query, not null
   * @return the coder, never null
   * @throws NullPointerException if {@code query} is null
   */
  public static PartialAggregateCoder of(KpiQuery query) {
    return new PartialAggregateCoder(Objects.requireNonNull(query, "query must not be null"));
  }

  /**
   * Returns the query whose partials this coder encodes.
   *
   * @return the query, never null
   */
  public KpiQuery query() {
    return query;
  }

  /**
   * Encodes a partial in its byte form.
   *
   * @param value the partial, of this coder's query, not null
   * @param out the stream, not null
   * @throws CoderException if {@code value} is null or of another query
   * @throws IOException if the stream fails
   */
  @Override
  public void encode(PartialAggregate value, OutputStream out) throws IOException {
    if (value == null) {
      throw new CoderException("cannot encode a null PartialAggregate");
    }
    if (!query.equals(value.query())) {
      throw new CoderException(
          "this coder encodes partials of "
              + query
              + ", but got a partial of "
              + value.query()
              + "; use PartialAggregateCoder.of(partial.query())");
    }
    value.writeTo(out);
  }

  /**
   * Decodes a partial written by {@link #encode}, reading exactly its bytes.
   *
   * @param in the stream, not null
   * @return the partial, of this coder's query, never null
   * @throws CoderException if the bytes are not a partial of this coder's query in a format version
   *     this Northstar reads (the message says what is wrong)
   * @throws IOException if the stream fails or ends early
   */
  @Override
  public PartialAggregate decode(InputStream in) throws IOException {
    try {
      return PartialAggregate.readFrom(query, in);
    } catch (IllegalArgumentException e) {
      throw new CoderException("cannot decode a PartialAggregate: " + e.getMessage(), e);
    }
  }

  /** Does nothing: the encoding is deterministic (equal partials encode to equal bytes). */
  @Override
  public void verifyDeterministic() {}

  /**
   * Tells whether two coders are of equal queries.
   *
   * @param obj the other object, possibly null
   * @return true if it is a coder of an equal query
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof PartialAggregateCoder other && query.equals(other.query);
  }

  @Override
  public int hashCode() {
    return query.hashCode();
  }

  /**
   * Returns a summary such as {@code PartialAggregateCoder[KpiQuery[err by platform; ...]]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "PartialAggregateCoder[" + query + "]";
  }
}
