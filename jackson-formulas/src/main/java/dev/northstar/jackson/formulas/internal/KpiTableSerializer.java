package dev.northstar.jackson.formulas.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.northstar.formulas.aggregate.GroupKey;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.KpiRow;
import dev.northstar.formulas.aggregate.KpiTable;
import dev.northstar.formulas.aggregate.KpiValue;
import dev.northstar.formulas.aggregate.MeasureLevel;
import dev.northstar.formulas.aggregate.MeasureTotal;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.jackson.internal.Writes;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Writes a KPI result table: the method, the grouping and the KPIs at the top, then one object per
 * group with its key, row count, the value of every KPI (exact operands, the method, the row
 * counts, null and {@code "defined": false} when undefined), the measure totals and, when the query
 * has any, the stock levels (nulls when a group has no value). Written only; there is no reader.
 */
final class KpiTableSerializer extends StdSerializer<KpiTable> {

  private static final long serialVersionUID = 1L;

  static final KpiTableSerializer INSTANCE = new KpiTableSerializer();

  private KpiTableSerializer() {
    super(KpiTable.class);
  }

  @Override
  public void serialize(KpiTable table, JsonGenerator g, SerializerProvider provider)
      throws IOException {
    KpiQuery query = table.query();
    g.writeStartObject(table);
    Writes.snakeCase(g, "method", table.method());
    List<String> groupBy = new ArrayList<>();
    query.groupBy().forEach(d -> groupBy.add(d.id()));
    Writes.texts(g, "groupBy", groupBy);
    if (query.bucket().isPresent()) {
      Writes.snakeCase(g, "bucket", query.bucket().get());
    }
    if (query.zone().isPresent()) {
      // Hours and days read from timestamps mean nothing without the zone they were read in.
      g.writeStringField("zone", query.zone().get().getId());
    }
    List<String> kpis = new ArrayList<>();
    query.kpis().forEach(k -> kpis.add(k.id().value()));
    Writes.texts(g, "kpis", kpis);
    Writes.texts(g, "totals", query.totals());
    if (!query.levels().isEmpty()) {
      Writes.texts(g, "levels", query.levels());
    }
    g.writeNumberField("rowCount", table.rowCount());
    g.writeArrayFieldStart("rows");
    for (KpiRow row : table.rows()) {
      row(g, row);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void row(JsonGenerator g, KpiRow row) throws IOException {
    g.writeStartObject();
    GroupKey key = row.key();
    g.writeObjectFieldStart("key");
    for (Dimension d : key.dimensions()) {
      Optional<String> value = key.value(d);
      if (value.isPresent()) {
        g.writeStringField(d.id(), value.get());
      } else {
        g.writeNullField(d.id());
      }
    }
    g.writeEndObject();
    if (key.bucketLabel().isPresent() && key.bucketStart().isPresent()) {
      g.writeStringField("bucket", key.bucketLabel().get());
      Writes.date(g, "bucketStart", key.bucketStart().get());
    }
    g.writeNumberField("rows", row.rows());
    g.writeArrayFieldStart("values");
    for (KpiValue value : row.values()) {
      value(g, value);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("totals");
    for (MeasureTotal total : row.totals()) {
      total(g, total);
    }
    g.writeEndArray();
    if (!row.levels().isEmpty()) {
      g.writeArrayFieldStart("levels");
      for (MeasureLevel level : row.levels()) {
        level(g, level);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** A stock's level: its figures, or nulls when no row of the group had a value. */
  private static void level(JsonGenerator g, MeasureLevel level) throws IOException {
    g.writeStartObject();
    g.writeStringField("measure", level.measure().value());
    optionalDecimal(g, "first", level.first());
    optionalText(g, "firstTime", level.firstTime());
    g.writeNumberField("rowsAtFirst", level.rowsAtFirst());
    optionalDecimal(g, "last", level.last());
    optionalText(g, "lastTime", level.lastTime());
    g.writeNumberField("rowsAtLast", level.rowsAtLast());
    optionalDecimal(g, "change", level.change());
    optionalDecimal(g, "min", level.min());
    optionalDecimal(g, "max", level.max());
    Optional<Currency> currency = level.currency();
    if (currency.isPresent()) {
      g.writeStringField("currency", currency.get().getCurrencyCode());
    }
    g.writeNumberField("rowsCounted", level.rowsCounted());
    g.writeNumberField("rowsMissing", level.rowsMissing());
    g.writeEndObject();
  }

  private static void optionalDecimal(JsonGenerator g, String name, Optional<BigDecimal> value)
      throws IOException {
    if (value.isPresent()) {
      Writes.decimal(g, name, value.get());
    } else {
      g.writeNullField(name);
    }
  }

  private static void optionalText(JsonGenerator g, String name, Optional<?> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get().toString());
    } else {
      g.writeNullField(name);
    }
  }

  private static void value(JsonGenerator g, KpiValue value) throws IOException {
    RatioKpi kpi = value.kpi();
    g.writeStartObject();
    g.writeStringField("kpi", kpi.id().value());
    Writes.snakeCase(g, "method", value.method());
    g.writeBooleanField("defined", value.isDefined());
    RatioSerializer.value(g, "value", value.value());
    Writes.decimal(g, "numerator", value.ratio().numerator());
    Writes.decimal(g, "denominator", value.ratio().denominator());
    Optional<Currency> currency = value.currency();
    if (currency.isPresent()) {
      g.writeStringField("currency", currency.get().getCurrencyCode());
    }
    g.writeNumberField("rowsCounted", value.rowsCounted());
    g.writeNumberField("rowsUndefined", value.rowsUndefined());
    g.writeNumberField("rowsMissing", value.rowsMissing());
    g.writeEndObject();
  }

  private static void total(JsonGenerator g, MeasureTotal total) throws IOException {
    g.writeStartObject();
    g.writeStringField("measure", total.measure().value());
    Writes.decimal(g, "sum", total.sum());
    Optional<Currency> currency = total.currency();
    if (currency.isPresent()) {
      g.writeStringField("currency", currency.get().getCurrencyCode());
    }
    g.writeNumberField("rowsCounted", total.rowsCounted());
    g.writeNumberField("rowsMissing", total.rowsMissing());
    g.writeBooleanField("summedNonAdditive", total.isSummedNonAdditive());
    g.writeEndObject();
  }
}
