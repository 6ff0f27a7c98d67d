package dev.northstar.cli.io;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;

/**
 * The plugin jars of {@code --plugin-path} or the {@value #ENVIRONMENT} environment variable: each
 * entry (entries separated by the platform's path separator) is a jar or a folder whose {@code
 * *.jar} files are loaded. Commands run with a class loader over them as the thread's context class
 * loader, so that every {@link java.util.ServiceLoader} lookup of the library (metric definitions,
 * KPIs, SMART rules) finds the plugins.
 */
public final class PluginPath {

  /** The environment variable read when {@code --plugin-path} is not given. */
  public static final String ENVIRONMENT = "NORTHSTAR_PLUGIN_PATH";

  private final List<Path> jars;

  private PluginPath(List<Path> jars) {
    this.jars = List.copyOf(jars);
  }

  /**
   * Reads the option, or else the environment variable.
   *
   * @param option the value of {@code --plugin-path}, or null if not given
   * @param environment the value of {@value #ENVIRONMENT}, or null if not set
   * @return the jars, none when neither is given, never null
   * @throws InputException naming an entry that does not exist, is neither a jar nor a folder, or
   *     cannot be listed
   */
  public static PluginPath of(@Nullable String option, @Nullable String environment) {
    String value = option != null ? option : environment;
    String what = option != null ? "--plugin-path" : ENVIRONMENT;
    List<Path> jars = new ArrayList<>();
    if (value == null || value.isBlank()) {
      return new PluginPath(jars);
    }
    for (String entry : value.split(File.pathSeparator, -1)) {
      if (entry.isBlank()) {
        continue;
      }
      Path path = Path.of(entry.strip());
      if (Files.isDirectory(path)) {
        jars.addAll(jarsIn(path, what));
      } else if (Files.isRegularFile(path) && path.toString().endsWith(".jar")) {
        jars.add(path);
      } else {
        throw new InputException(
            what
                + ": "
                + path
                + (Files.exists(path)
                    ? " is neither a folder nor a .jar file"
                    : ": no such file or folder"));
      }
    }
    return new PluginPath(jars);
  }

  private static List<Path> jarsIn(Path dir, String what) {
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.jar")) {
      files.forEach(found::add);
    } catch (IOException e) {
      throw new InputException(what + ": cannot list " + dir + ": " + e.getMessage(), e);
    }
    found.sort(null);
    return found;
  }

  /**
   * Returns the jars, in order.
   *
   * @return an unmodifiable list, never null
   */
  public List<Path> jars() {
    return jars;
  }

  /**
   * Runs a task with a class loader over the jars as the thread's context class loader, and puts
   * the previous one back afterwards; without jars, runs it as it is.
   *
   * @param <T> the task's result type
   * @param task the task, not null
   * @return the task's result
   * @throws Exception whatever the task throws
   */
  public <T> T run(Callable<T> task) throws Exception {
    Optional<URLClassLoader> loader = loader();
    if (loader.isEmpty()) {
      return task.call();
    }
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader plugins = loader.get()) {
      thread.setContextClassLoader(plugins);
      return task.call();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private Optional<URLClassLoader> loader() {
    if (jars.isEmpty()) {
      return Optional.empty();
    }
    URL[] urls = new URL[jars.size()];
    for (int i = 0; i < urls.length; i++) {
      try {
        urls[i] = jars.get(i).toUri().toURL();
      } catch (MalformedURLException e) {
        throw new InputException("plugin jar " + jars.get(i) + ": " + e.getMessage(), e);
      }
    }
    return Optional.of(
        new URLClassLoader("northstar-plugins", urls, PluginPath.class.getClassLoader()));
  }
}
