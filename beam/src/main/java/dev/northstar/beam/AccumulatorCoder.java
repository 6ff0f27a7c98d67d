package dev.northstar.beam;

import dev.northstar.formulas.aggregate.AggregateAccumulator;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.table.TableSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import org.apache.beam.sdk.coders.CustomCoder;
import org.jspecify.annotations.Nullable;

/** Encodes a {@link KpiAccumulator} as its partial, by {@link PartialAggregateCoder}. */
final class AccumulatorCoder extends CustomCoder<KpiAccumulator> {
  private static final long serialVersionUID = 1L;

  private final PartialAggregateCoder partials;
  private final @Nullable TableSchema schema;
  private final int foldEvery;

  AccumulatorCoder(KpiQuery query, @Nullable TableSchema schema, int foldEvery) {
    this.partials = PartialAggregateCoder.of(query);
    this.schema = schema;
    this.foldEvery = foldEvery;
  }

  @Override
  public void encode(KpiAccumulator value, OutputStream out) throws IOException {
    partials.encode(value.partial(), out);
  }

  @Override
  public KpiAccumulator decode(InputStream in) throws IOException {
    return new KpiAccumulator(schema, foldEvery, AggregateAccumulator.from(partials.decode(in)));
  }

  @Override
  public void verifyDeterministic() {
    partials.verifyDeterministic();
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof AccumulatorCoder other
        && partials.equals(other.partials)
        && Objects.equals(schema, other.schema)
        && foldEvery == other.foldEvery;
  }

  @Override
  public int hashCode() {
    return Objects.hash(partials, schema, foldEvery);
  }
}
