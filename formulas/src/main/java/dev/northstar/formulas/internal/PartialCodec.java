package dev.northstar.formulas.internal;

import dev.northstar.core.metric.Aggregation;
import dev.northstar.formulas.aggregate.GroupKey;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.TimeBucket;
import dev.northstar.formulas.table.Dimension;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The byte form of a partial aggregate's state, versions 1 and 2. Every number is big-endian
 * ({@link DataOutputStream}); every text is an {@code int} byte length and that many UTF-8 bytes.
 * Version 2 adds stock levels (the parts marked v2); a query without levels is written as version
 * 1, byte for byte what version 1 wrote, so readers of version 1 keep reading it.
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
 *          the slots (longs)
 * </pre>
 *
 * <p>The query part is a fingerprint: reading checks it against the query the caller names, so the
 * bytes of one query are never read as another's.
 */
public final class PartialCodec {

  /** The first four bytes. */
  static final int MAGIC = 0x4E535041; // "NSPA"

  /** The newest version, written for a query with stock levels. */
  public static final int VERSION = 2;

  /** The version written for a query without stock levels. */
  static final int VERSION_WITHOUT_LEVELS = 1;

  private PartialCodec() {}

  /**
   * Writes a state.
   *
   * @param query the query the state is of
   * @param states the state
   * @param out the stream; not closed
   * @throws IOException if the stream fails
   */
  public static void write(KpiQuery query, GroupedStates states, OutputStream out)
      throws IOException {
    DataOutputStream d = new DataOutputStream(out);
    boolean levels = !query.levels().isEmpty();
    d.writeInt(MAGIC);
    d.writeShort(levels ? VERSION : VERSION_WITHOUT_LEVELS);
    PartialFingerprint.write(query, levels, d);
    int kpis = query.kpis().size();
    for (int k = 0; k < kpis; k++) {
      writeUnits(states.numeratorUnits(k), d);
    }
    for (int k = 0; k < kpis; k++) {
      writeUnits(states.denominatorUnits(k), d);
    }
    for (int t = 0; t < query.totals().size(); t++) {
      writeUnits(states.totalUnits(t), d);
    }
    for (int l = 0; l < query.levels().size(); l++) {
      writeUnits(states.levelUnits(l), d);
    }
    d.writeInt(states.groups().size());
    boolean bucketed = query.bucket().isPresent();
    for (Map.Entry<GroupKey, long[]> e : states.groups().entrySet()) {
      for (String v : e.getKey().values()) {
        d.writeByte(v == null ? 0 : 1);
        if (v != null) {
          ByteFormIo.writeText(v, d);
        }
      }
      if (bucketed) {
        d.writeLong(e.getKey().bucketStart().orElseThrow().toEpochDay());
      }
      for (long slot : e.getValue()) {
        d.writeLong(slot);
      }
    }
    d.flush();
  }

