package dev.northstar.jackson.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.hierarchy.GoalHierarchy;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads whole JSON files of goals and hierarchies, refusing null values and trailing content. */
public final class Documents {

  private Documents() {}

  /**
   * Reads a file holding one goal object or an array of goal objects.
   *
   * @param mapper the mapper to read with, with the Northstar module registered
   * @param file the file
   * @return the goals, in file order, never null
   * @throws IOException if the file cannot be read or does not hold goals
   */
  public static List<Goal> readGoals(ObjectMapper mapper, Path file) throws IOException {
    ObjectReader reader = elementReader(mapper, Goal.class);
    try (InputStream in = Files.newInputStream(file);
        JsonParser p = createParser(mapper, in)) {
      try {
        List<Goal> goals = new ArrayList<>();
        if (p.nextToken() == JsonToken.START_ARRAY) {
          while (p.nextToken() != JsonToken.END_ARRAY) {
            goals.add(read(reader, p, Goal.class, "a goal object"));
          }
        } else {
          goals.add(read(reader, p, Goal.class, "a goal object or an array of goal objects"));
        }
        requireEnd(p, Goal.class);
        return List.copyOf(goals);
      } catch (CharConversionException e) {
        throw encodingError(p, e);
      } catch (StreamConstraintsException e) {
        throw located(p, e);
      }
    }
  }

  /**
   * Reads a file holding one goal hierarchy object.
   *
   * @param mapper the mapper to read with, with the Northstar module registered
   * @param file the file
   * @return the hierarchy, never null
   * @throws IOException if the file cannot be read or does not hold a hierarchy
   */
  public static GoalHierarchy readHierarchy(ObjectMapper mapper, Path file) throws IOException {
    ObjectReader reader = elementReader(mapper, GoalHierarchy.class);
    try (InputStream in = Files.newInputStream(file);
        JsonParser p = createParser(mapper, in)) {
      try {
        p.nextToken();
        GoalHierarchy hierarchy = read(reader, p, GoalHierarchy.class, "a goal hierarchy object");
        requireEnd(p, GoalHierarchy.class);
        return hierarchy;
      } catch (CharConversionException e) {
        throw encodingError(p, e);
      } catch (StreamConstraintsException e) {
        throw located(p, e);
      }
    }
  }

  /**
   * Jackson reads UTF-16 and UTF-32 files through a reader whose decoding errors are plain {@code
   * CharConversionException}s, without a location; this gives them one, like every other reading
   * error (found by fuzzing, docs/reliability.md).
   */
  private static JsonParseException encodingError(JsonParser p, CharConversionException e) {
    return new JsonParseException(
        p, "the file is not valid text in the encoding it starts in: " + e.getMessage(), e);
  }

  /**
   * Jackson 2 throws its input-limit errors without a location; this adds where the parser is, as
   * every other reading error has (found by fuzzing, docs/reliability.md).
   */
  private static StreamConstraintsException located(JsonParser p, StreamConstraintsException e) {
    if (e.getLocation() != null) {
      return e;
    }
    // The same message with a location; this exception type cannot take a cause (its
    // constructors set none, and Throwable then refuses initCause).
    return new StreamConstraintsException(e.getOriginalMessage(), p.currentLocation());
  }

  /** Creates the parser; an encoding Jackson detects but cannot read is an error at the start. */
  private static JsonParser createParser(ObjectMapper mapper, InputStream in) throws IOException {
    try {
      return mapper.createParser(in);
    } catch (CharConversionException e) {
      throw new JsonParseException(
          null,
          "the file is not valid text in the encoding it starts in: " + e.getMessage(),
          new JsonLocation(ContentReference.unknown(), 0, 1, 1),
          e);
    }
  }

  private static ObjectReader elementReader(ObjectMapper mapper, Class<?> type) {
    return mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  private static <T> T read(ObjectReader reader, JsonParser p, Class<T> type, String expected)
      throws IOException {
    if (p.currentToken() == null || p.currentToken() == JsonToken.VALUE_NULL) {
      throw ReadErrors.wrongType(p, type, expected);
    }
    return reader.readValue(p, type);
  }

  private static void requireEnd(JsonParser p, Class<?> type) throws IOException {
    if (p.nextToken() != null) {
      throw ReadErrors.wrongType(p, type, "the end of the input");
    }
  }
}
