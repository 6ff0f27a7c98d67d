package dev.northstar.smart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.goal.Goal;
import dev.northstar.smart.spi.RuleProvider;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rule provider compiled at test time into a class-path jar layout (with its {@code
 * META-INF/services} entry) is found by {@link SmartValidator#create(ClassLoader)}, and its rule
 * runs beside the built-in ones.
 */
class ServiceLoaderTest {

  static Path classesOf(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  static Path compilePlugin(Path dir) throws IOException, URISyntaxException {
    Path src = Files.createDirectories(dir.resolve("src/com/acme/rules"));
    Path out = dir.resolve("classes");
    Files.writeString(
        src.resolve("AcmeRules.java"),
        """
        package com.acme.rules;

        import dev.northstar.core.goal.Goal;
        import dev.northstar.smart.*;
        import dev.northstar.smart.spi.RuleProvider;
        import java.util.List;

        public final class AcmeRules implements RuleProvider {
          public String name() { return "acme-rules"; }

          public List<Rule> rules() {
            return List.of(new Rule() {
              public String id() { return "specific.acme-tagged"; }
              public Criterion criterion() { return Criterion.SPECIFIC; }
              public List<Finding> evaluate(Goal goal, RuleContext context) {
                return goal.tags().isEmpty()
                    ? List.of(Finding.warning(this, "the goal has no tags", "tag it with its team"))
                    : List.of();
              }
            });
          }
        }
        """,
        StandardCharsets.UTF_8);
    Path services = Files.createDirectories(out.resolve("META-INF/services"));
    Files.writeString(
        services.resolve(RuleProvider.class.getName()),
        "com.acme.rules.AcmeRules\n",
        StandardCharsets.UTF_8);
    String classPath =
        classesOf(SmartValidator.class) + java.io.File.pathSeparator + classesOf(Goal.class);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac).as("a JDK with javac runs the tests").isNotNull();
    int status =
        javac.run(
            null,
            null,
            null,
            "-d",
            out.toString(),
            "--release",
            "17",
            "--class-path",
            classPath,
            src.resolve("AcmeRules.java").toString());
    assertThat(status).as("compiling the test plugin").isZero();
    return out;
  }

  @Test
  void findsAClassPathProviderAndRunsItsRule(@TempDir Path dir) throws Exception {
    Path plugin = compilePlugin(dir);
    try (URLClassLoader loader =
        new URLClassLoader(
            new URL[] {plugin.toUri().toURL()}, SmartValidator.class.getClassLoader())) {
      SmartValidator validator = SmartValidator.create(loader);
      assertThat(validator.rules()).extracting(Rule::id).contains("specific.acme-tagged");
      assertThat(validator.rules().size())
          .isEqualTo(SmartValidator.builtInOnly().rules().size() + 1);
      SmartReport report =
          validator.validate(
              Seeds.doubleLinkedInFollowers(), RuleContext.of(LocalDate.of(2026, 1, 1)));
      List<Finding> acme = report.findingsOf("specific.acme-tagged");
      assertThat(acme).hasSize(1);
      assertThat(acme.get(0).message()).isEqualTo("the goal has no tags");
    }
  }
}
