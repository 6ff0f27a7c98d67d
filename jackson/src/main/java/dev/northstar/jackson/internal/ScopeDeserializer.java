package dev.northstar.jackson.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.scope.Scope;
import java.io.IOException;
import java.util.List;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code {"platforms": ["facebook", "x"], "account": ..., "campaign": ..., "content": ...,
 * "product": ...}}, every field optional; "platforms" is an array of at least one platform id, or
 * "all"; without it the platforms are unspecified.
 */
final class ScopeDeserializer extends StrictDeserializer<Scope> {

  private static final long serialVersionUID = 1L;

  static final ScopeDeserializer INSTANCE = new ScopeDeserializer();

  /** The value of "platforms" that means every platform. */
  static final String ALL = "all";

  private static final Shape SHAPE =
      new Shape(
          Scope.class,
          "a scope object such as {\"platforms\": [\"facebook\", \"x\"]}",
          List.of("platforms", "account", "campaign", "content", "product"),
          List.of());

  private static final String PLATFORMS = "an array of platform ids, or \"all\"";

  private ScopeDeserializer() {
    super(Scope.class);
  }

  @Override
  protected Scope read(JsonParser p, DeserializationContext ctxt) throws IOException {
    Fields fields = Fields.begin(p, ctxt, SHAPE);
    Scope scope = Scope.unspecified();
    Located<String> account = null;
    Located<String> campaign = null;
    Located<String> content = null;
    Located<String> product = null;
    for (String field = fields.next(); field != null; field = fields.next()) {
      switch (field) {
        case "platforms" -> scope = platforms(p, ctxt);
        case "account" -> account = name(p, field);
        case "campaign" -> campaign = name(p, field);
        case "content" -> content = name(p, field);
        case "product" -> product = name(p, field);
      }
    }
    scope = with(p, scope, account, Scope::withAccount);
    scope = with(p, scope, campaign, Scope::withCampaign);
    scope = with(p, scope, content, Scope::withContent);
    return with(p, scope, product, Scope::withProduct);
  }

  private static Scope platforms(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      String text = p.getText();
      if (!text.equals(ALL)) {
        throw ReadErrors.invalid(p, Scope.class, text, "expected " + PLATFORMS);
      }
      return Scope.allPlatforms();
    }
    List<Platform> platforms =
        Reads.array(p, ctxt, Scope.class, PLATFORMS, TextForms.PLATFORM::read);
    if (platforms.isEmpty()) {
      throw ReadErrors.invalid(
          p,
          Scope.class,
          List.of(),
          "expected at least one platform id; use \"all\" for every platform");
    }
    return Scope.of(platforms);
  }

  private static Located<String> name(JsonParser p, String field) throws IOException {
    return Located.read(p, field, () -> Reads.text(p, Scope.class, "a name"));
  }

  private static Scope with(
      JsonParser p,
      Scope scope,
      @Nullable Located<String> name,
      BiFunction<Scope, String, Scope> with)
      throws IOException {
    if (name == null) {
      return scope;
    }
    return ReadErrors.attempt(p, name, Scope.class, () -> with.apply(scope, name.value()));
  }
}
