package dev.northstar.jackson;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.hierarchy.GoalHierarchy;
import dev.northstar.jackson.internal.Documents;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Ready-made Jackson mappers for Northstar JSON: strict, bounded reading and stable, readable
 * writing.
 *
 * <p>{@link #mapper()} registers the {@link NorthstarModule} and:
 *
 * <ul>
 *   <li>refuses unknown fields, duplicate fields, trailing content after the value, and null for
 *       primitives;
 *   <li>refuses input beyond {@linkplain #readConstraints() limits} before it can exhaust memory:
 *       nesting deeper than {@value #MAX_NESTING_DEPTH}, strings longer than {@value
 *       #MAX_STRING_LENGTH} characters, numbers longer than {@value #MAX_NUMBER_LENGTH} digits,
 *       field names longer than {@value #MAX_NAME_LENGTH} characters, documents longer than {@value
 *       #MAX_DOCUMENT_LENGTH} bytes or characters;
 *   <li>reads floating-point numbers of untyped values ({@code Object}, {@code JsonNode}) as {@link
 *       java.math.BigDecimal}, never through {@code double};
 *   <li>writes indented by two spaces with {@code \n} line ends, fields in a fixed order, and
 *       numbers in plain notation ({@code 20}, never {@code 2E+1}).
 * </ul>
 *
 * <pre>{@code
 * ObjectMapper mapper = NorthstarJson.mapper();
 * String json = mapper.writeValueAsString(goal);
 * Goal read = mapper.readValue(json, Goal.class);           // equal to goal
 * GoalHierarchy campfire = NorthstarJson.readHierarchy(Path.of("examples/goals/campfire-hierarchy.json"));
 * }</pre>
 *
 * <p>This class cannot be instantiated.
 */
public final class NorthstarJson {

  /** The deepest nesting of objects and arrays accepted. */
  public static final int MAX_NESTING_DEPTH = 100;

  /** The longest string value accepted, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /** The longest number accepted, in digits. */
  public static final int MAX_NUMBER_LENGTH = 100;

  /** The longest field name accepted, in characters. */
  public static final int MAX_NAME_LENGTH = 1_000;

  /** The longest document accepted, in bytes or characters (100 MB). */
  public static final long MAX_DOCUMENT_LENGTH = 100_000_000L;

  private NorthstarJson() {}

  /**
   * Returns a new mapper configured for Northstar JSON.
   *
   * @return a new, independent mapper, never null
   */
  public static JsonMapper mapper() {
    return builder().build();
  }

  /**
   * Returns a builder of the mapper {@link #mapper()} returns, to add modules or settings of your
   * own.
   *
   * @return a new builder, never null
   */
  public static JsonMapper.Builder builder() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(readConstraints())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    return JsonMapper.builder(factory)
        .addModule(new NorthstarModule())
        .enable(
            DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
            DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
            DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
            DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY,
            DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .defaultPrettyPrinter(prettyPrinter());
  }

  /**
   * Returns the input limits of {@link #mapper()}.
   *
   * @return the limits, never null
   */
  public static StreamReadConstraints readConstraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .maxNameLength(MAX_NAME_LENGTH)
        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
        .build();
  }

  /**
   * Reads a file holding one goal object or an array of goal objects.
   *
   * @param file the file, not null
   * @return the goals in file order, never null
   * @throws IOException if the file cannot be read; a {@link
   *     com.fasterxml.jackson.databind.JsonMappingException} naming the JSON path if it does not
   *     hold valid goals
   */
  public static List<Goal> readGoals(Path file) throws IOException {
    return Documents.readGoals(Shared.MAPPER, file);
  }

  /**
   * Reads a file holding one goal hierarchy object, {@code {"goals": [...], "tactics": [...]}}.
   *
   * @param file the file, not null
   * @return the hierarchy, never null
   * @throws IOException if the file cannot be read; a {@link
   *     com.fasterxml.jackson.databind.JsonMappingException} naming the JSON path if it does not
   *     hold a valid hierarchy
   */
  public static GoalHierarchy readHierarchy(Path file) throws IOException {
    return Documents.readHierarchy(Shared.MAPPER, file);
  }

  private static PrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  /** The mapper of the file-reading methods, created on first use. */
  private static final class Shared {
    static final JsonMapper MAPPER = mapper();
  }
}
