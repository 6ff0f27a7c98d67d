package dev.northstar.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version from the jar's Maven descriptor, "unknown" when run from classes. */
final class Version implements IVersionProvider {
  @Override
  public String[] getVersion() throws IOException {
    String descriptor = "/META-INF/maven/dev.northstar/northstar-cli/pom.properties";
    try (InputStream in = Version.class.getResourceAsStream(descriptor)) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return new String[] {"northstar " + p.getProperty("version", "unknown")};
    }
  }
}
