package dev.northstar.cli.command;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.northstar.formulas.aggregate.GroupKey;
import dev.northstar.formulas.aggregate.KpiRow;
import dev.northstar.formulas.aggregate.KpiValue;
import dev.northstar.formulas.aggregate.PeriodChange;
import dev.northstar.formulas.aggregate.PeriodComparison;
import dev.northstar.formulas.aggregate.Ranking;
import dev.northstar.formulas.table.Dimension;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** JSON and CSV of the views a KPI table gives: period over period, and top or bottom N. */
final class KpiViews {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private KpiViews() {}

  static ObjectNode json(PeriodComparison comparison) {
    ObjectNode root = NODES.objectNode();
    root.put("kpi", comparison.kpi().value());
    root.put("offset", comparison.offset().name().toLowerCase(Locale.ROOT));
    root.put("bucket", comparison.bucket().columnName());
    root.put("method", comparison.method().name().toLowerCase(Locale.ROOT));
    ArrayNode changes = root.putArray("changes");
    for (PeriodChange c : comparison.changes()) {
      ObjectNode o = changes.addObject();
      o.set("key", key(c.key()));
      c.previousKey()
          .ifPresentOrElse(k -> o.set("previousKey", key(k)), () -> o.putNull("previousKey"));
      put(o, "current", value(c.current()));
      put(o, "previous", c.previous().flatMap(KpiViews::value));
      put(o, "difference", c.difference().value());
      put(o, "relativeChange", c.relativeChange().value());
    }
    return root;
  }

  static CsvOutput csv(PeriodComparison comparison, List<Dimension> dimensions) {
    List<String> header = keyHeader(dimensions, comparison.bucket().columnName());
    header.addAll(
        List.of("previous_period", "current", "previous", "difference", "relative_change"));
    CsvOutput csv = new CsvOutput(header.toArray(String[]::new));
    for (PeriodChange c : comparison.changes()) {
      List<String> row = keyCells(c.key(), dimensions);
      row.add(c.previousKey().flatMap(GroupKey::bucketLabel).orElse(""));
      row.add(plain(value(c.current())));
      row.add(plain(c.previous().flatMap(KpiViews::value)));
      row.add(plain(c.difference().value()));
      row.add(plain(c.relativeChange().value()));
      csv.row(row.toArray(String[]::new));
    }
    return csv;
  }

  static ObjectNode json(Ranking ranking) {
    ObjectNode root = NODES.objectNode();
    root.put("kpi", ranking.kpi().value());
    root.put("order", ranking.order().name().toLowerCase(Locale.ROOT));
    root.put("limit", ranking.limit());
    root.put("minRows", ranking.minRows());
    ArrayNode ranked = root.putArray("ranked");
    int rank = 1;
    for (KpiRow r : ranking.ranked()) {
      ObjectNode o = ranked.addObject();
      o.put("rank", rank++);
      o.set("key", key(r.key()));
      o.put("rows", r.rows());
      put(o, "value", value(r.value(ranking.kpi())));
    }
    ArrayNode excluded = root.putArray("excluded");
    ranking.excluded().forEach(r -> excluded.add(key(r.key())));
    ArrayNode tooSmall = root.putArray("tooSmall");
    ranking.tooSmall().forEach(r -> tooSmall.add(key(r.key())));
    return root;
  }

  static CsvOutput csv(Ranking ranking, List<Dimension> dimensions, Optional<String> bucketColumn) {
    List<String> header = new ArrayList<>(List.of("rank"));
    header.addAll(keyHeader(dimensions, bucketColumn.orElse(null)));
    header.addAll(List.of("rows", ranking.kpi().value()));
    CsvOutput csv = new CsvOutput(header.toArray(String[]::new));
    int rank = 1;
    for (KpiRow r : ranking.ranked()) {
      List<String> row = new ArrayList<>(List.of(Integer.toString(rank++)));
      row.addAll(keyCells(r.key(), dimensions));
      row.add(Long.toString(r.rows()));
      row.add(plain(value(r.value(ranking.kpi()))));
      csv.row(row.toArray(String[]::new));
    }
    return csv;
  }

  private static List<String> keyHeader(List<Dimension> dimensions, @Nullable String bucket) {
    List<String> header = new ArrayList<>();
    dimensions.forEach(d -> header.add(d.id()));
    if (bucket != null) {
      header.add(bucket);
    }
    return header;
  }

  private static List<String> keyCells(GroupKey key, List<Dimension> dimensions) {
    List<String> cells = new ArrayList<>();
    dimensions.forEach(d -> cells.add(key.value(d).orElse("")));
    key.bucketLabel().ifPresent(cells::add);
    return cells;
  }

  private static ObjectNode key(GroupKey key) {
    ObjectNode o = NODES.objectNode();
    List<Dimension> dimensions = key.dimensions();
    for (Dimension d : dimensions) {
      key.value(d).ifPresentOrElse(v -> o.put(d.id(), v), () -> o.putNull(d.id()));
    }
    key.bucketLabel().ifPresent(b -> o.put("bucket", b));
    return o;
  }

  private static Optional<BigDecimal> value(KpiValue value) {
    return value.value();
  }

  private static void put(ObjectNode node, String field, Optional<BigDecimal> value) {
    if (value.isPresent()) {
      node.put(field, value.get());
    } else {
      node.putNull(field);
    }
  }

  private static String plain(Optional<BigDecimal> value) {
    return value.map(BigDecimal::toPlainString).orElse("");
  }
}
