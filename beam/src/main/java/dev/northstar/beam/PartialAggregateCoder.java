package dev.northstar.beam;

import dev.northstar.formulas.aggregate.GroupKey;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.PartialAggregate;
import dev.northstar.formulas.aggregate.TimeBucket;
import dev.northstar.formulas.table.Dimension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.NotSerializableException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.beam.sdk.coders.CoderException;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.util.VarInt;
import org.jspecify.annotations.Nullable;

/**
 * A deterministic Beam coder of the {@link PartialAggregate}s of one {@link KpiQuery}: equal
 * partials always encode to equal bytes, whatever rows, splits and merge order produced them.
 *
 * <p>The query is part of the coder (it is serialized once, with the pipeline), not of the encoded
 * values: an encoded partial holds its groups only. Each group is its key (the dimension values,
 * the time bucket and the bucket's first day, written explicitly) and its {@code 1 + 4 x KPIs + 2 x
 * totals} integer slots, followed by the units of the KPIs' numerators, denominators and totals.
 *
 * <p>The partial's state is not public in {@code northstar-formulas}, so the slots and units are
 * written with Java serialization, made deterministic here: the query and the group keys are
 * replaced by explicit forms, and every string and unit is shared by value rather than by object
 * identity, so the stream does not depend on how the partial was built. The bytes therefore depend
 * on the serialized form of {@code northstar-formulas}' classes: encode and decode with the same
 * Northstar version (as a Beam pipeline does; a savepoint or a persisted accumulator across a
 * Northstar upgrade is not supported). Decoding accepts only the classes a partial is made of.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @serial exclude
 */
// @serial exclude is javadoc's own tag (it keeps the serialized form off the javadoc
// "Serialized Form" page); Error Prone 2.52's InvalidBlockTag does not know it on a class.
@SuppressWarnings("InvalidBlockTag")
public final class PartialAggregateCoder extends CustomCoder<PartialAggregate> {

  private static final long serialVersionUID = 1L;

  /** Format version, written before every partial. */
  private static final int VERSION = 1;

