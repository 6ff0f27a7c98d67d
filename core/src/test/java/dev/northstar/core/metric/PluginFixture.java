package dev.northstar.core.metric;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.metric.spi.MetricDefinitionProvider;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles a tiny third-party plugin at test time, as a plugin author would ship it: a provider
 * class, a {@code META-INF/services} entry for the class path and a {@code module-info} for the
 * module path. Compiling it here keeps the plugin out of core's own class path, so the registry can
 * only find it through the mechanism under test.
 */
final class PluginFixture {

  static final String PROVIDER = "com.acme.metrics.AcmeMetrics";
  static final String METRIC_ID = "acme.code_redemptions";

  private PluginFixture() {}

  /** The directory (or jar) that holds core's main classes. */
  static Path coreClasses() {
    try {
      return Path.of(
          MetricDefinitionProvider.class
              .getProtectionDomain()
              .getCodeSource()
              .getLocation()
              .toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Writes and compiles the plugin into {@code dir}.
   *
   * @param metricId the id of the metric the plugin defines
   * @param asModule whether to add a module-info (module path) or not (class path)
   */
  static Path compile(Path dir, String metricId, boolean asModule) throws IOException {
    Path src = dir.resolve("src");
    Path out = dir.resolve("classes");
    Path pkg = Files.createDirectories(src.resolve("com/acme/metrics"));
    Files.writeString(
        pkg.resolve("AcmeMetrics.java"),
        "package com.acme.metrics;\n"
            + "import dev.northstar.core.metric.*;\n"
            + "import java.util.List;\n"
            + "public final class AcmeMetrics implements"
            + " dev.northstar.core.metric.spi.MetricDefinitionProvider {\n"
            + "  public List<MetricDefinition> definitions() {\n"
            + "    return List.of(MetricDefinition.builder(MetricId.of(\""
            + metricId
            + "\"))\n"
            + "        .name(\"Discount code redemptions\")\n"
            + "        .description(\"Redemptions of discount codes shared only on social.\")\n"
            + "        .build());\n"
            + "  }\n"
            + "}\n",
        StandardCharsets.UTF_8);
    List<String> args = new ArrayList<>(List.of("-d", out.toString(), "--release", "17"));
    if (asModule) {
      Files.writeString(
          src.resolve("module-info.java"),
          "module com.acme.metrics {\n"
              + "  requires dev.northstar.core;\n"
              + "  provides dev.northstar.core.metric.spi.MetricDefinitionProvider"
              + " with com.acme.metrics.AcmeMetrics;\n"
              + "}\n",
          StandardCharsets.UTF_8);
      args.addAll(List.of("--module-path", coreClasses().toString()));
      args.add(src.resolve("module-info.java").toString());
    } else {
      args.addAll(List.of("--class-path", coreClasses().toString()));
      Path services = Files.createDirectories(out.resolve("META-INF/services"));
      Files.writeString(
          services.resolve(MetricDefinitionProvider.class.getName()),
          PROVIDER + "\n",
          StandardCharsets.UTF_8);
    }
    args.add(pkg.resolve("AcmeMetrics.java").toString());
    return javac(args, out);
  }

  /**
   * Writes and compiles class-path providers into {@code dir}, with a {@code META-INF/services}
   * file listing {@code servicesLines} (which may name classes that do not exist).
   *
   * @param sources simple class name to the body of a class in package {@code com.acme.broken}
   *     (imports of {@code dev.northstar.core.metric.*} and {@code java.util.*} are added)
   */
  static Path compileClassPath(Path dir, Map<String, String> sources, List<String> servicesLines)
      throws IOException {
    Map<String, String> qualified = new LinkedHashMap<>();
    sources.forEach((simpleName, body) -> qualified.put("com.acme.broken." + simpleName, body));
    return compileQualified(dir, qualified, servicesLines);
  }

  /**
   * Writes and compiles class-path providers of any packages into {@code dir}, with a {@code
   * META-INF/services} file listing {@code servicesLines} in the given order.
   *
   * @param sources fully qualified class name to the body of the class (imports as in {@link
   *     #compileClassPath})
   */
  static Path compileQualified(Path dir, Map<String, String> sources, List<String> servicesLines)
      throws IOException {
    Path src = dir.resolve("src");
    Path out = dir.resolve("classes");
    List<String> args =
        new ArrayList<>(
            List.of(
                "-d", out.toString(), "--release", "17", "--class-path", coreClasses().toString()));
    for (Map.Entry<String, String> e : sources.entrySet()) {
      String className = e.getKey();
      int dot = className.lastIndexOf('.');
      String packageName = className.substring(0, dot);
      Path pkg = Files.createDirectories(src.resolve(packageName.replace('.', '/')));
      Path file = pkg.resolve(className.substring(dot + 1) + ".java");
      Files.writeString(
          file,
          "package "
              + packageName
              + ";\n"
              + "import dev.northstar.core.metric.*;\n"
              + "import dev.northstar.core.metric.spi.MetricDefinitionProvider;\n"
              + "import java.util.*;\n"
              + e.getValue(),
          StandardCharsets.UTF_8);
      args.add(file.toString());
    }
    Path services = Files.createDirectories(out.resolve("META-INF/services"));
    Files.writeString(
        services.resolve(MetricDefinitionProvider.class.getName()),
        String.join("\n", servicesLines) + "\n",
        StandardCharsets.UTF_8);
    return javac(args, out);
  }

  /**
   * Writes and compiles a module {@code com.acme.broken} whose provider {@code
   * com.acme.broken.Broken} has the given class body (imports as in {@link #compileClassPath}).
   */
  static Path compileModule(Path dir, String providerBody) throws IOException {
    Path src = dir.resolve("src");
    Path out = dir.resolve("classes");
    Path pkg = Files.createDirectories(src.resolve("com/acme/broken"));
    Files.writeString(
        pkg.resolve("Broken.java"),
        "package com.acme.broken;\n"
            + "import dev.northstar.core.metric.*;\n"
            + "import dev.northstar.core.metric.spi.MetricDefinitionProvider;\n"
            + "import java.util.*;\n"
            + providerBody,
        StandardCharsets.UTF_8);
    Files.writeString(
        src.resolve("module-info.java"),
        "module com.acme.broken {\n"
            + "  requires dev.northstar.core;\n"
            + "  provides dev.northstar.core.metric.spi.MetricDefinitionProvider"
            + " with com.acme.broken.Broken;\n"
            + "}\n",
        StandardCharsets.UTF_8);
    List<String> args =
        new ArrayList<>(
            List.of(
                "-d",
                out.toString(),
                "--release",
                "17",
                "--module-path",
                coreClasses().toString(),
                src.resolve("module-info.java").toString(),
                pkg.resolve("Broken.java").toString()));
    return javac(args, out);
  }

  /** A provider class body defining one metric. */
  static String providerOf(String className, String metricId) {
    return "public final class "
        + className
        + " implements MetricDefinitionProvider {\n"
        + "  public List<MetricDefinition> definitions() {\n"
        + "    return List.of(MetricDefinition.builder(MetricId.of(\""
        + metricId
        + "\")).build());\n"
        + "  }\n"
        + "}\n";
  }

  private static Path javac(List<String> args, Path out) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertThat(javac).as("a JDK with javac runs the tests").isNotNull();
    int status = javac.run(null, null, null, args.toArray(new String[0]));
    assertThat(status).as("compiling the test plugin with %s", args).isZero();
    return out;
  }
}
