package dev.northstar.formulas.internal;

import dev.northstar.core.metric.MetricId;
import dev.northstar.formulas.aggregate.CalendarField;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.TimeBucket;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.Measure;
import dev.northstar.formulas.table.TableSchema;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A {@link KpiQuery} resolved against one table's columns: every measure found, {@code engagements}
 * expanded per platform, units checked. Resolution fails early with a message naming the KPI and
 * the column, before any row is read.
 */
final class CompiledQuery {

  final KpiQuery query;
  final ColumnStore store;

  /** Per grouped column (a table dimension or a calendar field), the code of each row. */
  final int[][] groupCodes;

  /** Per grouped column, the value of each code. */
  final String[][] groupDictionaries;

  /** The epoch day of each row that time buckets use, or null if the query has no bucket. */
  final int @Nullable [] days;

  /** The first and last of {@link #days}, or {@code {0, 0}}. */
  final int[] dayRange;

  final Terms[] numerators;
  final Terms[] denominators;
  final int[] totalColumns;
  final Units[] totalUnits;
  final int[] levelColumns;
  final Units[] levelUnits;

  /** The timestamps that stock levels order rows by, or null: then {@link #levelDays}. */
  private final long @Nullable [] levelSeconds;

  /** The dates that stock levels order rows by in a table without timestamps, or null. */
  private final int @Nullable [] levelDays;

  private CompiledQuery(KpiQuery query, ColumnStore store) {
    this.query = query;
    this.store = store;
    TableSchema schema = store.schema();
    List<Dimension> by = query.groupBy();
    groupCodes = new int[by.size()][];
    groupDictionaries = new String[by.size()][];
    LocalTimes local = query.zone().map(LocalTimes::new).orElse(null);
    int @Nullable [] localDays = null;
    for (int i = 0; i < by.size(); i++) {
      Dimension d = by.get(i);
      CalendarField field = query.calendarField(d).orElse(null);
      int index = schema.indexOf(d);
      if (field != null) {
        if (index >= 0) {
          throw new IllegalArgumentException(
              "the query groups by calendar field "
                  + d
                  + ", but the table also has a dimension '"
                  + d
                  + "'; rename the table's dimension");
        }
        String[] labels = new String[field.size()];
        for (int v = 0; v < labels.length; v++) {
          labels[v] = field.label(v);
        }
        groupDictionaries[i] = labels;
        if (field.needsTimeOfDay()) {
          groupCodes[i] = local(field, local).hours(timestamps(field));
        } else {
          int[] fieldDays = store.days();
          if (fieldDays == null) {
            if (localDays == null) {
              localDays = local(field, local).days(timestamps(field));
            }
            fieldDays = localDays;
          }
          groupCodes[i] = dateCodes(field, fieldDays);
        }
      } else {
        if (index < 0) {
          throw new IllegalArgumentException(
              "the query groups by '"
                  + d
                  + "', but the table has no such dimension; it has "
                  + schema.dimensions());
        }
        groupCodes[i] = store.codes(index);
        groupDictionaries[i] = store.dictionary(index);
      }
    }
    if (query.bucket().isPresent()) {
      String name = query.bucket().get().columnName();
      if (store.days() != null) {
        days = store.days();
        dayRange = store.dayRange();
      } else if (store.seconds() == null) {
        throw new IllegalArgumentException(
            "the query groups by " + name + ", but the table has no date column (nor timestamps)");
      } else {
        if (local == null) {
          throw new IllegalArgumentException(
              "zone: the query groups by "
                  + name
                  + " and the table has timestamps but no date, so the query needs a time zone"
                  + " to read them in; call zone(ZoneId), no system zone is assumed");
        }
        int[] d = localDays != null ? localDays : local.days(timestamps(null));
        days = d;
        dayRange = range(d);
      }
    } else {
      days = null;
      dayRange = new int[] {0, 0};
    }
    List<RatioKpi> kpis = query.kpis();
    numerators = new Terms[kpis.size()];
    denominators = new Terms[kpis.size()];
    TermsResolver terms = new TermsResolver(query, store);
    for (int k = 0; k < kpis.size(); k++) {
      RatioKpi kpi = kpis.get(k);
      numerators[k] = terms.resolve(kpi, kpi.numerator(), "numerator");
      denominators[k] = terms.resolve(kpi, kpi.denominator(), "denominator");
      terms.checkUnsignedDenominator(kpi, denominators[k]);
      TermsResolver.checkUnits(kpi, numerators[k].units(), denominators[k].units());
    }
    totalColumns = columns(query.totals(), "total");
    totalUnits = unitsOf(totalColumns);
    levelColumns = columns(query.levels(), "level");
    levelUnits = unitsOf(levelColumns);
    levelSeconds = store.seconds();
    levelDays = store.days();
    if (levelColumns.length > 0 && levelSeconds == null && levelDays == null) {
      throw new IllegalArgumentException(
          "the query asks for the level of stock measure '"
              + query.levels().get(0)
              + "' (its first and last value per group), which needs a date or timestamp column"
              + " to tell first from last, but the table has neither: "
              + store.schema()
              + "; a stock such as followers is never summed");
    }
  }