  /**
   * Reads a state written by {@link #write}.
   *
   * @param query the query the state must be of
   * @param in the stream; read up to the state's last byte, not closed
   * @return the state
   * @throws IOException if the stream fails or ends early, or the bytes are not a partial aggregate
   *     of a version this reads
   * @throws IllegalArgumentException if the bytes are a partial aggregate of another query
   */
  public static GroupedStates read(KpiQuery query, InputStream in) throws IOException {
    DataInputStream d = new DataInputStream(in);
    int magic = d.readInt();
    if (magic != MAGIC) {
      throw new IOException(
          "not a PartialAggregate: the bytes start with 0x"
              + Integer.toHexString(magic)
              + ", expected 0x"
              + Integer.toHexString(MAGIC)
              + " (\"NSPA\")");
    }
    int version = d.readUnsignedShort();
    if (version != VERSION && version != VERSION_WITHOUT_LEVELS) {
      throw new IOException(
          "unknown PartialAggregate format version " + version + "; this version reads 1 and 2");
    }
    String expected = PartialFingerprint.of(query);
    String found = PartialFingerprint.read(d, version >= VERSION);
    if (!expected.equals(found)) {
      throw new IllegalArgumentException(
          "the bytes hold a PartialAggregate of [" + found + "], not of [" + expected + "]");
    }
    int kpis = query.kpis().size();
    List<Units> num = readUnits(d, kpis);
    List<Units> den = readUnits(d, kpis);
    List<Units> totals = readUnits(d, query.totals().size());
    List<Units> levels = readUnits(d, query.levels().size());
    int groups = ByteFormIo.count(d, "group count");
    int stride = Layout.stride(kpis, query.totals().size(), query.levels().size());
    List<Dimension> by = query.groupBy();
    TimeBucket bucket = query.bucket().orElse(null);
    List<GroupKey> keys = new ArrayList<>(Math.min(groups, 1 << 16));
    List<long[]> states = new ArrayList<>(Math.min(groups, 1 << 16));
    for (int g = 0; g < groups; g++) {
      List<@Nullable String> values = new ArrayList<>(by.size());
      for (int k = 0; k < by.size(); k++) {
        int present = d.readUnsignedByte();
        if (present > 1) {
          throw new IOException(
              "malformed PartialAggregate: group " + g + " has value marker " + present);
        }
        values.add(present == 0 ? null : ByteFormIo.readText(d));
      }
      LocalDate start = bucket == null ? null : LocalDate.ofEpochDay(d.readLong());
      GroupKey key;
      try {
        key = GroupKey.of(by, values, bucket, start);
      } catch (IllegalArgumentException | java.time.DateTimeException e) {
        throw new IOException("malformed PartialAggregate: group " + g + ": " + e.getMessage(), e);
      }
      if (!keys.isEmpty() && keys.get(keys.size() - 1).compareTo(key) >= 0) {
        throw new IOException(
            "malformed PartialAggregate: group "
                + key
                + " is not after "
                + keys.get(keys.size() - 1));
      }
      long[] state = new long[stride];
      for (int i = 0; i < stride; i++) {
        state[i] = d.readLong();
      }
      if (state[Layout.ROWS] <= 0) {
        throw new IOException(
            "malformed PartialAggregate: group " + key + " has " + state[Layout.ROWS] + " rows");
      }
      checkLevels(state, query, key);
      keys.add(key);
      states.add(state);
    }
    return GroupedStates.ofAscending(
        keys, states, num, den, totals, levels, query.method() == Aggregation.MEAN_OF_RATIOS);
  }

  /** Every row of a group has a level's value or lacks it: the two counts add up to the rows. */
  private static void checkLevels(long[] state, KpiQuery query, GroupKey key) throws IOException {
    for (int l = 0; l < query.levels().size(); l++) {
      int at = Layout.level(query.kpis().size(), query.totals().size(), l);
      long counted = state[at + Layout.LEVEL_COUNTED];
      long missing = state[at + Layout.LEVEL_MISSING];
      if (counted < 0 || missing < 0 || counted + missing != state[Layout.ROWS]) {
        throw new IOException(
            "malformed PartialAggregate: group "
                + key
                + " has "
                + state[Layout.ROWS]
                + " rows, but its level of '"
                + query.levels().get(l)
                + "' counts "
                + counted
                + " with a value and "
                + missing
                + " without");
      }
    }
  }

  private static void writeUnits(Units units, DataOutputStream d) throws IOException {
    d.writeInt(units.scale());
    Currency c = units.currency();
    ByteFormIo.writeText(c == null ? "" : c.getCurrencyCode(), d);
  }

  private static List<Units> readUnits(DataInputStream d, int n) throws IOException {
    List<Units> units = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int scale = d.readInt();
      String code = ByteFormIo.readText(d);
      if (code.isEmpty()) {
        if (scale != 0) {
          throw new IOException("malformed PartialAggregate: a count at scale " + scale);
        }
        units.add(Units.COUNT);
      } else {
        try {
          units.add(new Units(scale, Currency.getInstance(code)));
        } catch (IllegalArgumentException e) {
          throw new IOException("malformed PartialAggregate: unknown currency " + code, e);
        }
      }
    }
    return units;
  }
}
