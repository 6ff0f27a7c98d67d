package dev.northstar.jackson.csv.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.northstar.core.metric.MetricId;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.Measure;
import dev.northstar.jackson.csv.MappingFileException;
import dev.northstar.jackson.csv.internal.MappingSpec.DateRole;
import dev.northstar.jackson.csv.internal.MappingSpec.DimensionRole;
import dev.northstar.jackson.csv.internal.MappingSpec.IgnoredRole;
import dev.northstar.jackson.csv.internal.MappingSpec.MeasureRole;
import dev.northstar.jackson.csv.internal.MappingSpec.Role;
import dev.northstar.jackson.csv.internal.MappingSpec.TimestampRole;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads a column-mapping file's JSON, naming the file, the JSON path and what is allowed. */
public final class MappingJson {

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

  private static final Set<String> TOP =
      Set.of(
          "description",
          "source",
          "format",
          "separator",
          "encoding",
          "unmappedHeaders",
          "missingValues",
          "thousandsSeparator",
          "decimalSeparator",
          "columns",
          "constants");

  private static final List<String> ROLES =
      List.of("dimension", "date", "timestamp", "count", "amount", "ignore");

  private static final String SEPARATORS = ",;|:\t";

  private final String file;

  private MappingJson(String file) {
    this.file = file;
  }

  /**
   * Reads a mapping file's text.
   *
   * @param json the text, not null
   * @param file the file's name for messages, not null
   * @return the checked content, never null
   * @throws MappingFileException naming the file, the JSON path and what is allowed
   */
  public static MappingSpec read(String json, String file) {
    return new MappingJson(file).spec(json);
  }

  private MappingSpec spec(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw fail(
          "$",
          "not valid JSON"
              + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
              + ": "
              + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw fail("$", "expected an object such as {\"columns\": {...}}");
    }
    fields(root, "$", TOP);
    text(root, "description", "$");
    text(root, "source", "$");
    String format = text(root, "format", "$");
    boolean self = false;
    if (format != null) {
      if (!format.equals("northstar")) {
        throw fail("$.format", "unknown format \"" + format + "\"; allowed: northstar");
      }
      self = true;
    }
    Character separator = separator(root, "separator", "$", SEPARATORS, "one of , ; | : or \\t");
    Charset encoding = encoding(root);
    boolean ignoreUnmapped = unmapped(root);
    List<String> missing = missing(root);
    Character thousands =
        separator(root, "thousandsSeparator", "$", ",. '", "one of , . ' or a space");
    Character decimal = separator(root, "decimalSeparator", "$", ".,", "one of . or ,");
    char dec = decimal == null ? '.' : decimal;
    if (thousands != null && thousands == dec) {
      throw fail("$.thousandsSeparator", "must differ from the decimal separator '" + dec + "'");
    }
    Map<String, Role> columns = new LinkedHashMap<>();
    Map<Dimension, String> constants = new LinkedHashMap<>();
    JsonNode cols = root.get("columns");
    if (self) {
      if (cols != null || root.has("constants")) {
        throw fail(
            "$.format",
            "a northstar file describes its columns in its headers; drop columns and constants");
      }
    } else {
      if (cols == null || !cols.isObject() || cols.isEmpty()) {
        throw fail(
            "$.columns",
            "expected an object of headers, such as {\"Reach\": {\"count\": \"reach\"}}");
      }
      columns(cols, columns);
      constants(root.get("constants"), constants, columns);
    }
    return new MappingSpec(
        file,
        self,
        separator,
        encoding,
        ignoreUnmapped,
        missing,
        thousands,
        dec,
        columns,
        constants);
  }

  private void columns(JsonNode cols, Map<String, Role> columns) {
    Map<String, String> targets = new LinkedHashMap<>();
    boolean measured = false;
    for (Map.Entry<String, JsonNode> e : cols.properties()) {
      String header = e.getKey().strip();
      String at = "$.columns[\"" + e.getKey() + "\"]";
      if (header.isEmpty()) {
        throw fail(at, "a header must not be blank");
      }
      if (columns.containsKey(header)) {
        throw fail(at, "header \"" + header + "\" is mapped twice");
      }
      Role role = role(e.getValue(), at);
      String target = target(role);
      if (target != null) {
        String previous = targets.putIfAbsent(target, header);
        if (previous != null) {
          throw fail(
              at, target + " is already mapped from header \"" + previous + "\"; map it once");
        }
      }
      measured |= role instanceof MeasureRole;
      columns.put(header, role);
    }
    if (!measured) {
      throw fail(
          "$.columns",
          "no header is mapped to a measure; map at least one with \"count\" or \"amount\"");
    }
  }

  private static @Nullable String target(Role role) {
    if (role instanceof DimensionRole d) {
      return "dimension " + d.dimension();
    }
    if (role instanceof MeasureRole m) {
      return "measure " + m.measure().id();
    }
    if (role instanceof DateRole) {
      return "the date";
    }
    return role instanceof TimestampRole ? "the timestamp" : null;
  }