  private static final int MAX_DEPTH = 32;

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
   * Encodes a partial: a format version, the length of what follows, then the partial's groups.
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
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
    try (Writer w = new Writer(bytes, query)) {
      w.writeObject(value);
    }
    VarInt.encode(VERSION, out);
    VarInt.encode(bytes.size(), out);
    bytes.writeTo(out);
  }

  /**
   * Decodes a partial written by {@link #encode}.
   *
   * @param in the stream, not null
   * @return the partial, of this coder's query, never null
   * @throws CoderException if the bytes are not an encoded partial of this format
   * @throws IOException if the stream fails
   */
  @Override
  public PartialAggregate decode(InputStream in) throws IOException {
    int version = VarInt.decodeInt(in);
    if (version != VERSION) {
      throw new CoderException(
          "unknown PartialAggregate format version " + version + "; this coder reads " + VERSION);
    }
    int length = VarInt.decodeInt(in);
    if (length < 0) {
      throw new CoderException("negative PartialAggregate length " + length);
    }
    byte[] bytes = in.readNBytes(length);
    if (bytes.length != length) {
      throw new CoderException(
          "truncated PartialAggregate: expected " + length + " bytes, got " + bytes.length);
    }
    try (Reader r = new Reader(bytes, query)) {
      return read(r, query);
    }
  }

  private static PartialAggregate read(Reader r, KpiQuery query) throws IOException {
    try {
      Object o = r.readObject();
      if (!(o instanceof PartialAggregate p) || !p.query().equals(query)) {
        throw new CoderException("the bytes do not hold a PartialAggregate of " + query);
      }
      return p;
    } catch (InvalidClassException e) {
      String rejected = r.rejected();
      if (rejected == null) {
        throw new CoderException("cannot decode a PartialAggregate: " + e.getMessage(), e);
      }
      throw new CoderException(
          "cannot decode a PartialAggregate: the bytes hold "
              + rejected
              + ", which a partial aggregate is not made of",
          e);
    } catch (ClassNotFoundException | ClassCastException e) {
      throw new CoderException("cannot decode a PartialAggregate: " + e.getMessage(), e);
    }
  }

  /**
   * Does nothing: the encoding is deterministic.
   *
   * <p>Equal partials of the query encode to equal bytes (for one version of Northstar).
   */
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

  /** Stands for the coder's query in the stream. */
  private enum QueryRef {
    QUERY
  }

  /**
   * The explicit form of a group key: dimension ids, values (null where missing), bucket and the
   * bucket's first day as an epoch day (0 when there is no bucket).
   */
  private static final class KeyForm implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final String[] dimensions;
    private final @Nullable String[] values;
    private final @Nullable TimeBucket bucket;
    private final long day;

    private KeyForm(GroupKey key) {
      List<Dimension> dims = key.dimensions();
      this.dimensions = new String[dims.size()];
      for (int i = 0; i < dimensions.length; i++) {
        dimensions[i] = dims.get(i).id();
      }
      this.values = key.values().toArray(new String[0]);
      this.bucket = key.bucket().orElse(null);
      this.day = key.bucketStart().map(LocalDate::toEpochDay).orElse(0L);
    }

    GroupKey toKey() {
      List<Dimension> dims = new ArrayList<>(dimensions.length);
      for (String id : dimensions) {
        dims.add(Dimension.of(id));
      }
      TimeBucket b = bucket;
      return GroupKey.of(
          dims, Arrays.asList(values), b, b == null ? null : LocalDate.ofEpochDay(day));
    }

    @Override
    public String toString() {
      return Arrays.toString(dimensions) + "=" + Arrays.toString(values) + " " + bucket + " " + day;
    }
  }

  /** A String[] compared by content, so that equal arrays are written once. */
  private record Ids(List<String> ids) {}

  /**
   * Writes the query as {@link QueryRef}, keys as {@link KeyForm}, and shares every string, id
   * array and record (the units) by value: the stream then depends only on the partial's content.
   */
  private static final class Writer extends ObjectOutputStream {
    private final KpiQuery query;
    private final Map<Object, Object> canonical = new HashMap<>();

    Writer(OutputStream out, KpiQuery query) throws IOException {
      super(out);
      this.query = query;
      enableReplaceObject(true);
    }

    @Override
    protected Object replaceObject(Object obj) throws IOException {
      if (obj instanceof KpiQuery q) {
        if (!q.equals(query)) {
          throw new NotSerializableException("a partial of another query: " + q);
        }
        return QueryRef.QUERY;
      }
      if (obj instanceof GroupKey key) {
        return new KeyForm(key);
      }
      if (obj instanceof String s) {
        return canonical.computeIfAbsent(s, k -> s);
      }
      if (obj instanceof String[] ids && isIds(ids)) {
        return canonical.computeIfAbsent(new Ids(List.of(ids)), k -> ids);
      }
      if (obj.getClass().isRecord()) {
        return canonical.computeIfAbsent(new Value(obj), k -> obj);
      }
      return obj;
    }

    private static boolean isIds(String[] array) {
      for (String s : array) {
        if (s == null) {
          return false;
        }
      }
      return true;
    }
  }

  /** A record, keyed by class and value. */
  private record Value(Class<?> type, Object value) {
    Value(Object value) {
      this(value.getClass(), value);
    }
  }

  /** Resolves {@link QueryRef} and {@link KeyForm}, and accepts only a partial's classes. */
  private static final class Reader extends ObjectInputStream {
    private static final Set<String> ALLOWED =
        Set.of(
            "java.util.TreeMap",
            "java.util.CollSer",
            "java.util.ImmutableCollections$ListN",
            "java.util.ImmutableCollections$List12",
            "java.util.Currency",
            "java.lang.Enum",
            "java.lang.Record",
            "java.lang.Object",
            "java.lang.String");

    private final KpiQuery query;
    private final long maxArrayLength;

    Reader(byte[] bytes, KpiQuery query) throws IOException {
      super(new ByteArrayInputStream(bytes));
      this.query = query;
      this.maxArrayLength = bytes.length;
      enableResolveObject(true);
      setObjectInputFilter(this::check);
    }

    private @Nullable String rejected;

    private ObjectInputFilter.Status check(ObjectInputFilter.FilterInfo info) {
      if (info.depth() > MAX_DEPTH) {
        rejected = "a stream deeper than " + MAX_DEPTH;
        return ObjectInputFilter.Status.REJECTED;
      }
      if (info.arrayLength() > maxArrayLength) {
        rejected =
            "an array of " + info.arrayLength() + " elements in " + maxArrayLength + " bytes";
        return ObjectInputFilter.Status.REJECTED;
      }
      Class<?> c = info.serialClass();
      if (c == null) {
        return ObjectInputFilter.Status.UNDECIDED;
      }
      while (c.isArray()) {
        c = c.getComponentType();
      }
      if (c.isPrimitive()
          || c.getName().startsWith("dev.northstar.")
          || ALLOWED.contains(c.getName())) {
        return ObjectInputFilter.Status.ALLOWED;
      }
      rejected = "class " + c.getName();
      return ObjectInputFilter.Status.REJECTED;
    }

    /** Returns what the filter rejected, if anything. */
    @Nullable String rejected() {
      return rejected;
    }

    @Override
    protected Class<?> resolveClass(ObjectStreamClass desc)
        throws IOException, ClassNotFoundException {
      ClassLoader loader = PartialAggregateCoder.class.getClassLoader();
      try {
        return Class.forName(desc.getName(), false, loader);
      } catch (ClassNotFoundException e) {
        return super.resolveClass(desc);
      }
    }

    @Override
    protected Object resolveObject(Object obj) throws IOException {
      if (obj == QueryRef.QUERY) {
        return query;
      }
      if (obj instanceof KeyForm form) {
        try {
          return form.toKey();
        } catch (IllegalArgumentException e) {
          InvalidClassException ex = new InvalidClassException("invalid group key: " + form);
          ex.initCause(e);
          throw ex;
        }
      }
      return obj;
    }
  }
}
