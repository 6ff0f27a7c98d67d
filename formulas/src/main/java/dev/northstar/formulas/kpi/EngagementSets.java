package dev.northstar.formulas.kpi;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.scope.Platform;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What counts as an engagement on each platform: the interaction counts whose sum is "engagements".
 *
 * <p>The {@linkplain #defaults() defaults} follow the platforms' own definitions:
 *
 * <table>
 *   <caption>Default engagement sets</caption>
 *   <tr><th>platform</th><th>engagements</th></tr>
 *   <tr><td>Facebook, YouTube, Threads, Reddit</td><td>likes (reactions, up-votes) + comments + shares</td></tr>
 *   <tr><td>Instagram, TikTok</td><td>likes + comments + shares + saves</td></tr>
 *   <tr><td>LinkedIn, X</td><td>likes + comments + shares (reposts) + clicks</td></tr>
 *   <tr><td>Pinterest</td><td>saves + clicks + comments</td></tr>
 *   <tr><td>Snapchat</td><td>shares + saves</td></tr>
 *   <tr><td>any other platform</td><td>likes + comments + shares (the {@linkplain #fallback() fallback})</td></tr>
 * </table>
 *
 * <p>Override a platform with {@link #with(Platform, Set)}, or the fallback with {@link
 * #withFallback(Set)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @serial exclude
 */
public final class EngagementSets implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final List<MetricId> LCS =
      List.of(CoreMetrics.LIKES, CoreMetrics.COMMENTS, CoreMetrics.SHARES);

  private static final EngagementSets DEFAULTS = buildDefaults();

  // Transient: the sets are serialized through Proxy as ids, and rebuilt with the checks of with().
  /** The platforms with a set of their own, in order. */
  private final transient Map<Platform, Set<MetricId>> byPlatform;

  /** The set of every other platform. */
  private final transient Set<MetricId> fallback;

  private EngagementSets(Map<Platform, Set<MetricId>> byPlatform, Set<MetricId> fallback) {
    this.byPlatform = byPlatform;
    this.fallback = fallback;
  }

  private static EngagementSets buildDefaults() {
    LinkedHashMap<Platform, Set<MetricId>> m = new LinkedHashMap<>();
    Set<MetricId> lcs = freeze(LCS, "fallback");
    for (Platform p :
        List.of(Platform.FACEBOOK, Platform.YOUTUBE, Platform.THREADS, Platform.REDDIT)) {
      m.put(p, lcs);
    }
    Set<MetricId> withSaves =
        freeze(
            List.of(CoreMetrics.LIKES, CoreMetrics.COMMENTS, CoreMetrics.SHARES, CoreMetrics.SAVES),
            "x");
    m.put(Platform.INSTAGRAM, withSaves);
    m.put(Platform.TIKTOK, withSaves);
    Set<MetricId> withClicks =
        freeze(
            List.of(
                CoreMetrics.LIKES, CoreMetrics.COMMENTS, CoreMetrics.SHARES, CoreMetrics.CLICKS),
            "x");
    m.put(Platform.LINKEDIN, withClicks);
    m.put(Platform.X, withClicks);
    m.put(
        Platform.PINTEREST,
        freeze(List.of(CoreMetrics.SAVES, CoreMetrics.CLICKS, CoreMetrics.COMMENTS), "x"));
    m.put(Platform.SNAPCHAT, freeze(List.of(CoreMetrics.SHARES, CoreMetrics.SAVES), "x"));
    return new EngagementSets(m, lcs);
  }

  /**
   * Returns the documented default sets.
   *
   * @return the defaults, never null
   */
  public static EngagementSets defaults() {
    return DEFAULTS;
  }

  private static Set<MetricId> freeze(@Nullable Iterable<MetricId> counts, String what) {
    Objects.requireNonNull(counts, () -> "engagement set of " + what + " must not be null");
    LinkedHashSet<MetricId> set = new LinkedHashSet<>();
    for (MetricId id : counts) {
      Objects.requireNonNull(id, () -> "engagement set of " + what + " must not contain null");
      if (id.equals(CoreMetrics.ENGAGEMENTS)) {
        throw new IllegalArgumentException(
            "engagement set of "
                + what
                + " must list interaction counts, not 'engagements' itself");
      }
      set.add(id);
    }
    if (set.isEmpty()) {
      throw new IllegalArgumentException("engagement set of " + what + " must not be empty");
    }
    return Collections.unmodifiableSet(set);
  }

  /**
   * Returns the interaction counts that make up engagements on a platform: its own set, or the
   * fallback for a platform without one.
   *
   * @param platform the platform, not null
   * @return an unmodifiable, non-empty set in a stable order, never null
   * @throws NullPointerException if {@code platform} is null
   */
  public Set<MetricId> forPlatform(Platform platform) {
    Objects.requireNonNull(platform, "platform must not be null");
    return byPlatform.getOrDefault(platform, fallback);
  }

  /**
   * Returns the set used for platforms without a set of their own.
   *
   * @return an unmodifiable, non-empty set, never null
   */
  public Set<MetricId> fallback() {
    return fallback;
  }

  /**
   * Returns the platforms that have a set of their own, with their sets.
   *
   * @return an unmodifiable map, never null
   */
  public Map<Platform, Set<MetricId>> platforms() {
    return Collections.unmodifiableMap(byPlatform);
  }

  /**
   * Returns a copy in which a platform counts the given interactions as engagements.
   *
   * @param platform the platform, not null
   * @param counts the interaction counts, not null, not empty, not containing {@code engagements}
   * @return the new sets, never null
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if {@code counts} is empty or contains {@code engagements}
   */
  public EngagementSets with(Platform platform, Set<MetricId> counts) {
    Objects.requireNonNull(platform, "platform must not be null");
    LinkedHashMap<Platform, Set<MetricId>> m = new LinkedHashMap<>(byPlatform);
    m.put(platform, freeze(counts, platform.id()));
    return new EngagementSets(m, fallback);
  }

  /**
   * Returns a copy with another fallback set.
   *
   * @param counts the interaction counts, not null, not empty, not containing {@code engagements}
   * @return the new sets, never null
   * @throws NullPointerException if {@code counts} or an element is null
   * @throws IllegalArgumentException if {@code counts} is empty or contains {@code engagements}
   */
  public EngagementSets withFallback(Set<MetricId> counts) {
    return new EngagementSets(new LinkedHashMap<>(byPlatform), freeze(counts, "fallback"));
  }

  /**
   * Returns the engagements of a platform as a sum of measures.
   *
   * @param platform the platform, not null
   * @return the sum, never null
   * @throws NullPointerException if {@code platform} is null
   */
  public LinearSum sumFor(Platform platform) {
    Map<MetricId, Long> terms = new LinkedHashMap<>();
    for (MetricId id : forPlatform(platform)) {
      terms.put(id, 1L);
    }
    return LinearSum.of(terms);
  }

  /**
   * Serializes these sets through a proxy of plain ids, so that a stream cannot bypass the checks.
   *
   * @return the serialization proxy, never null
   */
  private Object writeReplace() {
    return new Proxy(this);
  }

  /**
   * Refuses a stream that did not come from {@link #writeReplace()}.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("EngagementSets is serialized through its proxy");
  }

  /** The serialized form of {@link EngagementSets}: platform ids and metric ids. */
  private static final class Proxy implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Each platform's id with the ids of its interaction counts, in order. */
    private final LinkedHashMap<String, ArrayList<String>> platforms = new LinkedHashMap<>();

    /** Each platform's id with its display name. */
    private final LinkedHashMap<String, String> names = new LinkedHashMap<>();

    /** The ids of the fallback's interaction counts, in order. */
    private final ArrayList<String> fallback = new ArrayList<>();

    Proxy(EngagementSets sets) {
      sets.byPlatform.forEach(
          (p, set) -> {
            platforms.put(p.id(), new ArrayList<>(ids(set)));
            names.put(p.id(), p.displayName());
          });
      fallback.addAll(ids(sets.fallback));
    }

    private static List<String> ids(Set<MetricId> set) {
      ArrayList<String> ids = new ArrayList<>();
      set.forEach(id -> ids.add(id.value()));
      return ids;
    }

    private static Set<MetricId> metrics(List<String> ids) {
      LinkedHashSet<MetricId> set = new LinkedHashSet<>();
      ids.forEach(id -> set.add(MetricId.of(id)));
      return set;
    }

    /**
     * Rebuilds the sets with the checks of {@link #with(Platform, Set)}.
     *
     * @return the sets, never null
     * @throws InvalidObjectException if an id or a set is invalid
     */
    private Object readResolve() throws InvalidObjectException {
      try {
        EngagementSets sets =
            new EngagementSets(new LinkedHashMap<>(), freeze(metrics(fallback), "fallback"));
        for (Map.Entry<String, ArrayList<String>> e : platforms.entrySet()) {
          String name = names.getOrDefault(e.getKey(), e.getKey());
          sets = sets.with(Platform.of(e.getKey(), name), metrics(e.getValue()));
        }
        return sets;
      } catch (RuntimeException e) {
        throw new InvalidObjectException("invalid serialized EngagementSets: " + e.getMessage());
      }
    }
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof EngagementSets other
        && byPlatform.equals(other.byPlatform)
        && fallback.equals(other.fallback);
  }

  @Override
  public int hashCode() {
    return 31 * byPlatform.hashCode() + fallback.hashCode();
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("EngagementSets{");
    byPlatform.forEach((p, set) -> s.append(p.id()).append('=').append(set).append(", "));
    return s.append("fallback=").append(fallback).append('}').toString();
  }
}