  /**
   * Returns the time a stock level orders a row by, in epoch seconds: its timestamp, or the start
   * (UTC) of its date in a table without timestamps. Read per row, so that no column is copied.
   *
   * @param row the row
   * @return the time
   * @throws IllegalStateException if the table has neither column (a query with a level is refused
   *     before)
   */
  long levelTime(int row) {
    long[] seconds = levelSeconds;
    if (seconds != null) {
      return seconds[row];
    }
    int[] days = levelDays;
    if (days == null) {
      throw new IllegalStateException("a level needs a date or timestamp column");
    }
    return days[row] * 86_400L;
  }

  private int[] columns(List<MetricId> measures, String what) {
    TableSchema schema = store.schema();
    int[] columns = new int[measures.size()];
    for (int t = 0; t < columns.length; t++) {
      int col = schema.indexOf(measures.get(t));
      if (col < 0) {
        throw new IllegalArgumentException(
            "the query asks for the "
                + what
                + " of '"
                + measures.get(t)
                + "', but the table has no such measure; it has "
                + schema.measures());
      }
      columns[t] = col;
    }
    return columns;
  }

  private Units[] unitsOf(int[] columns) {
    Units[] units = new Units[columns.length];
    for (int t = 0; t < columns.length; t++) {
      units[t] = unitsOf(store.schema().measures().get(columns[t]));
    }
    return units;
  }

  private LocalTimes local(CalendarField field, @Nullable LocalTimes local) {
    if (local == null) {
      throw new IllegalArgumentException(
          "zone: the query groups by "
              + field.dimension()
              + (field.needsTimeOfDay() ? "" : " and the table has no date")
              + ", so it reads the table's timestamps and needs a time zone; call zone(ZoneId),"
              + " no system zone is assumed");
    }
    return local;
  }

  private long[] timestamps(@Nullable CalendarField field) {
    long[] seconds = store.seconds();
    if (seconds == null) {
      throw new IllegalArgumentException(
          "the query groups by "
              + (field == null
                  ? query.bucket().map(TimeBucket::columnName).orElse("time")
                  : field.dimension().id())
              + ", which needs a timestamp column"
              + (field != null && field.needsTimeOfDay() ? " (a date has no hour)" : "")
              + ", but the table has none: "
              + store.schema());
    }
    return seconds;
  }

  private static int[] dateCodes(CalendarField field, int[] epochDays) {
    int[] out = new int[epochDays.length];
    // One pass before accumulation; neighbouring rows often share a day, so the calendar is
    // consulted once per run of equal days.
    int last = 0;
    int code = 0;
    for (int i = 0; i < epochDays.length; i++) {
      if (i == 0 || epochDays[i] != last) {
        last = epochDays[i];
        code = field.indexOf(LocalDate.ofEpochDay(last));
      }
      out[i] = code;
    }
    return out;
  }

  private static int[] range(int[] d) {
    if (d.length == 0) {
      return new int[] {0, 0};
    }
    int lo = Integer.MAX_VALUE;
    int hi = Integer.MIN_VALUE;
    for (int x : d) {
      lo = Math.min(lo, x);
      hi = Math.max(hi, x);
    }
    return new int[] {lo, hi};
  }

  static CompiledQuery compile(KpiQuery query, ColumnStore store) {
    return new CompiledQuery(query, store);
  }

  private static Units unitsOf(Measure m) {
    return TermsResolver.unitsOf(m);
  }
}
