package dev.northstar.smart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.goal.Goal;
import dev.northstar.core.plugin.PluginLoadException;
import dev.northstar.core.plugin.PluginProblem;
import dev.northstar.smart.spi.RuleProvider;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken rule providers, compiled at test time and found only through a dedicated class loader next
 * to a good one: {@link SmartValidator#create(ClassLoader)} throws naming each broken provider, and
 * {@link SmartValidator#createLenient(ClassLoader)} runs the built-in rules and the good provider.
 */
class BrokenRuleProvidersTest {

  private static final String GOOD_RULE = "specific.acme-good";

  private static String provider(String className, String ctorBody, String rulesBody) {
    return "public final class "
        + className
        + " implements RuleProvider {\n"
        + "  public "
        + className
        + "() { "
        + ctorBody
        + " }\n"
        + "  public String name() { return \""
        + className.toLowerCase(java.util.Locale.ROOT)
        + "-rules\"; }\n"
        + "  public List<Rule> rules() { "
        + rulesBody
        + " }\n"
        + "}\n";
  }

  private static String ruleList(String id) {
    return "return List.of(new Rule() {\n"
        + "    public String id() { return \""
        + id
        + "\"; }\n"
        + "    public Criterion criterion() { return Criterion.SPECIFIC; }\n"
        + "    public List<Finding> evaluate(Goal g, RuleContext c) { return List.of(); }\n"
        + "  });";
  }

  private static Path compile(Path dir, Map<String, String> sources, List<String> services)
      throws Exception {
    Path pkg = Files.createDirectories(dir.resolve("src/com/acme/broken"));
    Path out = dir.resolve("classes");
    String classPath =
        ServiceLoaderTest.classesOf(SmartValidator.class)
            + File.pathSeparator
            + ServiceLoaderTest.classesOf(Goal.class);
    List<String> args =
        new ArrayList<>(
            List.of("-d", out.toString(), "--release", "17", "--class-path", classPath));
    for (Map.Entry<String, String> e : sources.entrySet()) {
      Path file = pkg.resolve(e.getKey() + ".java");
      Files.writeString(
          file,
          "package com.acme.broken;\n"
              + "import dev.northstar.core.goal.Goal;\n"
              + "import dev.northstar.smart.*;\n"
              + "import dev.northstar.smart.spi.RuleProvider;\n"
              + "import java.util.List;\n"
              + e.getValue(),
          StandardCharsets.UTF_8);
      args.add(file.toString());
    }
    Path servicesDir = Files.createDirectories(out.resolve("META-INF/services"));
    List<String> lines = new ArrayList<>(services);
    lines.add("com.acme.broken.Good");
    Files.writeString(
        servicesDir.resolve(RuleProvider.class.getName()),
        String.join("\n", lines) + "\n",
        StandardCharsets.UTF_8);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac).as("a JDK with javac runs the tests").isNotNull();
    assertThat(javac.run(null, null, null, args.toArray(new String[0])))
        .as("compiling %s", args)
        .isZero();
    return out;
  }

  private static void assertRefused(Path classes, String provider, String why) throws Exception {
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL()}, SmartValidator.class.getClassLoader())) {
      assertThatThrownBy(() -> SmartValidator.create(loader))
          .isInstanceOfSatisfying(
              PluginLoadException.class,
              e -> {
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(
                        p -> {
                          assertThat(p.provider()).contains(provider);
                          assertThat(p.message()).contains(why);
                        });
              })
          .hasMessageContaining(provider);

      SmartValidator lenient = SmartValidator.createLenient(loader);
      assertThat(lenient.problems()).extracting(PluginProblem::provider).hasSize(1);
      assertThat(lenient.rules())
          .extracting(Rule::id)
          .containsAll(BuiltInRules.ids())
          .contains(GOOD_RULE)
          .hasSize(BuiltInRules.ids().size() + 1);
    }
  }

  private static Map<String, String> withGood(String className, String body) {
    return Map.of("Good", provider("Good", "", ruleList(GOOD_RULE)), className, body);
  }

  @Test
  void aProviderWhoseConstructorThrowsIsNamed(@TempDir Path dir) throws Exception {
    Path classes =
        compile(
            dir,
            withGood(
                "Throws",
                provider(
                    "Throws", "throw new IllegalStateException(\"no key\");", "return List.of();")),
            List.of("com.acme.broken.Throws"));
    assertRefused(classes, "com.acme.broken.Throws", "no key");
  }

  @Test
  void aProviderWhoseRulesThrowIsNamed(@TempDir Path dir) throws Exception {
    Path classes =
        compile(
            dir,
            withGood(
                "Fails",
                provider("Fails", "", "throw new IllegalStateException(\"rules file missing\");")),
            List.of("com.acme.broken.Fails"));
    assertRefused(classes, "fails-rules (com.acme.broken.Fails)", "rules file missing");
  }

  @Test
  void aServicesEntryWithoutItsClassIsNamed(@TempDir Path dir) throws Exception {
    Path classes =
        compile(
            dir,
            Map.of("Good", provider("Good", "", ruleList(GOOD_RULE))),
            List.of("com.acme.broken.Missing"));
    assertRefused(classes, "com.acme.broken.Missing", "not found");
  }

  @Test
  void aRuleThatTakesABuiltInIdIsRefusedNamingBoth(@TempDir Path dir) throws Exception {
    Path classes =
        compile(
            dir,
            withGood("Clash", provider("Clash", "", ruleList(BuiltInRules.SPECIFIC_METRIC))),
            List.of("com.acme.broken.Clash"));
    assertRefused(classes, "clash-rules (com.acme.broken.Clash)", "the built-in rules");
  }

  @Test
  void aRuleWithAMalformedIdIsRefusedNamingTheProvider(@TempDir Path dir) throws Exception {
    Path classes =
        compile(
            dir,
            withGood("BadId", provider("BadId", "", ruleList("Specific Acme"))),
            List.of("com.acme.broken.BadId"));
    assertRefused(classes, "badid-rules (com.acme.broken.BadId)", "Specific Acme");
  }
}