  private Role role(JsonNode node, String at) {
    if (node.isTextual() && node.asText().equals("ignore")) {
      return new IgnoredRole();
    }
    if (!node.isObject()) {
      throw fail(at, "expected \"ignore\" or an object with one of " + ROLES);
    }
    List<String> given = new ArrayList<>();
    ROLES.forEach(
        r -> {
          if (node.has(r)) {
            given.add(r);
          }
        });
    if (given.size() != 1) {
      fields(
          node,
          at,
          Set.of(
              "dimension",
              "date",
              "timestamp",
              "count",
              "amount",
              "ignore",
              "type",
              "zone",
              "currency",
              "scale",
              "signed"));
      throw fail(
          at, (given.isEmpty() ? "no role" : "roles " + given) + "; give exactly one of " + ROLES);
    }
    String kind = given.get(0);
    String path = at + "." + kind;
    switch (kind) {
      case "dimension" -> {
        fields(node, at, Set.of("dimension", "type"));
        Dimension dimension = dimension(required(node, "dimension", at), path);
        JsonNode list = node.get("type");
        if (list != null && list.isArray()) {
          return new DimensionRole(dimension, false, order(list, at + ".type"));
        }
        String type = text(node, "type", at);
        if (type != null && !type.equals("text") && !type.equals("number")) {
          throw fail(
              at + ".type",
              "unknown type \""
                  + type
                  + "\"; allowed: text, number, or the ordered list of values such as"
                  + " [\"low\", \"medium\", \"high\"]");
        }
        return new DimensionRole(dimension, "number".equals(type));
      }
      case "date" -> {
        fields(node, at, Set.of("date"));
        String pattern = required(node, "date", at);
        if (pattern.equals("iso")) {
          return new DateRole(null);
        }
        formatter(pattern, path, "a date pattern such as dd/MM/uuuu, or iso");
        return new DateRole(pattern);
      }
      case "timestamp" -> {
        fields(node, at, Set.of("timestamp", "zone"));
        String pattern = required(node, "timestamp", at);
        String zone = text(node, "zone", at);
        if (pattern.equals("iso")) {
          if (zone != null) {
            throw fail(
                at + ".zone", "ISO timestamps carry their offset; drop the zone or give a pattern");
          }
          return new TimestampRole(null, null);
        }
        DateTimeFormatter format =
            formatter(pattern, path, "a date-time pattern such as dd/MM/uuuu HH:mm, or iso");
        if (zone == null) {
          throw fail(
              at, "a timestamp pattern needs a \"zone\", such as \"Europe/Paris\" or \"UTC\"");
        }
        try {
          return new TimestampRole(format, ZoneId.of(zone));
        } catch (DateTimeException e) {
          throw fail(
              at + ".zone",
              "unknown zone \"" + zone + "\"; allowed: a region such as Europe/Paris, or UTC");
        }
      }
      case "count" -> {
        fields(node, at, Set.of("count", "signed"));
        MetricId id = metric(required(node, "count", at), path);
        return new MeasureRole(signed(node, at) ? Measure.signedCount(id) : Measure.count(id));
      }
      case "amount" -> {
        fields(node, at, Set.of("amount", "currency", "scale", "signed"));
        MetricId id = metric(required(node, "amount", at), path);
        boolean signed = signed(node, at);
        String code = required(node, "currency", at);
        Currency currency;
        try {
          currency = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
          throw fail(
              at + ".currency",
              "unknown currency \"" + code + "\"; allowed: an ISO 4217 code such as EUR or USD");
        }
        JsonNode scale = node.get("scale");
        if (scale == null) {
          return new MeasureRole(
              signed ? Measure.signedAmount(id, currency) : Measure.amount(id, currency));
        }
        if (!scale.canConvertToInt()
            || !scale.isIntegralNumber()
            || scale.asInt() < 0
            || scale.asInt() > Measure.MAX_SCALE) {
          throw fail(
              at + ".scale",
              "expected a whole number from 0 to " + Measure.MAX_SCALE + ", but was " + scale);
        }
        return new MeasureRole(
            signed
                ? Measure.signedAmount(id, currency, scale.asInt())
                : Measure.amount(id, currency, scale.asInt()));
      }
      default -> {
        fields(node, at, Set.of("ignore"));
        if (!node.get("ignore").isBoolean() || !node.get("ignore").asBoolean()) {
          throw fail(at + ".ignore", "expected true");
        }
        return new IgnoredRole();
      }
    }
  }

