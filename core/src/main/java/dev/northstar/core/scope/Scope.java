package dev.northstar.core.scope;

import dev.northstar.core.internal.Checks;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Where a goal or a series applies: which platforms, and optionally an account, a campaign, a page
 * or piece of content, and a product.
 *
 * <p>The platforms are one of three things, and the difference matters to SMART validation:
 * unspecified ({@link #unspecified()}, "grow our presence" names no network), all platforms said
 * explicitly ({@link #allPlatforms()}), or a set of platforms ({@link #of(Platform...)}).
 *
 * <pre>{@code
 * Scope scope = Scope.of(Platform.FACEBOOK, Platform.X).withCampaign("Back to school");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Scope {

  private static final int MAX_NAME = 200;
  private static final Scope UNSPECIFIED =
      new Scope(false, Collections.emptySortedSet(), null, null, null, null);
  private static final Scope ALL =
      new Scope(true, Collections.emptySortedSet(), null, null, null, null);

  private final boolean allPlatforms;
  private final Set<Platform> platforms;
  private final @Nullable String account;
  private final @Nullable String campaign;
  private final @Nullable String content;
  private final @Nullable String product;

  private Scope(
      boolean allPlatforms,
      Set<Platform> platforms,
      @Nullable String account,
      @Nullable String campaign,
      @Nullable String content,
      @Nullable String product) {
    this.allPlatforms = allPlatforms;
    this.platforms = platforms;
    this.account = account;
    this.campaign = campaign;
    this.content = content;
    this.product = product;
  }

  /**
   * Returns a scope that names no platform.
   *
   * @return the unspecified scope, never null
   */
  public static Scope unspecified() {
    return UNSPECIFIED;
  }

  /**
   * Returns a scope that explicitly covers every platform.
   *
   * @return the all-platforms scope, never null
   */
  public static Scope allPlatforms() {
    return ALL;
  }

  /**
   * Returns a scope covering the given platforms.
   *
   * @param platforms the platforms, not null, at least one, no nulls; duplicates are ignored
   * @return the scope, never null
   * @throws NullPointerException if the array or an element is null
   * @throws IllegalArgumentException if no platform is given
   */
  public static Scope of(Platform... platforms) {
    return of(Arrays.asList(Checks.notNull(platforms, "platforms")));
  }

  /**
   * Returns a scope covering the given platforms.
   *
   * @param platforms the platforms, not null, at least one, no nulls; duplicates are ignored
   * @return the scope, never null
   * @throws NullPointerException if the collection or an element is null
   * @throws IllegalArgumentException if the collection is empty
   */
  public static Scope of(Collection<Platform> platforms) {
    return UNSPECIFIED.withPlatforms(platforms);
  }

  /**
   * Returns a copy covering the given platforms instead of this scope's.
   *
   * @param platforms the platforms, not null, at least one, no nulls; duplicates are ignored
   * @return the changed scope, never null
   * @throws NullPointerException if the collection or an element is null
   * @throws IllegalArgumentException if the collection is empty
   */
  public Scope withPlatforms(Collection<Platform> platforms) {
    Checks.notNull(platforms, "platforms");
    TreeSet<Platform> set = new TreeSet<>();
    for (Platform p : platforms) {
      set.add(Checks.notNull(p, "platform"));
    }
    if (set.isEmpty()) {
      throw new IllegalArgumentException(
          "platforms must name at least one platform; use Scope.allPlatforms() for all, or"
              + " Scope.unspecified()");
    }
    return new Scope(
        false, Collections.unmodifiableSortedSet(set), account, campaign, content, product);
  }

  /**
   * Returns a copy that explicitly covers every platform.
   *
   * @return the changed scope, never null
   */
  public Scope withAllPlatforms() {
    return new Scope(true, Collections.emptySortedSet(), account, campaign, content, product);
  }

  /**
   * Returns a copy limited to one account, such as {@code @campfire}.
   *
   * @param account the account, not blank, at most 200 characters
   * @return the changed scope, never null
   * @throws NullPointerException if {@code account} is null
   * @throws IllegalArgumentException if {@code account} is blank or too long
   */
  public Scope withAccount(String account) {
    return new Scope(
        allPlatforms,
        platforms,
        Checks.text(account, "account", MAX_NAME),
        campaign,
        content,
        product);
  }

  /**
   * Returns a copy limited to one campaign, such as "Back to school".
   *
   * @param campaign the campaign's name, not blank, at most 200 characters
   * @return the changed scope, never null
   * @throws NullPointerException if {@code campaign} is null
   * @throws IllegalArgumentException if {@code campaign} is blank or too long
   */
  public Scope withCampaign(String campaign) {
    return new Scope(
        allPlatforms,
        platforms,
        account,
        Checks.text(campaign, "campaign", MAX_NAME),
        content,
        product);
  }

  /**
   * Returns a copy limited to one page or piece of content, such as the "New items" page.
   *
   * @param content the page or content, not blank, at most 200 characters
   * @return the changed scope, never null
   * @throws NullPointerException if {@code content} is null
   * @throws IllegalArgumentException if {@code content} is blank or too long
   */
  public Scope withContent(String content) {
    return new Scope(
        allPlatforms,
        platforms,
        account,
        campaign,
        Checks.text(content, "content", MAX_NAME),
        product);
  }

  /**
   * Returns a copy limited to one product, such as "skateboard shoes".
   *
   * @param product the product, not blank, at most 200 characters
   * @return the changed scope, never null
   * @throws NullPointerException if {@code product} is null
   * @throws IllegalArgumentException if {@code product} is blank or too long
   */
  public Scope withProduct(String product) {
    return new Scope(
        allPlatforms,
        platforms,
        account,
        campaign,
        content,
        Checks.text(product, "product", MAX_NAME));
  }

  /**
   * Tells whether the scope explicitly covers every platform.
   *
   * @return true for {@link #allPlatforms()}
   */
  public boolean isAllPlatforms() {
    return allPlatforms;
  }

  /**
   * Tells whether the scope names neither platforms nor "all".
   *
   * @return true if no platform is specified
   */
  public boolean isPlatformUnspecified() {
    return !allPlatforms && platforms.isEmpty();
  }

  /**
   * Returns the named platforms, sorted by id; empty when all or none are meant.
   *
   * @return an unmodifiable set, never null
   */
  public Set<Platform> platforms() {
    return platforms;
  }

  /**
   * Tells whether the scope covers a platform: true if it is all platforms or names it.
   *
   * @param platform the platform, not null
   * @return whether {@code platform} is covered
   */
  public boolean covers(Platform platform) {
    Checks.notNull(platform, "platform");
    return allPlatforms || platforms.contains(platform);
  }

  /**
   * Returns the account.
   *
   * @return the account, or empty if not limited to one
   */
  public Optional<String> account() {
    return Optional.ofNullable(account);
  }

  /**
   * Returns the campaign's name.
   *
   * @return the campaign, or empty if not limited to one
   */
  public Optional<String> campaign() {
    return Optional.ofNullable(campaign);
  }

  /**
   * Returns the page or content.
   *
   * @return the content, or empty if not limited to one
   */
  public Optional<String> content() {
    return Optional.ofNullable(content);
  }

  /**
   * Returns the product.
   *
   * @return the product, or empty if not limited to one
   */
  public Optional<String> product() {
    return Optional.ofNullable(product);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof Scope other
        && allPlatforms == other.allPlatforms
        && platforms.equals(other.platforms)
        && Objects.equals(account, other.account)
        && Objects.equals(campaign, other.campaign)
        && Objects.equals(content, other.content)
        && Objects.equals(product, other.product);
  }

  @Override
  public int hashCode() {
    return Objects.hash(allPlatforms, platforms, account, campaign, content, product);
  }

  /**
   * Returns a readable form, such as {@code [facebook, x] campaign="Back to school"}, {@code [all
   * platforms]} or {@code [no platform]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    if (allPlatforms) {
      s.append("[all platforms]");
    } else if (platforms.isEmpty()) {
      s.append("[no platform]");
    } else {
      s.append(platforms);
    }
    append(s, "account", account);
    append(s, "campaign", campaign);
    append(s, "content", content);
    append(s, "product", product);
    return s.toString();
  }

  private static void append(StringBuilder s, String name, @Nullable String value) {
    if (value != null) {
      s.append(' ').append(name).append("=\"").append(value).append('"');
    }
  }
}
