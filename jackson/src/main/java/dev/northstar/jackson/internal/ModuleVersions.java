package dev.northstar.jackson.internal;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version a Northstar Jackson module reports, read from its jar's Maven descriptor. */
public final class ModuleVersions {

  private ModuleVersions() {}

  /**
   * Returns the version of the Northstar artifact that holds a module class.
   *
   * @param module the module class, whose jar holds the descriptor; not null
   * @param artifactId the artifact's id, such as {@code northstar-jackson}; not null
   * @return the version, or {@link Version#unknownVersion()} when run from classes without a
   *     descriptor; never null
   */
  public static Version of(Class<?> module, String artifactId) {
    String descriptor = "/META-INF/maven/dev.northstar/" + artifactId + "/pom.properties";
    try (InputStream in = module.getResourceAsStream(descriptor)) {
      if (in == null) {
        return Version.unknownVersion();
      }
      Properties pom = new Properties();
      pom.load(in);
      return VersionUtil.parseVersion(
          pom.getProperty("version"), pom.getProperty("groupId"), pom.getProperty("artifactId"));
    } catch (IOException | IllegalArgumentException e) {
      return Version.unknownVersion();
    }
  }
}