  private void constants(
      @Nullable JsonNode node, Map<Dimension, String> constants, Map<String, Role> columns) {
    if (node == null) {
      return;
    }
    if (!node.isObject()) {
      throw fail(
          "$.constants",
          "expected an object of dimensions and values, such as {\"platform\": \"facebook\"}");
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String at = "$.constants[\"" + e.getKey() + "\"]";
      Dimension d = dimension(e.getKey(), at);
      for (Role r : columns.values()) {
        if (r instanceof DimensionRole dr && dr.dimension().equals(d)) {
          throw fail(at, "dimension " + d + " is already mapped from a column; give it once");
        }
      }
      if (!e.getValue().isTextual() || e.getValue().asText().isBlank()) {
        throw fail(at, "expected a non-blank text value, such as \"facebook\"");
      }
      constants.put(d, e.getValue().asText().strip());
    }
  }

  private Dimension dimension(String id, String at) {
    try {
      return Dimension.of(id);
    } catch (IllegalArgumentException e) {
      throw fail(at, String.valueOf(e.getMessage()));
    }
  }

  private MetricId metric(String id, String at) {
    try {
      return MetricId.of(id);
    } catch (IllegalArgumentException e) {
      throw fail(at, String.valueOf(e.getMessage()));
    }
  }

  private DateTimeFormatter formatter(String pattern, String at, String allowed) {
    try {
      return DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
    } catch (IllegalArgumentException e) {
      throw fail(
          at, "bad pattern \"" + pattern + "\" (" + e.getMessage() + "); allowed: " + allowed);
    }
  }

  private @Nullable Character separator(
      JsonNode root, String name, String at, String allowed, String shown) {
    String s = text(root, name, at);
    if (s == null) {
      return null;
    }
    if (s.length() != 1 || allowed.indexOf(s.charAt(0)) < 0) {
      throw fail(at + "." + name, "unknown separator \"" + s + "\"; allowed: " + shown);
    }
    return s.charAt(0);
  }

  private Charset encoding(JsonNode root) {
    String name = text(root, "encoding", "$");
    if (name == null) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      throw fail(
          "$.encoding",
          "unknown encoding \""
              + name
              + "\"; allowed: a charset such as UTF-8, UTF-16 or windows-1252");
    }
  }

  private boolean unmapped(JsonNode root) {
    String value = text(root, "unmappedHeaders", "$");
    if (value == null || value.equals("error")) {
      return false;
    }
    if (value.equals("ignore")) {
      return true;
    }
    throw fail("$.unmappedHeaders", "unknown value \"" + value + "\"; allowed: error, ignore");
  }

  private List<String> missing(JsonNode root) {
    JsonNode node = root.get("missingValues");
    List<String> values = new ArrayList<>();
    if (node == null) {
      return values;
    }
    if (!node.isArray()) {
      throw fail("$.missingValues", "expected an array of texts, such as [\"-\", \"N/A\"]");
    }
    for (int i = 0; i < node.size(); i++) {
      if (!node.get(i).isTextual()) {
        throw fail("$.missingValues[" + i + "]", "expected a text, such as \"N/A\"");
      }
      values.add(node.get(i).asText().strip());
    }
    return values;
  }

  // An ordered list: the dimension's values in the order results list them.
  private List<String> order(JsonNode list, String at) {
    if (list.isEmpty()) {
      throw fail(at, "an ordered list needs at least one value");
    }
    List<String> order = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      JsonNode v = list.get(i);
      String where = at + "[" + i + "]";
      if (!v.isTextual() || v.asText().isBlank()) {
        throw fail(where, "expected a non-blank text, but was " + v);
      }
      String value = v.asText().strip();
      if (order.contains(value)) {
        throw fail(where, "value \"" + value + "\" is listed twice; list each value once");
      }
      order.add(value);
    }
    return order;
  }

  private String required(JsonNode node, String name, String at) {
    String s = text(node, name, at);
    if (s == null || s.isBlank()) {
      throw fail(at + "." + name, "expected a non-blank text");
    }
    return s.strip();
  }

  private @Nullable String text(JsonNode node, String name, String at) {
    JsonNode v = node.get(name);
    if (v == null) {
      return null;
    }
    if (!v.isTextual()) {
      throw fail(
          at + "." + name,
          "expected a text, but was " + v.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    return v.asText();
  }

  /** Whether a measure's column says {@code "signed": true}: its values may be negative. */
  private boolean signed(JsonNode node, String at) {
    JsonNode signed = node.get("signed");
    if (signed == null) {
      return false;
    }
    if (!signed.isBoolean()) {
      throw fail(
          at + ".signed",
          "expected true (values may be negative) or false (the default), but was " + signed);
    }
    return signed.asBoolean();
  }

  private void fields(JsonNode node, String at, Set<String> allowed) {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw fail(
            at + "." + name,
            "unknown field; allowed: " + String.join(", ", allowed.stream().sorted().toList()));
      }
    }
  }

  private MappingFileException fail(String path, String problem) {
    return new MappingFileException(file, path, problem);
  }
}
