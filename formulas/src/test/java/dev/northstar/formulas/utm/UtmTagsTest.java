package dev.northstar.formulas.utm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.formulas.Serialization;
import dev.northstar.testing.property.Gen;
import dev.northstar.testing.property.Gens;
import dev.northstar.testing.property.Property;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Building, encoding and reading back UTM tags. */
class UtmTagsTest {

  /** Values of any Unicode text, trimmed, without control characters, non-empty. */
  private static final Gen<String> VALUES =
      Gens.unicodeStrings(1, 30)
          .map(
              s ->
                  s.codePoints()
                      .filter(c -> !Character.isISOControl(c))
                      .collect(
                          StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                      .toString()
                      .strip())
          .filter(
              s ->
                  !s.isEmpty()
                      && s.length() <= UtmTags.MAX_VALUE_LENGTH
                      && java.nio.charset.StandardCharsets.UTF_8.newEncoder().canEncode(s));

  private static final Gen<UtmTags> TAGS =
      random -> {
        UtmTags t =
            UtmTags.of(VALUES.generate(random), VALUES.generate(random), VALUES.generate(random));
        if (random.nextBoolean()) {
          t = t.withTerm(VALUES.generate(random));
        }
        if (random.nextBoolean()) {
          t = t.withContent(VALUES.generate(random));
        }
        return t;
      };

  @Test
  void toStringParsesBackAndDecodesWithTheJdkDecoder() {
    Property.named("parse(toString()) round-trips; the JDK's form decoder reads the same values")
        .forAll(
            TAGS,
            tags -> {
              String text = tags.toString();
              assertThat(UtmTags.parse(text)).isEqualTo(tags);
              // Only unreserved characters and %XX escapes: nothing the JDK reads differently.
              assertThat(text).matches("([A-Za-z0-9._~=&-]|%[0-9A-F]{2})*");
              Map<String, String> decoded = new LinkedHashMap<>();
              for (String pair : text.split("&", -1)) {
                String[] kv = pair.split("=", 2);
                decoded.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
              }
              for (UtmParameter p : UtmParameter.values()) {
                assertThat(decoded.get(p.parameterName())).isEqualTo(tags.value(p).orElse(null));
              }
              try {
                assertThat(Serialization.roundTrip(tags)).isEqualTo(tags);
              } catch (Exception e) {
                throw new AssertionError(e);
              }
            });
  }

  @Test
  void linksKeepTheQueryAndFragmentAndReadBackThroughLandingPage() {
    Property.named("appendTo keeps the page's URL; LandingPage reads the tags back")
        .forAll(
            TAGS,
            Gens.oneOf(
                "https://shop.example",
                "https://shop.example/",
                "https://shop.example/a%20b/landing?ref=7&x=%26#offer",
                "http://shop.example:8080/p?q=1&#top",
                "https://shop.example/?#"),
            (tags, url) -> {
              String link = tags.appendTo(url);
              URI before = URI.create(url);
              URI after = URI.create(link);
              assertThat(after.getRawPath()).isEqualTo(before.getRawPath());
              assertThat(after.getRawFragment()).isEqualTo(before.getRawFragment());
              if (before.getRawQuery() != null && !before.getRawQuery().isEmpty()) {
                assertThat(after.getRawQuery()).startsWith(before.getRawQuery());
              }
              LandingPage page = LandingPage.parse(link);
              assertThat(page.problems()).isEmpty();
              assertThat(page.tags()).contains(tags);
            });
  }

  @Test
  void encodingFollowsRfc3986() {
    UtmTags t = UtmTags.of("facebook", "paid social", "été+2026/№1~ok").withContent("a&b=c");
    assertThat(t.toString())
        .isEqualTo(
            "utm_source=facebook&utm_medium=paid%20social"
                + "&utm_campaign=%C3%A9t%C3%A9%2B2026%2F%E2%84%961~ok&utm_content=a%26b%3Dc");
    assertThat(t.appendTo("https://shop.example/landing?ref=7#offer"))
        .isEqualTo("https://shop.example/landing?ref=7&" + t + "#offer");
    assertThat(UtmTags.parse("?utm_campaign=spring+sale&utm_medium=email&utm_source=news"))
        .isEqualTo(UtmTags.of("news", "email", "spring sale"));
  }

  @Test
  void badValuesAndLinksAreRefusedNamingTheParameter() {
    assertThatThrownBy(() -> UtmTags.of("facebook", " paid", "x"))
        .hasMessage("utm_medium must not start or end with white space, but was ' paid'");
    assertThatThrownBy(() -> UtmTags.of("facebook", "paid", ""))
        .hasMessage("utm_campaign must not be empty, but was ''");
    assertThatThrownBy(() -> UtmTags.of("facebook", "paid", "x\uD800y"))
        .hasMessageStartingWith("utm_campaign must be valid Unicode text");
    assertThatThrownBy(() -> UtmTags.of("facebook", "paid", "x").withTerm("a\nb"))
        .hasMessageStartingWith("utm_term must not contain control characters");
    UtmTags t = UtmTags.of("facebook", "paid", "x");
    assertThatThrownBy(() -> t.appendTo("https://shop.example/?utm_source=old"))
        .hasMessageContaining("already has the UTM parameter 'utm_source'");
    assertThatThrownBy(() -> t.appendTo("mailto:someone@example.com"))
        .hasMessageContaining("must be an absolute http or https URL");
    assertThatThrownBy(() -> t.appendTo("https://shop.example/a b"))
        .hasMessageContaining("is not a valid URL (RFC 3986)");
    assertThatThrownBy(() -> UtmTags.parse("utm_source=a&utm_source=b&utm_medium=c&ref=1"))
        .hasMessageContaining("utm_source: appears more than once")
        .hasMessageContaining("ref: not a UTM parameter")
        .hasMessageContaining("utm_campaign: missing");
    assertThatThrownBy(() -> UtmTags.parse("utm_source=%G1&utm_medium=c&utm_campaign=d"))
        .hasMessageContaining(
            "utm_source: '%' must be followed by two hex digits (RFC 3986 percent-encoding)");
  }
}
